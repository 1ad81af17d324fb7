#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore
import FoundationEssentials
internal import CImageShims

/// Inspects uploaded scans against the upload rules: format by content, size, resolution.
public enum ScanInspector {
    /// Inspects the file at `path`, reading only what the checks need. A file that cannot be
    /// opened or read gives a report with the problem `unreadable`; this never throws.
    public static func inspect(fileAt path: String, policy: ScanPolicy = .standard) -> ScanReport {
        path.withCString { inspect(opening: $0, in: AT_FDCWD, path: path, policy: policy) }
    }

    /// Inspects the file `name` in the open directory `directory` (AT_FDCWD: the working
    /// directory), reported as `path`.
    static func inspect(opening name: UnsafePointer<CChar>, in directory: Int32, path: String, policy: ScanPolicy) -> ScanReport {
        do throws(ScanReadError) {
            return try OpenScanFile.with(name: name, in: directory) { descriptor, byteCount in
                inspect(.file(descriptor: descriptor), byteCount: byteCount, path: path, policy: policy)
            }
        } catch {
            var report = ScanReport(path: path)
            report.problems.append(error.problem)
            return report
        }
    }

    /// Inspects an upload already in memory (one that never touched the disk). `name` is the
    /// report's path and the file name whose extension is compared with the content.
    public static func inspect(
        bytes: some ContiguousBytes, name: String, policy: ScanPolicy = .standard
    ) -> ScanReport {
        bytes.withUnsafeBytes { buffer in
            inspect(.memory(buffer), byteCount: buffer.count, path: name, policy: policy)
        }
    }

    /// Inspects what arrives on standard input, reported under the path "-". At most
    /// `policy.maxBytes` + 1 bytes are kept; the rest of a larger input is only counted.
    public static func inspectStandardInput(policy: ScanPolicy = .standard) -> ScanReport {
        let path = "-"
        var kept: [UInt8] = []
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                var report = ScanReport(path: path)
                report.problems.append(ScanReadError(errno: errno).problem)
                return report
            }
            if count == 0 { break }
            let room = max(0, policy.maxBytes + 1 - kept.count)
            kept.append(contentsOf: chunk[0..<min(count, room)])
            total += count
        }
        return kept.withUnsafeBytes { buffer in
            inspect(.memory(buffer), byteCount: total, path: path, policy: policy)
        }
    }

    /// The checks, in the order their problems are listed: size, content type and name, then
    /// what the format's headers (and with `decodesImageData`, its data) say.
    private static func inspect(
        _ source: ScanSource, byteCount: Int, path: String, policy: ScanPolicy
    ) -> ScanReport {
        var report = ScanReport(path: path)
        report.bytes = byteCount
        guard byteCount > 0 else {
            report.problems.append(Problem(.emptyFile))
            return report
        }
        let tooLarge = byteCount > policy.maxBytes
        if tooLarge {
            report.problems.append(Problem(.tooLarge, arguments: [
                "bytes": .number(byteCount), "limit": .number(policy.maxBytes),
            ]))
        }
        // One read serves both the format's signature and, usually, all of an image's headers.
        // It goes to the stack, as a batch makes one for every file (a temporary allocation
        // this large would be on the heap: Linux's stdlib puts only 1 KiB on the stack).
        var head = InlineArray<4096, UInt8>(repeating: 0)
        var span = head.mutableSpan
        return span.withUnsafeMutableBufferPointer { buffer in
            let prefix: UnsafeBufferPointer<UInt8>
            do throws(ScanReadError) {
                prefix = try source.read(into: buffer)
            } catch {
                report.problems.append(error.problem)
                return report
            }
            inspectContent(source, prefix: prefix, tooLarge: tooLarge, into: &report, policy: policy)
            return report
        }
    }

    /// The checks after the size: what the first bytes are, then the format's own.
    private static func inspectContent(
        _ source: ScanSource, prefix: UnsafeBufferPointer<UInt8>, tooLarge: Bool, into report: inout ScanReport,
        policy: ScanPolicy
    ) {
        report.bytesExamined = prefix.count
        let kind = ContentKind(prefix: prefix)
        report.format = kind.scanFormat
        if let ext = fileExtension(of: report.path), !kind.extensions.isEmpty, !kind.extensions.contains(ext) {
            report.problems.append(Problem(.extensionMismatch, arguments: [
                "extension": .text(ext), "format": .text(kind.name),
            ]))
        }
        switch kind {
        case .jpeg:
            inspectImage(source, head: prefix, codec: .jpeg, into: &report, decodes: policy.decodesImageData && !tooLarge, policy: policy)
        case .png:
            inspectImage(source, head: prefix, codec: .png, into: &report, decodes: policy.decodesImageData && !tooLarge, policy: policy)
        case .pdf:
            PDFInspection.inspect(source, head: prefix, into: &report, policy: policy)
        default:
            report.problems.append(Problem(.unsupportedFormat, arguments: ["kind": kind.words]))
            return
        }
        var others: [ContentKind] = []
        if let other = Polyglot.inHead(prefix, kind: kind) { others.append(other) }
        // The tail is one more read, made only when the whole file is read anyway (or is the head).
        if let bytes = report.bytes, bytes <= prefix.count {
            if let other = Polyglot.inTail(prefix, kind: kind) { others.append(other) }
        } else if policy.decodesImageData, let bytes = report.bytes {
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: min(bytes, Polyglot.zipTrailerWindow))
            defer { buffer.deallocate() }
            if let tail = try? source.readTail(into: buffer, byteCount: bytes),
               let other = Polyglot.inTail(tail, kind: kind) {
                others.append(other)
            }
        }
        for other in others {
            report.problems.append(Problem(.polyglot, arguments: ["format": .text(other.name)]))
        }
    }

    private static func inspectImage(
        _ source: ScanSource, head: UnsafeBufferPointer<UInt8>, codec: ImageCodec, into report: inout ScanReport, decodes: Bool,
        policy: ScanPolicy
    ) {
        inspectImage(source.shimSource(head: head), codec: codec, into: &report, decodes: decodes, policy: policy)
    }

    private static func inspectImage(
        _ source: attest_source, codec: ImageCodec, into report: inout ScanReport, decodes: Bool, policy: ScanPolicy
    ) {
        guard let reader = ImageReader(codec: codec, source: source) else {
            report.problems.append(ScanReadError(errno: ENOMEM).problem)
            return
        }
        defer { report.bytesExamined += reader.bytesRead }
        let header: ImageHeader
        do {
            header = try reader.readHeader()
        } catch {
            report.problems.append(problem(for: error))
            return
        }
        report.pixelWidth = header.width
        report.pixelHeight = header.height
        report.resolutions = statedResolutions(header, format: report.format)
        let choice = ResolutionChoice(report.resolutions)
        report.dpi = choice.resolution

        let tooManyPixels = header.pixels > policy.maxPixels
        if tooManyPixels {
            report.problems.append(Problem(.tooManyPixels, arguments: [
                "width": .text(String(header.width)), "height": .text(String(header.height)),
                "pixels": .number(header.pixels), "limit": .number(policy.maxPixels),
            ]))
        }
        if let conflict = choice.conflict {
            report.problems.append(Problem(.conflictingResolution, arguments: [
                "jfif": .text(conflict.jfif.description), "exif": .text(conflict.exif.description),
                "dpi": .text(conflict.chosen.description),
            ]))
        }
        if let dpi = choice.resolution {
            if let low = lowResolution(dpi, policy) { report.problems.append(low) }
        } else {
            report.problems.append(missingResolution(policy))
        }

        guard decodes, !tooManyPixels else { return }
        let outcome: DecodeOutcome
        do {
            outcome = try reader.decode()
        } catch {
            report.problems.append(problem(for: error))
            return
        }
        if outcome.warnings > 0 {
            report.problems.append(damaged(outcome.firstWarning))
        }
        let trailing = (report.bytes ?? 0) - outcome.imageEnd
        if trailing > 0 {
            report.problems.append(Problem(.trailingData, arguments: [
                "bytes": .number(trailing), "format": .text(report.format == .png ? "PNG" : "JPEG"),
            ]))
        }
    }

    /// Every resolution the headers state, in a fixed order (JFIF before EXIF).
    private static func statedResolutions(_ header: ImageHeader, format: ScanFormat?) -> [Resolution] {
        var found: [Resolution] = []
        if let density = header.density {
            let source: ResolutionSource = format == .png ? .pngPhys : .jfif
            let convert: (UInt32) -> Int? = switch (source, density.unit) {
            case (.pngPhys, 1): DotsPerInch.fromPixelsPerMetre
            case (.jfif, 1): DotsPerInch.fromDotsPerInch
            case (.jfif, 2): DotsPerInch.fromDotsPerCentimetre
            default: { _ in nil }  // unit 0: an aspect ratio only
            }
            if let x = convert(density.x), let y = convert(density.y) {
                found.append(Resolution(x: x, y: y, source: source))
            }
        }
        if let exif = header.exif, let resolution = ExifResolution.parse(exif) {
            found.append(resolution)
        }
        return found
    }

    /// `corrupt`: the decoder's words are the detail.
    private static func damaged(_ detail: String) -> Problem {
        Problem(.corrupt, arguments: ["reason": .phrase(.imageDataCannotBeDecoded)], detail: detail)
    }

    /// `low-resolution` when the coarser axis of `dpi` is below the policy's minimum.
    static func lowResolution(_ dpi: Resolution, _ policy: ScanPolicy) -> Problem? {
        guard dpi.lowerAxis < policy.minimumDPI else { return nil }
        return Problem(.lowResolution, arguments: ["dpi": .text(dpi.description), "required": .number(policy.minimumDPI)])
    }

    private static func missingResolution(_ policy: ScanPolicy) -> Problem {
        Problem(.missingResolution, arguments: ["required": .number(policy.minimumDPI)])
    }

    private static func problem(for failure: ImageReadFailure) -> Problem {
        switch failure {
        case .damaged(let detail): return damaged(detail)
        case .memoryLimit(let limit):
            return Problem(.limitReached, arguments: [
                "limit": .phrase(.limitImageDecodingMemory),
                "count": .number(limit),
            ])
        case .unreadable(let detail):
            return Problem(.unreadable, arguments: ["reason": .phrase(.readingFailed)], detail: detail)
        }
    }
}

/// Which stated resolution counts. When JFIF and EXIF both state one and disagree, the source
/// whose lower axis is lower wins (JFIF on a tie), and the disagreement is reported.
struct ResolutionChoice {
    let resolution: Resolution?
    let conflict: (jfif: Resolution, exif: Resolution, chosen: Resolution)?

    init(_ stated: [Resolution]) {
        let jfif = stated.first { $0.source == .jfif }
        let exif = stated.first { $0.source == .exif }
        if let jfif, let exif, (jfif.x, jfif.y) != (exif.x, exif.y) {
            let chosen = exif.lowerAxis < jfif.lowerAxis ? exif : jfif
            resolution = chosen
            conflict = (jfif, exif, chosen)
        } else {
            resolution = jfif ?? stated.first
            conflict = nil
        }
    }
}
