import AttestCore

/// Where a resolution was read from.
public enum ResolutionSource: String, Sendable, Hashable {
    /// The density of a JPEG's JFIF APP0 segment.
    case jfif
    /// XResolution/YResolution/ResolutionUnit of a JPEG's EXIF APP1 segment.
    case exif
    /// A PNG's pHYs chunk.
    case pngPhys = "png-phys"
    /// An image placed on a PDF page, at the size the page draws it.
    case pdfImage = "pdf-image"
}

/// A resolution in whole dots per inch on each axis, and where it was read.
public struct Resolution: Sendable, Hashable {
    /// Horizontal resolution, dots per inch.
    public let x: Int
    /// Vertical resolution, dots per inch.
    public let y: Int
    /// Where the resolution was read.
    public let source: ResolutionSource
    /// For an image on a PDF page, the page's number (from 1).
    public let page: Int?

    /// Makes a resolution of `x` by `y` dpi read from `source` (on `page` of a PDF).
    public init(x: Int, y: Int, source: ResolutionSource, page: Int? = nil) {
        self.x = x
        self.y = y
        self.source = source
        self.page = page
    }

    /// The lower of the two axes: a scan is only as fine as its coarser direction.
    public var lowerAxis: Int { min(x, y) }

    /// "300" when both axes agree, "300×150" when they differ.
    var description: String { x == y ? "\(x)" : "\(x)×\(y)" }
}

extension Resolution: JSONStreamable {
    /// `{"x", "y", "source"}`, and `page` for an image on a PDF page.
    @inlinable
    public func write(to json: inout some JSONSink, in language: Language) {
        json.beginObject()
        json.member("x", x)
        json.member("y", y)
        json.member("source", source.rawValue)
        if let page { json.member("page", page) }
        json.endObject()
    }
}

/// Conversions to whole dpi, rounding to nearest (half up), so that 11811 px/m and 118 dots/cm
/// both give 300. A zero or non-finite density states nothing and gives nil.
enum DotsPerInch {
    static func fromPixelsPerMetre(_ value: UInt32) -> Int? {
        value == 0 ? nil : Int((UInt64(value) * 254 + 5_000) / 10_000)
    }

    static func fromDotsPerCentimetre(_ value: UInt32) -> Int? {
        value == 0 ? nil : Int((UInt64(value) * 254 + 50) / 100)
    }

    static func fromDotsPerInch(_ value: UInt32) -> Int? {
        value == 0 ? nil : Int(value)
    }

    /// A TIFF RATIONAL (numerator over denominator) in inches or, when `perCentimetre`, centimetres.
    static func fromRational(_ numerator: UInt32, _ denominator: UInt32, perCentimetre: Bool) -> Int? {
        guard numerator != 0, denominator != 0 else { return nil }
        let perUnit = Double(numerator) / Double(denominator)
        let dpi = (perCentimetre ? perUnit * 2.54 : perUnit).rounded(.toNearestOrAwayFromZero)
        return dpi >= 1 ? Int(dpi) : nil
    }
}
