// Every call into the PDF reader (qpdf, in libAttestPDF.so) is in this file.

import AttestCore
internal import CAttestShims

/// What qpdf and its content-stream parser found in a PDF, turned into a scan report.
enum PDFInspection {
    /// Images drawn smaller than this on their shorter side (a logo, a stamp) are listed but not
    /// held to the resolution rule: one inch, in PDF points.
    static let smallestCountedSide = 72.0

    /// `head`: the file's first bytes, already read.
    static func inspect(_ source: ScanSource, head: UnsafeBufferPointer<UInt8>, into report: inout ScanReport, policy: ScanPolicy) {
        let limits = policy.pdfLimits.shimLimits
        var raw = attest_pdf_report()
        switch source {
        case .file(let descriptor):
            attest_pdf_inspect(descriptor, head.baseAddress, head.count, limits, &raw)
        case .memory(let buffer):
            attest_pdf_inspect(-1, buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count, limits, &raw)
        }
        defer { attest_pdf_report_free(&raw) }
        let message = withUnsafeBytes(of: raw.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }

        switch raw.status {
        case ATTEST_PDF_UNAVAILABLE:
            report.problems.append(Problem(.unreadable, arguments: [
                "reason": .phrase(.pdfSupportCannotBeLoaded),
            ], detail: message))
            return
        case ATTEST_PDF_CORRUPT:
            report.problems.append(Problem(.corrupt, arguments: [
                "reason": .phrase(.structureCannotBeRead),
            ], detail: message))
            return
        case ATTEST_PDF_ENCRYPTED:
            report.problems.append(Problem(.encryptedPDF))
            return
        case ATTEST_PDF_TOO_MUCH_CONTENT:
            report.problems.append(Problem(.contentTooLarge, arguments: ["limit": .number(policy.pdfLimits.decodedBytes)]))
            return
        case ATTEST_PDF_TOO_MANY_OBJECTS:
            report.problems.append(Problem(.tooManyObjects, arguments: [
                "objects": .number(raw.objects), "limit": .number(policy.pdfLimits.objects),
            ]))
            return
        default:
            break
        }
        report.pages = Int(raw.pages)
        guard raw.pages > 0 else {
            report.problems.append(Problem(.corrupt, arguments: [
                "reason": .phrase(message.isEmpty ? .pdfHasNoPages : .noPageCanBeRead),
            ], detail: message))
            return
        }
        if raw.encrypted != 0 { report.problems.append(Problem(.encryptedPDF)) }
        if raw.warnings > 0 {
            report.problems.append(Problem(.repairedPDF, arguments: [
                "reason": .phrase(.crossReferencesDamaged),
            ], detail: message))
        }
        if raw.active_content != 0 { report.problems.append(Problem(.activeContent)) }
        // What lay past a limit was not read, so no verdict on the rest may pass the file.
        for (flag, limit, count) in [
            (ATTEST_PDF_LIMIT_PAGES, ProblemArgument.phrase(.limitPagesRead), policy.pdfLimits.pages),
            (ATTEST_PDF_LIMIT_IMAGES, .phrase(.limitImagesRecorded), policy.pdfLimits.images),
            (ATTEST_PDF_LIMIT_FORM_DEPTH, .phrase(.limitNestedForms),
             policy.pdfLimits.formDepth),
            (ATTEST_PDF_LIMIT_OPERATIONS, .phrase(.limitContentOperations), Int(clamping: raw.operations)),
        ] where raw.limits_reached & flag.rawValue != 0 {
            report.problems.append(Problem(.limitReached, arguments: ["limit": limit, "count": .number(count)]))
        }

        var lowest: (resolution: Resolution, width: Int, height: Int)?
        for image in UnsafeBufferPointer(start: raw.images, count: raw.image_count) {
            guard let resolution = effectiveResolution(image) else { continue }
            report.resolutions.append(resolution)
            guard min(image.drawn_width, image.drawn_height) >= smallestCountedSide else { continue }
            if lowest == nil || resolution.lowerAxis < lowest!.resolution.lowerAxis {
                lowest = (resolution, Int(image.pixel_width), Int(image.pixel_height))
            }
        }
        // No image that counts: a born-digital document, not a scan; nothing to hold to the rule.
        guard let lowest else { return }
        report.dpi = lowest.resolution
        report.pixelWidth = lowest.width
        report.pixelHeight = lowest.height
        if let low = ScanInspector.lowResolution(lowest.resolution, policy) { report.problems.append(low) }
    }

    /// Pixels per inch along each of the image's axes as the page draws it, rounded to nearest.
    private static func effectiveResolution(_ image: attest_pdf_image) -> Resolution? {
        guard image.drawn_width > 1e-6, image.drawn_height > 1e-6 else { return nil }
        let x = (Double(image.pixel_width) * 72 / image.drawn_width).rounded()
        let y = (Double(image.pixel_height) * 72 / image.drawn_height).rounded()
        guard x < Double(Int32.max), y < Double(Int32.max) else { return nil }
        return Resolution(x: Int(x), y: Int(y), source: .pdfImage, page: Int(image.page))
    }
}

/// Bounds on the work one PDF may cause (attest_pdf_limits). Past the page, image, depth and
/// operation bounds the reading stops and says so (`limit-reached`); past the object and byte
/// bounds the file is not read at all.
struct PDFLimits: Sendable, Hashable {
    /// Pages whose content is read.
    var pages = 2_000
    /// Images recorded.
    var images = 10_000
    /// Forms, tiling patterns, Type 3 glyphs and annotation appearances inside one another.
    var formDepth = 12
    /// Objects in the file.
    var objects = 100_000
    /// What the content and object streams may unpack to, in all, in bytes.
    var decodedBytes = 32 << 20
    /// Content-stream operations in all: operands as their stream is read, operators each time
    /// their stream is walked, streams walked. A scan's pages take a few dozen; a few kilobytes of
    /// forms drawing one another would take billions.
    var operations = 1_000_000

    /// The service's bounds, none of which a scan comes near.
    static let standard = PDFLimits()

    var shimLimits: attest_pdf_limits {
        attest_pdf_limits(
            max_pages: UInt32(clamping: pages), max_images: UInt32(clamping: images), max_form_depth: UInt32(clamping: formDepth),
            max_objects: UInt32(clamping: objects), max_decoded_bytes: UInt64(clamping: decodedBytes),
            max_operations: UInt64(clamping: operations))
    }
}
