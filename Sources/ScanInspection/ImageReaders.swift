// Every call into the C shims (and so into libjpeg and libpng) is in this file.

internal import CImageShims

/// What an image's headers say, in Swift terms.
struct ImageHeader {
    var width: Int
    var height: Int
    /// The density the JFIF segment or pHYs chunk states: unit code and the two values.
    var density: (unit: Int, x: UInt32, y: UInt32)?
    /// A JPEG's EXIF data (the TIFF structure), if any.
    var exif: [UInt8]?

    var pixels: Int { width * height }
}

/// What a full decode found: where the image ends, and how many warnings (damaged data) it raised.
struct DecodeOutcome {
    var imageEnd: Int
    var warnings: Int
    var firstWarning: String
}

/// Why an image could not be read: its data is damaged, reading the file failed, or decoding it
/// would take more memory than one image may (`limit` bytes).
enum ImageReadFailure: Error {
    case damaged(String)
    case unreadable(String)
    case memoryLimit(limit: Int)
}

/// The shim's entry points for one image format: the JPEG and PNG readers have the same shape.
struct ImageCodec: Sendable {
    let create: @convention(c) (attest_source) -> OpaquePointer?
    let destroy: @convention(c) (OpaquePointer?) -> Void
    let readHeader: @convention(c) (OpaquePointer?, UnsafeMutablePointer<attest_image_header>?) -> attest_status
    let decode: @convention(c) (OpaquePointer?, UnsafeMutablePointer<attest_decode_result>?) -> attest_status
    let message: @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    let bytesRead: @convention(c) (OpaquePointer?) -> UInt64

    /// libjpeg: headers up to the start of the first scan; decoding through EOI.
    static let jpeg = ImageCodec(
        create: attest_jpeg_reader_create, destroy: attest_jpeg_reader_destroy,
        readHeader: attest_jpeg_read_header, decode: attest_jpeg_decode,
        message: attest_jpeg_message, bytesRead: attest_jpeg_bytes_read)

    /// libpng: headers up to the first IDAT; decoding every row, then the chunks through IEND.
    static let png = ImageCodec(
        create: attest_png_reader_create, destroy: attest_png_reader_destroy,
        readHeader: attest_png_read_header, decode: attest_png_decode,
        message: attest_png_message, bytesRead: attest_png_bytes_read)
}

/// One image being read; owns the shim's reader (an `attest_jpeg_reader` with its
/// `jpeg_decompress_struct`, or an `attest_png_reader` with its `png_struct` and `png_info`).
final class ImageReader {
    private let codec: ImageCodec
    private let reader: OpaquePointer

    /// Reads from `source`, whose bytes must outlive the reader. Nil when out of memory.
    init?(codec: ImageCodec, source: attest_source) {
        guard let reader = codec.create(source) else { return nil }
        self.codec = codec
        self.reader = reader
    }

    deinit { codec.destroy(reader) }

    /// The library's words for the last failure or the first warning.
    private var message: String { codec.message(reader).map { String(cString: $0) } ?? "" }

    /// Bytes read from the source so far; skipped bytes are not counted.
    var bytesRead: Int { Int(codec.bytesRead(reader)) }

    func readHeader() throws(ImageReadFailure) -> ImageHeader {
        var raw = attest_image_header()
        if let failure = failure(codec.readHeader(reader, &raw)) { throw failure }
        return header(from: raw)
    }

    func decode() throws(ImageReadFailure) -> DecodeOutcome {
        var raw = attest_decode_result()
        if let failure = failure(codec.decode(reader, &raw)) { throw failure }
        return DecodeOutcome(imageEnd: Int(raw.image_end), warnings: Int(raw.warnings), firstWarning: message)
    }

    /// Nil for success, else the failure `status` reports, in the library's words.
    private func failure(_ status: attest_status) -> ImageReadFailure? {
        switch status {
        case ATTEST_OK: return nil
        case ATTEST_IO_ERROR: return .unreadable(message)
        case ATTEST_MEMORY_LIMIT: return .memoryLimit(limit: Int(ATTEST_DECODE_MEMORY_BYTES))
        default: return .damaged(message.isEmpty ? "the data cannot be decoded" : message)
        }
    }
}

private func header(from raw: attest_image_header) -> ImageHeader {
    ImageHeader(
        width: Int(raw.width),
        height: Int(raw.height),
        density: raw.has_density != 0 ? (Int(raw.density_unit), raw.x_density, raw.y_density) : nil,
        exif: raw.exif.map { Array(UnsafeBufferPointer(start: $0, count: raw.exif_length)) }
    )
}
