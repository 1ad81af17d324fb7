import AttestCore
import Foundation
import Synchronization
import Testing
@testable import ScanInspection

private func inspect(_ name: String, deep: Bool = false) -> ScanReport {
    ScanInspector.inspect(fileAt: Fixture.path(name), policy: ScanPolicy(decodesImageData: deep))
}

private func codes(_ report: ScanReport) -> [ProblemCode] {
    report.problems.map(\.code)
}

@Suite struct ResolutionSources {
    @Test func jfifDotsPerInch() {
        let report = inspect("jfif-300dpi.jpg")
        #expect(report.format == .jpeg)
        #expect(report.dpi == Resolution(x: 300, y: 300, source: .jfif))
        #expect(report.accepted)
        #expect(report.problems.isEmpty)
    }

    @Test func jfifDotsPerCentimetreRoundsTo300() {
        #expect(inspect("jfif-dpcm-118.jpg").dpi == Resolution(x: 300, y: 300, source: .jfif))
    }

    @Test func exifLittleEndian() {
        let report = inspect("exif-le-300dpi.jpg")
        #expect(report.dpi == Resolution(x: 300, y: 300, source: .exif))
        #expect(report.resolutions == [Resolution(x: 300, y: 300, source: .exif)])
        #expect(report.accepted)
    }

    @Test func exifBigEndian() {
        #expect(inspect("exif-be-300dpi.jpg").dpi == Resolution(x: 300, y: 300, source: .exif))
    }

    @Test func exifCentimetresConvertToInches() {
        #expect(inspect("exif-be-cm-118.jpg").dpi == Resolution(x: 300, y: 300, source: .exif))
    }

    @Test func exifWithoutUnitMeansInches() {
        #expect(inspect("exif-le-no-unit-600.jpg").dpi == Resolution(x: 600, y: 600, source: .exif))
    }

    @Test func exifRationalIsDivided() {
        #expect(inspect("exif-rational-fraction.jpg").dpi == Resolution(x: 300, y: 300, source: .exif))
    }

    @Test func pngPhysPerMetreRoundsTo300() {
        let report = inspect("png-phys-300dpi.png")
        #expect(report.format == .png)
        #expect(report.dpi == Resolution(x: 300, y: 300, source: .pngPhys))
        #expect(report.accepted)
    }

    @Test func pngPhysWithUnknownUnitIsMissing() {
        let report = inspect("png-phys-unit0.png")
        #expect(report.dpi == nil)
        #expect(report.resolutions.isEmpty)
        #expect(codes(report) == [.missingResolution])
    }

    @Test func jfifAspectRatioOnlyIsMissing() {
        let report = inspect("jfif-units0.jpg")
        #expect(report.dpi == nil)
        #expect(codes(report) == [.missingResolution])
    }

    /// libjpeg fills in a default density when there is no JFIF marker; it must not count.
    @Test func noJfifNoExifIsMissingNotSeventyTwo() {
        let report = inspect("no-jfif-no-exif.jpg")
        #expect(report.dpi == nil)
        #expect(report.resolutions.isEmpty)
        #expect(codes(report) == [.missingResolution])
    }

    @Test func pngWithoutPhysIsMissing() {
        #expect(codes(inspect("png-no-phys.png")) == [.missingResolution])
    }
}

@Suite struct ConflictingResolutions {
    @Test func lowerExifWins() {
        let report = inspect("jfif-300-exif-200.jpg")
        #expect(report.dpi == Resolution(x: 200, y: 200, source: .exif))
        #expect(report.resolutions == [
            Resolution(x: 300, y: 300, source: .jfif), Resolution(x: 200, y: 200, source: .exif),
        ])
        #expect(codes(report) == [.conflictingResolution, .lowResolution])
        #expect(report.problems[0].severity == .warning)
    }

    @Test func lowerJfifWins() {
        let report = inspect("jfif-200-exif-300.jpg")
        #expect(report.dpi == Resolution(x: 200, y: 200, source: .jfif))
        #expect(codes(report) == [.conflictingResolution, .lowResolution])
    }

    @Test func tieOnLowerAxisGoesToJfifWithBothAxes() {
        let report = inspect("jfif-300x200-exif-200x400.jpg")
        #expect(report.dpi == Resolution(x: 300, y: 200, source: .jfif))
        #expect(codes(report) == [.conflictingResolution, .lowResolution])
    }

    @Test func agreeingSourcesAreNoConflict() {
        let report = inspect("jfif-300-exif-300.jpg")
        #expect(report.dpi == Resolution(x: 300, y: 300, source: .jfif))
        #expect(report.resolutions.count == 2)
        #expect(report.problems.isEmpty)
    }

    @Test func conflictWarningAloneStillAccepts() {
        let report = ScanInspector.inspect(fileAt: Fixture.sample("birth-certificate-conflicting-600-300dpi.jpg"))
        #expect(report.accepted)
        #expect(codes(report) == [.conflictingResolution])
        #expect(report.dpi?.source == .exif)
    }
}

@Suite struct ImageVariants {
    @Test(arguments: [
        "progressive-300dpi.jpg", "cmyk-300dpi.jpg", "grayscale-300dpi.jpg",
        "png-interlaced-300dpi.png", "png-16bit-300dpi.png", "png-palette-300dpi.png",
    ])
    func acceptedInBothModes(name: String) {
        for deep in [false, true] {
            let report = inspect(name, deep: deep)
            #expect(report.accepted, "\(name) deep=\(deep): \(report.problems)")
            #expect(report.problems.isEmpty)
            #expect(report.dpi?.lowerAxis == 300)
            #expect(report.pixelWidth == 64 && report.pixelHeight == 48)
        }
    }

    @Test func anisotropicResolutionNeedsBothAxes() {
        let report = inspect("jfif-anisotropic-300x150.jpg")
        #expect(report.dpi == Resolution(x: 300, y: 150, source: .jfif))
        #expect(codes(report) == [.lowResolution])
        #expect(report.problems[0].message(in: .en) == "300×150 dpi is below the required 300 dpi.")
    }

    @Test func grayAlphaPngAt150IsLow() {
        let report = inspect("png-gray-alpha-150dpi.png")
        #expect(report.dpi == Resolution(x: 150, y: 150, source: .pngPhys))
        #expect(codes(report) == [.lowResolution])
    }
}

@Suite struct DamagedAndHostileFiles {
    @Test func emptyFile() throws {
        let report = ScanInspector.inspect(bytes: [UInt8](), name: "scan.pdf")
        #expect(codes(report) == [.emptyFile])
        #expect(report.bytes == 0)
        #expect(report.format == nil)
    }

    @Test func unreadableFileIsAReport() {
        let report = ScanInspector.inspect(fileAt: "/nonexistent/scan.jpg")
        #expect(codes(report) == [.unreadable])
        #expect(report.bytes == nil)
        #expect(report.problems[0].message(in: .en) == "The file cannot be read: there is no such file.")
        #expect(report.problems[0].message(in: .ru) == "Файл не удаётся прочитать: такого файла нет.")
        #expect(report.problems[0].detail == "No such file or directory")
    }

    @Test func directoryIsUnreadable() {
        #expect(codes(ScanInspector.inspect(fileAt: "/tmp")) == [.unreadable])
    }

    @Test func garbageIsUnsupported() {
        var generator = SystemRandomNumberGenerator()
        let garbage = (0..<4096).map { _ in UInt8.random(in: 0...0xFE, using: &generator) }
        let report = ScanInspector.inspect(bytes: garbage, name: "noise")
        // Random bytes may start like some known format, but never like an accepted one.
        #expect(report.format == nil || codes(report).contains(.corrupt))
        #expect(!report.accepted)
    }

    @Test func pngWithBadHeaderCRCIsCorrupt() {
        let report = inspect("png-bad-crc.png")
        #expect(codes(report) == [.corrupt])
        #expect(report.problems[0].detail?.contains("CRC") == true)
    }

    /// Every prefix of a real JPEG and PNG is inspected without a crash; cut inside the headers
    /// it is corrupt, and cut inside the image data a deep inspection finds it.
    @Test(arguments: ["progressive-300dpi.jpg", "jfif-300-exif-300.jpg", "png-interlaced-300dpi.png", "png-16bit-300dpi.png"])
    func everyTruncationIsHandled(name: String) throws {
        let bytes = try Fixture.bytes(name)
        for length in 1..<bytes.count {
            let cut = Array(bytes[0..<length])
            let header = ScanInspector.inspect(bytes: cut, name: name)
            let deep = ScanInspector.inspect(bytes: cut, name: name, policy: ScanPolicy(decodesImageData: true))
            #expect(!deep.accepted || length == bytes.count, "\(name) cut at \(length) accepted by a deep check")
            if header.pixelWidth == nil {
                #expect(header.format == nil || codes(header).contains(.corrupt), "\(name) cut at \(length)")
            }
        }
    }

    @Test func truncatedJpegPassesHeadersButNotDeepCheck() {
        let path = Fixture.sample("passport-truncated-300dpi.jpg")
        #expect(ScanInspector.inspect(fileAt: path).accepted)
        let deep = ScanInspector.inspect(fileAt: path, policy: ScanPolicy(decodesImageData: true))
        #expect(codes(deep) == [.corrupt])
        #expect(deep.problems[0].detail?.contains("Premature end of JPEG file") == true)
        #expect(deep.problems[0].message(in: .ru) == "Файл повреждён или неполон (данные изображения не декодируются до конца).")
    }

    @Test func truncatedPngHeaderIsCorrupt() {
        let report = ScanInspector.inspect(fileAt: Fixture.sample("lease-truncated-header.png"))
        #expect(report.format == .png)
        #expect(codes(report) == [.corrupt])
    }

    @Test func corruptEntropyDataIsFoundOnlyByDeepCheck() {
        #expect(inspect("jpeg-corrupt-scan.jpg").accepted)
        let deep = inspect("jpeg-corrupt-scan.jpg", deep: true)
        #expect(codes(deep) == [.corrupt])
        #expect(deep.problems[0].detail?.contains("Corrupt JPEG data") == true)
    }

    /// The PNG's trailer is "%PDF-1.4 hidden", within its first kilobyte: a PDF reader would look
    /// at it, so it is also a polyglot, found without decoding.
    @Test(arguments: [("jpeg-trailing-data.jpg", 100, false), ("png-trailing-data.png", 15, true)])
    func bytesAfterTheImageAreTrailingData(name: String, trailing: Int, pdfHeader: Bool) {
        let polyglot: [ProblemCode] = pdfHeader ? [.polyglot] : []
        #expect(codes(inspect(name)) == polyglot)
        let deep = inspect(name, deep: true)
        #expect(codes(deep) == [.trailingData] + polyglot)
        #expect(deep.problems[0].severity == .warning)
        #expect(deep.accepted)
        #expect(deep.problems[0].message(in: .en).hasPrefix("\(trailing) bytes follow the end of the"))
    }

    @Test func hiddenZipAfterJpegIsTrailingDataAndAPolyglot() {
        let deep = ScanInspector.inspect(
            fileAt: Fixture.sample("passport-with-hidden-zip.jpg"), policy: ScanPolicy(decodesImageData: true))
        #expect(codes(deep) == [.trailingData, .polyglot])
    }

    @Test(arguments: ["huge-dimensions.jpg", "huge-dimensions.png"])
    func hugeDeclaredDimensionsAreNeverDecoded(name: String) {
        for deep in [false, true] {
            let report = inspect(name, deep: deep)
            #expect(codes(report) == [.tooManyPixels])
            #expect(report.pixelWidth! * report.pixelHeight! > 100_000_000)
        }
    }

    @Test func pixelBudgetIsAPolicy() {
        let policy = ScanPolicy(maxPixels: 64 * 48 - 1)
        let report = ScanInspector.inspect(fileAt: Fixture.path("jfif-300dpi.jpg"), policy: policy)
        #expect(codes(report) == [.tooManyPixels])
        #expect(ScanInspector.inspect(fileAt: Fixture.path("jfif-300dpi.jpg"), policy: ScanPolicy(maxPixels: 64 * 48)).accepted)
    }
}

@Suite struct FormatsAndNames {
    @Test(arguments: ["scan.gif", "scan.tiff", "scan.webp", "scan.bmp", "garbage.jpg"])
    func otherFormatsAreUnsupported(name: String) {
        let report = ScanInspector.inspect(fileAt: Fixture.sample(name))
        #expect(codes(report) == [.unsupportedFormat])
        #expect(report.format == nil)
        #expect(report.dpi == nil)
    }

    @Test func unsupportedMessageNamesWhatWasUploaded() {
        let report = ScanInspector.inspect(fileAt: Fixture.sample("scan.gif"))
        #expect(report.problems[0].message(in: .en) == "The file is a GIF image; only PDF, JPEG and PNG files are accepted.")
        #expect(report.problems[0].message(in: .ru) == "Файл — изображение GIF; принимаются только файлы PDF, JPEG и PNG.")
    }

    @Test func gifNamedJpgAlsoWarnsAboutTheName() throws {
        let report = ScanInspector.inspect(bytes: try Data(contentsOf: URL(fileURLWithPath: Fixture.sample("scan.gif"))), name: "photo.JPG")
        #expect(codes(report) == [.extensionMismatch, .unsupportedFormat])
    }

    @Test func jpegNamedPngIsAcceptedWithAWarning() {
        let report = ScanInspector.inspect(fileAt: Fixture.sample("passport-really-jpeg.png"))
        #expect(report.format == .jpeg)
        #expect(report.accepted)
        #expect(codes(report) == [.extensionMismatch])
        #expect(report.problems[0].message(in: .en) == "The name ends in .png, but the content is JPEG.")
    }

    @Test(arguments: ["scan.jpeg", "scan.JPG", "scan.jpe", "scan", ".hidden", "dir.v2/scan", "-"])
    func namesThatAgreeOrSayNothingGetNoWarning(name: String) throws {
        let report = ScanInspector.inspect(bytes: try Fixture.bytes("jfif-300dpi.jpg"), name: name)
        #expect(report.problems.isEmpty, "\(name)")
    }

    @Test func signatureMustStandAtOffsetZero() throws {
        let report = ScanInspector.inspect(bytes: [0x00] + (try Fixture.bytes("jfif-300dpi.jpg")), name: "scan.jpg")
        #expect(codes(report) == [.unsupportedFormat])
    }
}

@Suite struct SizeLimit {
    @Test func fileOverTheLimitStillGetsHeaderChecks() {
        let policy = ScanPolicy(maxBytes: 1000, decodesImageData: true)
        let report = ScanInspector.inspect(fileAt: Fixture.sample("phone-photo-exif-72dpi.jpg"), policy: policy)
        #expect(codes(report) == [.tooLarge, .lowResolution])
        #expect(report.dpi == Resolution(x: 72, y: 72, source: .exif))
        #expect(report.problems[0].message(in: .en) == "The file is 100,864 bytes, over the limit of 1,000 bytes.")
    }

    @Test func exactlyTheLimitIsAccepted() throws {
        let bytes = try Fixture.bytes("jfif-300dpi.jpg")
        #expect(ScanInspector.inspect(bytes: bytes, name: "a.jpg", policy: ScanPolicy(maxBytes: bytes.count)).accepted)
        #expect(codes(ScanInspector.inspect(bytes: bytes, name: "a.jpg", policy: ScanPolicy(maxBytes: bytes.count - 1))) == [.tooLarge])
    }

    @Test func defaultLimitIsFiveMebibytes() {
        #expect(ScanPolicy.standard.maxBytes == 5_242_880)
        #expect(ScanPolicy.standard.minimumDPI == 300)
        #expect(ScanPolicy.standard.maxPixels == 100_000_000)
    }

    /// A real 5 MiB-plus JPEG made by ImageMagick: header-only inspection reads a small fraction of
    /// it, even with --deep (a file over the limit is never decoded); under a larger limit, --deep
    /// reads it all.
    @Test func headerOnlyInspectionReadsASmallFraction() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.jpg").path
        _ = try runTool("convert", [
            "-seed", "7", "-size", "1700x1700", "xc:white", "-type", "TrueColor", "+noise", "Random",
            "-density", "300", "-units", "PixelsPerInch", "-quality", "95", path,
        ])
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 5_242_880)

        let headers = ScanInspector.inspect(fileAt: path)
        #expect(codes(headers) == [.tooLarge])
        #expect(headers.dpi == Resolution(x: 300, y: 300, source: .jfif))
        #expect(headers.bytesExamined * 50 < size, "read \(headers.bytesExamined) of \(size) bytes")

        let deepOverLimit = ScanInspector.inspect(fileAt: path, policy: ScanPolicy(decodesImageData: true))
        #expect(deepOverLimit.bytesExamined * 50 < size)

        let deep = ScanInspector.inspect(fileAt: path, policy: ScanPolicy(maxBytes: 8 << 20, decodesImageData: true))
        #expect(deep.problems.isEmpty)
        #expect(deep.bytesExamined >= size)
    }

    @Test func pngHeaderOnlyStopsAtFirstIDAT() throws {
        let path = Fixture.sample("ownership-extract-300dpi.png")
        let report = ScanInspector.inspect(fileAt: path)
        #expect(report.accepted)
        let size = try #require(report.bytes)
        // Signature, IHDR, pHYs, PLTE and the IDAT chunk header all lie in the one 4 KiB read that
        // also recognised the format: nothing more is read.
        #expect(report.bytesExamined <= 4096, "read \(report.bytesExamined) of \(size)")
    }
}

@Suite struct Memory {
    @Test func bytesInMemoryGiveTheSameReportAsTheFile() throws {
        for name in ["jfif-300-exif-200.jpg", "png-16bit-300dpi.png", "jpeg-trailing-data.jpg"] {
            let policy = ScanPolicy(decodesImageData: true)
            let fromFile = ScanInspector.inspect(fileAt: Fixture.path(name), policy: policy)
            let fromMemory = ScanInspector.inspect(bytes: try Fixture.bytes(name), name: Fixture.path(name), policy: policy)
            #expect(fromFile.problems == fromMemory.problems)
            #expect(fromFile.dpi == fromMemory.dpi)
            #expect(fromFile.resolutions == fromMemory.resolutions)
            #expect(fromFile.bytes == fromMemory.bytes)
        }
    }
}

/// A count that any thread may add to.
private final class Counter: Sendable {
    private let count = Atomic(0)
    func add() { count.wrappingAdd(1, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
}

@Suite struct Batches {
    /// The lines a batch hands on with `jobs`, as `attest inspect --format jsonl` writes them.
    private func lines(jobs: Int) throws -> [String] {
        var lines: [String] = []
        try ScanBatch.inspectLines([Fixture.sampleScans.path, Fixture.path("")], jobs: jobs, render: { report, line in
            var json = JSONWriter(into: line)
            report.write(to: &json, in: .en)
        }) { accepted, line in
            let text = String(decoding: line, as: UTF8.self)
            #expect(accepted == text.contains(#""accepted":true"#))
            lines.append(text)
        }
        return lines
    }

    @Test func linesOnThreadsAreTheLinesOneByOne() throws {
        let alone = try lines(jobs: 1)
        #expect(alone.count > 40)
        #expect(try lines(jobs: 3) == alone)
    }

    /// A caller that takes its time over a line holds the batch back: no file is inspected more
    /// than 4,096 files ahead of what has been handed on, whatever the number of jobs.
    @Test(arguments: [1, 2, 4]) func aSlowCallerHoldsTheBatchBack(jobs: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("attest-window-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = 6_000
        for index in 0..<files { try Data("not a scan".utf8).write(to: directory.appendingPathComponent("\(index).txt")) }
        let rendered = Counter()
        var handed = 0
        var aheadAtFirstLine = 0
        try ScanBatch.inspectLines([directory.path], jobs: jobs, render: { report, line in
            rendered.add()
            line.append(utf8Of: report.path)
        }) { _, _ in
            if handed == 0 {
                // The other jobs go on until they run into the bound (within its last run each).
                let deadline = ContinuousClock.now + .seconds(120)
                while jobs > 1 && rendered.value < 4_096 - 16 * jobs && ContinuousClock.now < deadline { sched_yield() }
                aheadAtFirstLine = rendered.value
            }
            handed += 1
        }
        #expect(handed == files)
        #expect(rendered.value == files)
        #expect(aheadAtFirstLine <= 4_096)
        if jobs > 1 { #expect(aheadAtFirstLine >= 4_096 - 16 * jobs, "the other jobs went on to the bound while the first line was handled") }
    }
}
