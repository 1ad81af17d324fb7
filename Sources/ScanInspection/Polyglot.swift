/// A second format's signature where that format's readers look for it: a file that opens as
/// one thing in a viewer and as another in a different program.
///
/// Readers are lenient in known ways. PDF readers (Acrobat, poppler, qpdf) find `%PDF-` anywhere
/// in the first kilobyte, so a PDF hidden in a JPEG comment or a PNG text chunk opens as a PDF.
/// ZIP readers start from the end-of-central-directory record in the last 64 KiB, so anything
/// with an archive appended opens as an archive.
enum Polyglot {
    /// How far into a file PDF readers look for the header.
    static let pdfHeaderWindow = 1024
    /// How far from a file's end ZIP readers look for the end-of-central-directory record: the
    /// record (22 bytes) and the longest comment it can carry.
    static let zipTrailerWindow = 22 + 0xFFFF

    /// The other format `head` (a file's first bytes) carries, when `kind` is not that format.
    static func inHead(_ head: UnsafeBufferPointer<UInt8>, kind: ContentKind) -> ContentKind? {
        guard kind != .pdf else { return nil }
        return contains(head.prefix(pdfHeaderWindow), "%PDF-") ? .pdf : nil
    }

    /// The other format `tail` (a file's last bytes, up to `zipTrailerWindow`) carries, when
    /// `kind` is not that format.
    static func inTail(_ tail: UnsafeBufferPointer<UInt8>, kind: ContentKind) -> ContentKind? {
        guard kind != .zip else { return nil }
        return contains(tail[...], "PK\u{5}\u{6}") ? .zip : nil
    }

    private static func contains(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ signature: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: signature.utf8Start, count: signature.utf8CodeUnitCount)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
