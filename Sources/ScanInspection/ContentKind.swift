import AttestCore

/// A file format Attest accepts for scans.
public enum ScanFormat: String, Sendable, Hashable {
    case jpeg
    case png
    case pdf
}

/// What a file's first bytes say it is. Only the formats of `ScanFormat` are accepted; the others
/// are recognised so an applicant is told what they uploaded instead.
enum ContentKind: Sendable, Hashable {
    case jpeg, png, pdf, gif, tiff, bmp, webp, heif, avif, jpeg2000, zip
    case unknown

    /// Recognises a format by the signature at offset 0 of `prefix` (16 bytes are enough).
    init(prefix: [UInt8]) {
        self = prefix.withUnsafeBufferPointer(ContentKind.init(prefix:))
    }

    /// Recognises a format by the signature at offset 0 of `prefix` (16 bytes are enough).
    init(prefix: UnsafeBufferPointer<UInt8>) {
        func starts(_ signature: some Collection<UInt8>, at offset: Int = 0) -> Bool {
            prefix.count >= offset + signature.count
                && prefix[offset..<offset + signature.count].elementsEqual(signature)
        }
        func starts(_ ascii: StaticString, at offset: Int = 0) -> Bool {
            starts(UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount), at: offset)
        }
        let brand = prefix.count >= 12 && starts("ftyp", at: 4)
            ? String(decoding: prefix[8..<12], as: UTF8.self) : nil
        if starts([0xFF, 0xD8, 0xFF]) { self = .jpeg }
        else if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { self = .png }
        else if starts("%PDF-") { self = .pdf }
        else if starts("GIF87a") || starts("GIF89a") { self = .gif }
        else if starts("II*\0") || starts("MM\0*") || starts("II+\0") || starts("MM\0+") { self = .tiff }
        else if starts("BM") { self = .bmp }
        else if starts("RIFF") && starts("WEBP", at: 8) { self = .webp }
        else if let brand, ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"].contains(brand) {
            self = .heif
        }
        else if let brand, ["avif", "avis"].contains(brand) { self = .avif }
        else if starts([0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A])
            || starts([0xFF, 0x4F, 0xFF, 0x51]) { self = .jpeg2000 }
        else if starts([0x50, 0x4B, 0x03, 0x04]) { self = .zip }
        else { self = .unknown }
    }

    /// The accepted format this content is, or nil when it is not accepted.
    var scanFormat: ScanFormat? {
        switch self {
        case .jpeg: return .jpeg
        case .png: return .png
        case .pdf: return .pdf
        default: return nil
        }
    }

    /// The format's usual name, the same in every language.
    var name: String {
        switch self {
        case .jpeg: return "JPEG"
        case .png: return "PNG"
        case .pdf: return "PDF"
        case .gif: return "GIF"
        case .tiff: return "TIFF"
        case .bmp: return "BMP"
        case .webp: return "WebP"
        case .heif: return "HEIF/HEIC"
        case .avif: return "AVIF"
        case .jpeg2000: return "JPEG 2000"
        case .zip: return "ZIP"
        case .unknown: return "unknown"
        }
    }

    /// What the file is, as the `unsupported-format` message says it.
    var words: ProblemArgument {
        switch self {
        case .unknown: .phrase(.formatUnknown)
        case .zip: .phrase(.formatZIP)
        case .pdf: .phrase(.formatPDF)
        default: .filled(.formatImage, with: ["format": .text(name)])
        }
    }

    /// File name extensions that agree with this content, lowercase; empty for unknown content.
    var extensions: [String] {
        switch self {
        case .jpeg: return ["jpg", "jpeg", "jpe", "jfif"]
        case .png: return ["png"]
        case .pdf: return ["pdf"]
        case .gif: return ["gif"]
        case .tiff: return ["tif", "tiff"]
        case .bmp: return ["bmp", "dib"]
        case .webp: return ["webp"]
        case .heif: return ["heic", "heif", "hif"]
        case .avif: return ["avif"]
        case .jpeg2000: return ["jp2", "j2k", "jpf", "jpx", "jpm"]
        case .zip: return ["zip", "docx", "xlsx", "pptx", "odt", "ods", "odp"]
        case .unknown: return []
        }
    }
}

/// The extension of the last component of `path`, lowercase, or nil when it has none
/// (a leading dot, as in `.profile`, starts a name rather than an extension).
func fileExtension(of path: String) -> String? {
    // On the UTF-8 bytes: '/' and '.' are ASCII, and walking Characters costs more than the rest
    // of a header-only inspection.
    var path = path
    return path.withUTF8 { bytes in
        let name = bytes.lastIndex(of: 0x2F).map { bytes[($0 + 1)...] } ?? bytes[...]
        guard let dot = name.lastIndex(of: 0x2E), dot != name.startIndex, dot + 1 != name.endIndex else { return nil }
        let suffix = name[(dot + 1)...]
        // Lowercased by hand when ASCII (nearly always): String.lowercased() is Unicode-general.
        guard suffix.allSatisfy({ $0 < 0x80 }) else { return String(decoding: suffix, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: suffix.count) { lowered in
            for (index, byte) in suffix.enumerated() { lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            return suffix.count
        }
    }
}
