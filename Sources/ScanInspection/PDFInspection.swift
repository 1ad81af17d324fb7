// Every call into the PDF reader (qpdf, in libAttestPDF.so) is in this file.

import AttestCore
internal import CAttestShims

/// What qpdf and its content-stream parser found in a PDF, turned into a scan report.
enum PDFInspection {
    /// Images drawn smaller than this on their shorter side (a logo, a stamp) are listed but not
    /// held to the resolution rule: one inch, in PDF points.
    static let smallestCountedSide = 72.0

    /// Bounds on the work one PDF may cause.
    static let limits = attest_pdf_limits(
        max_pages: 2_000, max_images: 10_000, max_form_depth: 12, max_objects: 100_000, max_decoded_bytes: 32 << 20)

    /// `head`: the file's first bytes, already read.
    static func inspect(_ source: ScanSource, head: UnsafeBufferPointer<UInt8>, into report: inout ScanReport, policy: ScanPolicy) {
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
                "reason": .phrase(en: "PDF support cannot be loaded", ru: "поддержка PDF не загружается"),
            ], detail: message))
            return
        case ATTEST_PDF_CORRUPT:
            report.problems.append(Problem(.corrupt, arguments: [
                "reason": .phrase(en: "its structure cannot be read", ru: "его структура не читается"),
            ], detail: message))
            return
        case ATTEST_PDF_ENCRYPTED:
            report.problems.append(Problem(.encryptedPDF))
            return
        case ATTEST_PDF_TOO_MUCH_CONTENT:
            report.problems.append(Problem(.contentTooLarge, arguments: ["limit": .number(Int(limits.max_decoded_bytes))]))
            return
        case ATTEST_PDF_TOO_MANY_OBJECTS:
            report.problems.append(Problem(.tooManyObjects, arguments: [
                "objects": .number(raw.objects), "limit": .number(Int(limits.max_objects)),
            ]))
            return
        default:
            break
        }
        report.pages = Int(raw.pages)
        guard raw.pages > 0 else {
            report.problems.append(Problem(.corrupt, arguments: [
                "reason": message.isEmpty ? .phrase(en: "it has no pages", ru: "в нём нет страниц")
                    : .phrase(en: "no page can be read", ru: "ни одна страница не читается"),
            ], detail: message))
            return
        }
        if raw.encrypted != 0 { report.problems.append(Problem(.encryptedPDF)) }
        if raw.warnings > 0 {
            report.problems.append(Problem(.repairedPDF, arguments: [
                "reason": .phrase(en: "its cross-reference table or objects are damaged", ru: "повреждены таблица ссылок или объекты"),
            ], detail: message))
        }
        if raw.active_content != 0 { report.problems.append(Problem(.activeContent)) }

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
