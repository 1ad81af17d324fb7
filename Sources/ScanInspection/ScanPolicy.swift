/// The upload rules a scan is held to, and how deeply it is read.
public struct ScanPolicy: Sendable, Hashable {
    /// The largest accepted file, in bytes. A larger file still gets its header checks.
    public var maxBytes: Int
    /// The lowest accepted resolution on either axis, in dots per inch.
    public var minimumDPI: Int
    /// The most pixels an image may declare; a larger one is never decoded.
    public var maxPixels: Int
    /// Whether to decode the whole image (to find damaged data and bytes hidden after its end)
    /// instead of reading only its headers.
    public var decodesImageData: Bool

    /// Makes a policy; the defaults are the service's rules: 5 MiB, 300 dpi, 100 megapixels,
    /// headers only.
    public init(
        maxBytes: Int = 5 * 1024 * 1024,
        minimumDPI: Int = 300,
        maxPixels: Int = 100_000_000,
        decodesImageData: Bool = false
    ) {
        self.maxBytes = maxBytes
        self.minimumDPI = minimumDPI
        self.maxPixels = maxPixels
        self.decodesImageData = decodesImageData
    }

    /// How much of a PDF is read; tests lower it to reach each bound with a small file.
    var pdfLimits = PDFLimits.standard

    /// The service's rules: at most 5 MiB (5,242,880 bytes), at least 300 dpi, at most 100 megapixels.
    public static let standard = ScanPolicy()
}
