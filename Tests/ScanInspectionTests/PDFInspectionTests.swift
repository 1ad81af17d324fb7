import AttestCore
import Foundation
import Testing
@testable import ScanInspection

/// PDFs made at test time by reportlab, img2pdf, ImageMagick and qpdf (make_test_pdfs.py), read
/// once for the whole suite and removed when the test process exits.
private let pdfs: Result<URL, any Error> = Result {
    try FileManager.default.createDirectory(at: pdfsDirectory, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: pdfsDirectory) }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("make_test_pdfs.py")
    _ = try runTool("python3", [script.path, pdfsDirectory.path])
    return pdfsDirectory
}

private let pdfsDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("attest-pdfs-\(UUID().uuidString)")

private func inspect(_ name: String) throws -> ScanReport {
    ScanInspector.inspect(fileAt: try pdfs.get().appendingPathComponent(name).path)
}

private func inspect(_ name: String, limits: PDFLimits) throws -> ScanReport {
    var policy = ScanPolicy.standard
    policy.pdfLimits = limits
    return ScanInspector.inspect(fileAt: try pdfs.get().appendingPathComponent(name).path, policy: policy)
}

private func codes(_ report: ScanReport) -> [ProblemCode] { report.problems.map(\.code) }

/// Each `limit-reached` problem's limit, in English, and its count.
private func limitsReached(_ report: ScanReport) -> [String: Int] {
    var reached: [String: Int] = [:]
    for problem in report.problems where problem.code == .limitReached {
        guard let limit = problem.arguments["limit"], case .number(let count) = problem.arguments["count"] else {
            Issue.record("limit-reached without its limit and count: \(problem)")
            continue
        }
        reached[limit.text(in: .en)] = count
    }
    return reached
}

/// What `pdfimages -list` (poppler) says of each image: page, width, height, x-ppi, y-ppi.
private func pdfimages(_ name: String) throws -> [[Int]] {
    let output = try runTool("pdfimages", ["-list", try pdfs.get().appendingPathComponent(name).path])
    return output.split(separator: "\n").dropFirst(2).map { line in
        let columns = line.split(separator: " ", omittingEmptySubsequences: true)
        return [0, 3, 4, 12, 13].map { Int(columns[$0]) ?? -1 }
    }
}

@Suite(.serialized) struct PDFInspectionTests {
    @Test func onePageScanAtItsOwnDpi() throws {
        let report = try inspect("img2pdf-300.pdf")
        #expect(report.format == .pdf)
        #expect(report.pages == 1)
        #expect(report.dpi == Resolution(x: 300, y: 300, source: .pdfImage, page: 1))
        #expect(report.pixelWidth == 2480 && report.pixelHeight == 3508)
        #expect(report.accepted)
        #expect(report.problems.isEmpty)
    }

    @Test func oneLowPageRejectsTheFile() throws {
        let report = try inspect("img2pdf-mixed.pdf")
        #expect(report.pages == 3)
        #expect(report.resolutions == [
            Resolution(x: 300, y: 300, source: .pdfImage, page: 1),
            Resolution(x: 150, y: 150, source: .pdfImage, page: 2),
            Resolution(x: 600, y: 600, source: .pdfImage, page: 3),
        ])
        #expect(report.dpi == Resolution(x: 150, y: 150, source: .pdfImage, page: 2))
        #expect(report.pixelWidth == 1240 && report.pixelHeight == 1754)
        #expect(codes(report) == [.lowResolution])
    }

    @Test func scaledPlacementsSetTheResolution() throws {
        let report = try inspect("scaled.pdf")
        #expect(report.resolutions == [
            Resolution(x: 300, y: 300, source: .pdfImage, page: 1),
            Resolution(x: 150, y: 300, source: .pdfImage, page: 2),
        ])
        #expect(report.dpi == Resolution(x: 150, y: 300, source: .pdfImage, page: 2))
        #expect(codes(report) == [.lowResolution])
    }

    @Test func formXObjectsAreFollowedWithTheirMatrix() throws {
        #expect(try inspect("form.pdf").resolutions == [Resolution(x: 300, y: 300, source: .pdfImage, page: 1)])
    }

    @Test func inlineImagesCount() throws {
        let report = try inspect("inline.pdf")
        #expect(report.dpi == Resolution(x: 200, y: 200, source: .pdfImage, page: 1))
        #expect(codes(report) == [.lowResolution])
    }

    @Test(arguments: ["rotated-drawing.pdf", "rotated-page.pdf"])
    func rotationChangesNoResolution(name: String) throws {
        let report = try inspect(name)
        #expect(report.dpi?.lowerAxis == 300)
        #expect(report.accepted)
    }

    @Test func userUnitScalesThePageAndImageMasksDoNotCount() throws {
        let report = try inspect("user-unit.pdf")
        // 200 px over 72 points of 2 units each: two inches. pdfimages ignores /UserUnit and says 200.
        #expect(report.resolutions == [Resolution(x: 100, y: 100, source: .pdfImage, page: 1)])
        #expect(codes(report) == [.lowResolution])
    }

    @Test func smallStampsAreListedButNotHeldToTheRule() throws {
        let report = try inspect("stamp.pdf")
        #expect(report.resolutions.count == 2)
        #expect(report.resolutions[1] == Resolution(x: 60, y: 60, source: .pdfImage, page: 1))
        #expect(report.dpi == Resolution(x: 300, y: 300, source: .pdfImage, page: 1))
        #expect(report.accepted)
    }

    @Test func textOnlyIsBornDigitalAndAccepted() throws {
        let report = try inspect("text-only.pdf")
        #expect(report.dpi == nil)
        #expect(report.resolutions.isEmpty)
        #expect(report.pages == 1)
        #expect(report.accepted)
        #expect(report.problems.isEmpty)
    }

    @Test(arguments: ["encrypted-empty.pdf", "encrypted-password.pdf"])
    func anyEncryptionIsRejected(name: String) throws {
        let report = try inspect(name)
        #expect(codes(report) == [.encryptedPDF])
        #expect(report.format == .pdf)
    }

    @Test func embeddedFilesAreActiveContent() throws {
        let report = try inspect("attached.pdf")
        #expect(codes(report) == [.activeContent])
        #expect(report.accepted)
    }

    @Test func javaScriptIsActiveContent() throws {
        let text = try Data(contentsOf: try pdfs.get().appendingPathComponent("hand-written.pdf"))
        var source = String(decoding: text, as: UTF8.self)
        source = source.replacingOccurrences(of: "/Pages 2 0 R >>", with: "/Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")
        let report = ScanInspector.inspect(bytes: Array(source.utf8), name: "scan.pdf")
        #expect(codes(report).contains(.activeContent))
        #expect(codes(report).contains(.repairedPDF))  // the offsets no longer match: qpdf repairs them
    }

    /// hand-written.pdf with `replacing` replaced by `with`, and `object` added as object 9 before
    /// the cross-reference table (qpdf repairs the offsets this moves).
    private func handWritten(replacing: String, with replacement: String, object: String? = nil) throws -> ScanReport {
        let text = try Data(contentsOf: try pdfs.get().appendingPathComponent("hand-written.pdf"))
        var source = String(decoding: text, as: UTF8.self)
        #expect(source.contains(replacing))
        source = source.replacingOccurrences(of: replacing, with: replacement)
        if let object { source = source.replacingOccurrences(of: "xref\n", with: "9 0 obj\n\(object)\nendobj\nxref\n") }
        return ScanInspector.inspect(bytes: Array(source.utf8), name: "scan.pdf")
    }

    /// Active content is sought wherever the catalog leads, through indirect objects: a launch
    /// action behind a page's annotation is found.
    @Test func aLaunchActionBehindAnAnnotationIsActiveContent() throws {
        let report = try handWritten(
            replacing: "/Contents 4 0 R >>", with: "/Contents 4 0 R /Annots [9 0 R] >>",
            object: "<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Launch /F (calc.exe) >> >>")
        #expect(codes(report).contains(.activeContent))
    }

    /// What nothing in the document leads to cannot run: JavaScript in an object no page, action
    /// or name tree refers to, or in the document information dictionary, is not active content.
    /// (Each object is also shown found when the catalog refers to it.)
    @Test func javaScriptNothingLeadsToIsNotActiveContent() throws {
        let action = "<< /S /JavaScript /JS (app.alert(1)) >>"
        let orphan = try handWritten(replacing: "/Type /Catalog", with: "/Type /Catalog", object: action)
        #expect(!codes(orphan).contains(.activeContent))
        let opened = try handWritten(replacing: "/Type /Catalog", with: "/Type /Catalog /OpenAction 9 0 R", object: action)
        #expect(codes(opened).contains(.activeContent))

        let names = "<< /Title (scan) /JavaScript (app.alert(1)) >>"
        let information = try handWritten(replacing: "trailer\n<<", with: "trailer\n<< /Info 9 0 R", object: names)
        #expect(!codes(information).contains(.activeContent))
        let named = try handWritten(replacing: "/Type /Catalog", with: "/Type /Catalog /Names 9 0 R", object: names)
        #expect(codes(named).contains(.activeContent))
    }

    /// Cut in half, the file keeps no page qpdf can find, though qpdf repairs the rest.
    @Test func aPDFWithMoreObjectsThanAnyScanNeedsIsNotReadFurther() throws {
        let report = try inspect("many-objects.pdf")
        #expect(codes(report) == [.tooManyObjects])
        // 100,010 and the object streams qpdf packed them into.
        guard case .number(let objects) = report.problems[0].arguments["objects"] else { Issue.record("no count"); return }
        #expect(objects > 100_010)
        #expect(report.problems[0].message(in: .en)
            == "The PDF holds \(objects.formatted(.number.locale(Locale(identifier: "en_US")))) objects, more than the 100,000 a scan could need; it was not read further.")
        #expect(report.pages == nil)
    }

    /// A stream of a quarter megabyte or less that unpacks to 256 MiB, where qpdf would hold it
    /// whole: in a page's content (Flate, or Flate over RunLength), in an object stream (one
    /// holding the encryption dictionary is unpacked as qpdf opens the file), and in the
    /// cross-reference stream qpdf reads first (Flate or LZW).
    @Test(arguments: ["bomb-content.pdf", "bomb-content-runlength.pdf", "bomb-object-stream.pdf", "bomb-encrypt-object-stream.pdf",
                      "bomb-xref-stream.pdf", "bomb-xref-stream-lzw.pdf"])
    func streamsThatUnpackPastTheBudgetAreNotRead(name: String) throws {
        let report = try inspect(name)
        #expect(codes(report) == [.contentTooLarge])
        #expect(report.problems.first?.message(in: .en)
            == "The PDF's streams unpack to more than 33,554,432 bytes, more than a scan could need; it was not read further.")
    }

    /// Every route by which a page shows an image counts, not only its content and its forms: a
    /// tiling pattern it fills with, an annotation's appearance, a Type 3 glyph drawing an image
    /// XObject or an inline image. A full page at 72 dpi shown only that way is rejected; at 300
    /// dpi, accepted.
    @Test(arguments: ["pattern", "annotation", "type3", "type3-inline"])
    func imagesShownByAnyRouteCount(route: String) throws {
        let low = try inspect("\(route)-72.pdf")
        #expect(low.resolutions == [Resolution(x: 72, y: 72, source: .pdfImage, page: 1)])
        #expect(codes(low) == [.lowResolution])
        let high = try inspect("\(route)-300.pdf")
        #expect(high.resolutions == [Resolution(x: 300, y: 300, source: .pdfImage, page: 1)])
        #expect(high.accepted)
        #expect(high.problems.isEmpty)
    }

    /// Forms are followed twelve deep: a 72 dpi page drawn by the twelfth is found; drawn by a
    /// thirteenth, it is not read, and that is an error, never a pass.
    @Test func formsPastTheDepthLimitAreReportedNotPassed() throws {
        let twelve = try inspect("deep-forms-12.pdf")
        #expect(twelve.resolutions == [Resolution(x: 72, y: 72, source: .pdfImage, page: 1)])
        #expect(codes(twelve) == [.lowResolution])
        let thirteen = try inspect("deep-forms-13.pdf")
        #expect(thirteen.resolutions.isEmpty)
        #expect(codes(thirteen) == [.limitReached])
        #expect(limitsReached(thirteen) == ["nested forms, patterns and glyphs": 12])
        #expect(!thirteen.accepted)
    }

    /// Pages past the page limit are not read: the 150 dpi second page of three goes unseen with a
    /// limit of one page, and the file is not passed.
    @Test func pagesPastTheLimitAreReportedNotPassed() throws {
        var limits = PDFLimits.standard
        limits.pages = 1
        let report = try inspect("img2pdf-mixed.pdf", limits: limits)
        #expect(report.pages == 3)
        #expect(report.resolutions == [Resolution(x: 300, y: 300, source: .pdfImage, page: 1)])
        #expect(codes(report) == [.limitReached])
        #expect(limitsReached(report) == ["pages read": 1])
        #expect(!report.accepted)
    }

    /// Images past the image limit are not recorded, and the file is not passed.
    @Test func imagesPastTheLimitAreReportedNotPassed() throws {
        var limits = PDFLimits.standard
        limits.images = 1
        let report = try inspect("img2pdf-mixed.pdf", limits: limits)
        #expect(report.resolutions == [Resolution(x: 300, y: 300, source: .pdfImage, page: 1)])
        #expect(codes(report) == [.limitReached])
        #expect(limitsReached(report) == ["images recorded": 1])
    }

    /// Three kilobytes of forms each drawing the next four times would be four million form
    /// walks: the document's budget of content operations (operands read, operators and streams
    /// walked) stops it at a million.
    @Test func workIsBoundedByTheOperationBudget() throws {
        let report = try inspect("fan-out.pdf")
        #expect(codes(report) == [.limitReached])
        #expect(limitsReached(report) == ["content operations": 1_000_000])
    }

    /// What the budget counts: each operand once, when its stream is read; each operator each
    /// time its stream is walked; each stream walked. deep-forms-12.pdf's page (`/F Do`) and eleven
    /// forms (`/F Do`) are 3 each, the twelfth form (`q 612 0 0 792 0 0 cm /Im Do Q`) 12: 48 in all.
    @Test func theOperationBudgetCountsOperandsOperatorsAndStreamsWalked() throws {
        var limits = PDFLimits.standard
        limits.operations = 48
        let enough = try inspect("deep-forms-12.pdf", limits: limits)
        #expect(codes(enough) == [.lowResolution])
        limits.operations = 47
        let short = try inspect("deep-forms-12.pdf", limits: limits)
        #expect(short.resolutions.isEmpty)
        #expect(codes(short) == [.limitReached])
        #expect(limitsReached(short) == ["content operations": 47])
    }

    @Test func truncatedWithNoPagesLeftIsCorrupt() throws {
        let report = try inspect("truncated.pdf")
        #expect(codes(report) == [.corrupt])
        #expect(report.pages == 0)
        #expect(report.problems[0].message(in: .en).contains("no page can be read"))
        #expect(report.problems[0].detail?.isEmpty == false)
    }

    @Test func garbageAfterTheHeaderIsCorrupt() throws {
        let report = try inspect("garbage.pdf")
        #expect(codes(report) == [.corrupt])
        #expect(report.format == .pdf)
    }

    @Test func inMemoryPDFsReadTheSame() throws {
        let bytes = Array(try Data(contentsOf: try pdfs.get().appendingPathComponent("img2pdf-mixed.pdf")))
        let report = ScanInspector.inspect(bytes: bytes, name: "upload.pdf")
        #expect(report.resolutions == (try inspect("img2pdf-mixed.pdf")).resolutions)
    }

    @Test func everyPrefixOfAPDFIsHandled() throws {
        let bytes = Array(try Data(contentsOf: try pdfs.get().appendingPathComponent("scaled.pdf")))
        for length in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 200)) {
            let report = ScanInspector.inspect(bytes: Array(bytes.prefix(length)), name: "cut.pdf")
            #expect(!report.problems.isEmpty || report.dpi != nil, "cut at \(length)")
        }
    }

    /// Poppler's pdfimages, an independent reader, agrees on every image drawn without /UserUnit.
    @Test(arguments: ["img2pdf-mixed.pdf", "scaled.pdf", "form.pdf", "rotated-drawing.pdf", "stamp.pdf", "rotated-page.pdf"])
    func pdfimagesAgrees(name: String) throws {
        let ours = try inspect(name).resolutions.map { [$0.page ?? 0, $0.x, $0.y] }
        let theirs = try pdfimages(name).map { [$0[0], $0[3], $0[4]] }
        #expect(ours == theirs)
    }

    /// A PDF in a JPEG's comment or a PNG's text chunk opens in a PDF reader (poppler says so
    /// here); the header check names it without decoding anything.
    @Test(arguments: ["polyglot.jpg", "polyglot.png"])
    func aPDFInsideAnImageIsNamed(name: String) throws {
        let file = try pdfs.get().appendingPathComponent(name).path
        #expect(try runTool("pdfinfo", [file]).contains("Pages:"))
        for deep in [false, true] {
            let report = ScanInspector.inspect(fileAt: file, policy: ScanPolicy(decodesImageData: deep))
            #expect(codes(report) == [.polyglot])
            #expect(report.problems.first?.message(in: .en).contains("PDF") == true)
        }
    }

    /// An archive appended to a scan opens in a ZIP reader (Python's zipfile lists it here); it sits at the
    /// file's end, which only `--deep` reads.
    @Test func anAppendedArchiveIsNamedWhenTheWholeFileIsRead() throws {
        let jpeg = try pdfs.get().appendingPathComponent("zip-appended.jpg").path
        let pdf = try pdfs.get().appendingPathComponent("zip-appended.pdf").path
        for file in [jpeg, pdf] { #expect(try runTool("python3", ["-m", "zipfile", "-l", file]).contains("readme.txt")) }
        #expect(codes(ScanInspector.inspect(fileAt: jpeg)) == [])
        let deep = ScanPolicy(decodesImageData: true)
        #expect(codes(ScanInspector.inspect(fileAt: jpeg, policy: deep)) == [.trailingData, .polyglot])
        #expect(codes(ScanInspector.inspect(fileAt: pdf, policy: deep)) == [.polyglot])
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: jpeg)))
        #expect(codes(ScanInspector.inspect(bytes: bytes, name: "upload.jpg", policy: deep)) == [.trailingData, .polyglot])
        // An ordinary scan read whole carries no second format.
        let plain = try pdfs.get().appendingPathComponent("a4-300.jpg").path
        #expect(codes(ScanInspector.inspect(fileAt: plain, policy: deep)) == [])
    }
}
