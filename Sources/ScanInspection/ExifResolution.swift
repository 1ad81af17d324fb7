/// Reads the resolution that the first image directory (IFD0) of EXIF data states.
///
/// EXIF data is a small TIFF file: a byte-order mark ("II" little-endian or "MM" big-endian),
/// the number 42, the offset of IFD0, then 12-byte entries. Every offset is checked against the
/// data's length, so any bytes give an answer or nil, never a crash.
enum ExifResolution {
    private static let xResolutionTag: UInt16 = 0x011A
    private static let yResolutionTag: UInt16 = 0x011B
    private static let resolutionUnitTag: UInt16 = 0x0128
    private static let shortType: UInt16 = 3
    private static let rationalType: UInt16 = 5
    private static let signedRationalType: UInt16 = 10

    /// The resolution of `tiff` (the APP1 payload after "Exif\0\0"), or nil when it states none:
    /// no X or Y resolution, a zero value, or ResolutionUnit 1 ("no absolute unit").
    /// A missing ResolutionUnit means inches, as TIFF defines.
    static func parse(_ tiff: [UInt8]) -> Resolution? {
        guard let data = TIFFData(tiff), let ifd = data.uint32(at: 4) else { return nil }
        guard let count = data.uint16(at: Int(ifd)) else { return nil }
        var x: (UInt32, UInt32)?
        var y: (UInt32, UInt32)?
        var unit: UInt16 = 2
        for index in 0..<Int(count) {
            let entry = Int(ifd) + 2 + index * 12
            guard let tag = data.uint16(at: entry), let type = data.uint16(at: entry + 2) else { break }
            switch tag {
            case xResolutionTag, yResolutionTag:
                guard type == rationalType || type == signedRationalType,
                      let offset = data.uint32(at: entry + 8),
                      let numerator = data.uint32(at: Int(offset)),
                      let denominator = data.uint32(at: Int(offset) + 4)
                else { continue }
                // A negative signed rational states no resolution.
                if type == signedRationalType, Int32(bitPattern: numerator) < 0 || Int32(bitPattern: denominator) < 0 {
                    continue
                }
                if tag == xResolutionTag { x = (numerator, denominator) } else { y = (numerator, denominator) }
            case resolutionUnitTag:
                guard type == shortType, let value = data.uint16(at: entry + 8) else { continue }
                unit = value
            default:
                continue
            }
        }
        guard let x, let y, unit == 2 || unit == 3 else { return nil }
        guard let xDPI = DotsPerInch.fromRational(x.0, x.1, perCentimetre: unit == 3),
              let yDPI = DotsPerInch.fromRational(y.0, y.1, perCentimetre: unit == 3)
        else { return nil }
        return Resolution(x: xDPI, y: yDPI, source: .exif)
    }
}

/// Bounds-checked reads of TIFF integers in the data's own byte order.
private struct TIFFData {
    let bytes: [UInt8]
    let bigEndian: Bool

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 8 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0x49, 0x49): bigEndian = false
        case (0x4D, 0x4D): bigEndian = true
        default: return nil
        }
        self.bytes = bytes
        guard uint16(at: 2) == 42 else { return nil }
    }

    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        let (first, second) = (UInt16(bytes[offset]), UInt16(bytes[offset + 1]))
        return bigEndian ? first << 8 | second : second << 8 | first
    }

    func uint32(at offset: Int) -> UInt32? {
        guard let first = uint16(at: offset), let second = uint16(at: offset + 2) else { return nil }
        return bigEndian ? UInt32(first) << 16 | UInt32(second) : UInt32(second) << 16 | UInt32(first)
    }
}

/// Entry points the fuzz targets (a package of their own, under Fuzz/) reach inside the module:
/// not API, so only an `@_spi(Fuzzing) import` sees them.
@_spi(Fuzzing) public enum FuzzHooks {
    /// The resolution the EXIF reader finds in a TIFF structure.
    public static func exif(_ bytes: [UInt8]) -> Resolution? { ExifResolution.parse(bytes) }
}
