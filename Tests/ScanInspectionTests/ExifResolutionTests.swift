import Testing
@testable import ScanInspection

/// Builds the TIFF structure of EXIF data: header, IFD0 with the given entries, then the values.
private func tiff(bigEndian: Bool, x: (UInt32, UInt32)?, y: (UInt32, UInt32)?, unit: UInt16?) -> [UInt8] {
    func u16(_ v: UInt16) -> [UInt8] { bigEndian ? [UInt8(v >> 8), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8)] }
    func u32(_ v: UInt32) -> [UInt8] {
        bigEndian ? u16(UInt16(v >> 16)) + u16(UInt16(v & 0xFFFF)) : u16(UInt16(v & 0xFFFF)) + u16(UInt16(v >> 16))
    }
    var entries: [[UInt8]] = []
    var values: [UInt8] = []
    let count = [x != nil, y != nil, unit != nil].filter { $0 }.count
    let valuesStart = 8 + 2 + count * 12 + 4
    for (tag, rational) in [(UInt16(0x011A), x), (0x011B, y)] {
        guard let rational else { continue }
        entries.append(u16(tag) + u16(5) + u32(1) + u32(UInt32(valuesStart + values.count)))
        values += u32(rational.0) + u32(rational.1)
    }
    if let unit { entries.append(u16(0x0128) + u16(3) + u32(1) + u16(unit) + [0, 0]) }
    let header: [UInt8] = (bigEndian ? Array("MM".utf8) : Array("II".utf8)) + u16(42) + u32(8)
    return header + u16(UInt16(count)) + entries.flatMap { $0 } + u32(0) + values
}

@Suite struct ExifResolutionTests {
    @Test(arguments: [false, true])
    func readsBothByteOrders(bigEndian: Bool) {
        let data = tiff(bigEndian: bigEndian, x: (300, 1), y: (600, 2), unit: 2)
        #expect(ExifResolution.parse(data) == Resolution(x: 300, y: 300, source: .exif))
    }

    @Test func centimetresAreConverted() {
        #expect(ExifResolution.parse(tiff(bigEndian: false, x: (118, 1), y: (118, 1), unit: 3))?.x == 300)
    }

    @Test func noAbsoluteUnitStatesNothing() {
        #expect(ExifResolution.parse(tiff(bigEndian: true, x: (300, 1), y: (300, 1), unit: 1)) == nil)
    }

    @Test func missingAxisStatesNothing() {
        #expect(ExifResolution.parse(tiff(bigEndian: false, x: (300, 1), y: nil, unit: 2)) == nil)
    }

    @Test func zeroDenominatorStatesNothing() {
        #expect(ExifResolution.parse(tiff(bigEndian: false, x: (300, 0), y: (300, 1), unit: 2)) == nil)
    }

    @Test func unknownByteOrderOrMagicStatesNothing() {
        var data = tiff(bigEndian: false, x: (300, 1), y: (300, 1), unit: 2)
        data[2] = 43
        #expect(ExifResolution.parse(data) == nil)
        #expect(ExifResolution.parse(Array("XX".utf8) + data.dropFirst(2)) == nil)
    }

    /// Every prefix, and every single-byte change, of a valid structure parses or gives nil.
    @Test func damagedDataNeverCrashes() {
        let data = tiff(bigEndian: true, x: (300, 1), y: (300, 1), unit: 2)
        for length in 0...data.count {
            _ = ExifResolution.parse(Array(data.prefix(length)))
        }
        for index in data.indices {
            for value: UInt8 in [0x00, 0x7F, 0xFF] {
                var changed = data
                changed[index] = value
                _ = ExifResolution.parse(changed)
            }
        }
        #expect(ExifResolution.parse(Array(data.prefix(data.count - 1))) == nil)
    }
}

@Suite struct DotsPerInchTests {
    @Test func roundingMatchesTheSpec() {
        #expect(DotsPerInch.fromPixelsPerMetre(11811) == 300)
        #expect(DotsPerInch.fromPixelsPerMetre(5906) == 150)
        #expect(DotsPerInch.fromPixelsPerMetre(2835) == 72)
        #expect(DotsPerInch.fromDotsPerCentimetre(118) == 300)
        #expect(DotsPerInch.fromDotsPerInch(300) == 300)
        #expect(DotsPerInch.fromRational(599, 2, perCentimetre: false) == 300)
        #expect(DotsPerInch.fromPixelsPerMetre(0) == nil)
        #expect(DotsPerInch.fromPixelsPerMetre(UInt32.max) == 109_092_169)
    }

    @Test func choiceTakesTheLowerSourceAndJfifOnATie() {
        let jfif = Resolution(x: 300, y: 200, source: .jfif)
        let exif = Resolution(x: 200, y: 400, source: .exif)
        #expect(ResolutionChoice([jfif, exif]).resolution == jfif)
        #expect(ResolutionChoice([Resolution(x: 600, y: 600, source: .jfif), exif]).resolution == exif)
        #expect(ResolutionChoice([exif]).resolution == exif)
        #expect(ResolutionChoice([exif]).conflict == nil)
        #expect(ResolutionChoice([]).resolution == nil)
    }
}

@Suite struct ContentKindTests {
    @Test func recognisesSignatures() {
        let cases: [([UInt8], ContentKind)] = [
            ([0xFF, 0xD8, 0xFF, 0xE0], .jpeg),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .png),
            (Array("%PDF-1.7".utf8), .pdf),
            (Array("GIF89a".utf8), .gif),
            (Array("II*\0".utf8), .tiff),
            (Array("MM\0*".utf8), .tiff),
            (Array("BM".utf8), .bmp),
            (Array("RIFF\0\0\0\0WEBP".utf8), .webp),
            (Array("\0\0\0\u{18}ftypheic".utf8), .heif),
            (Array("\0\0\0\u{18}ftypavif".utf8), .avif),
            ([0x50, 0x4B, 0x03, 0x04], .zip),
            (Array(" %PDF-1.7".utf8), .unknown),
            ([0xFF, 0xD8], .unknown),
            ([], .unknown),
        ]
        for (prefix, kind) in cases {
            #expect(ContentKind(prefix: prefix) == kind, "\(prefix)")
        }
    }

    @Test func extensionOfTheLastComponent() {
        #expect(fileExtension(of: "a/b.c/scan.JPG") == "jpg")
        #expect(fileExtension(of: "a/b.c/scan") == nil)
        #expect(fileExtension(of: ".profile") == nil)
        #expect(fileExtension(of: "scan.") == nil)
    }
}
