import AttestCore

/// What inspecting one uploaded file found.
///
/// Every report has the same keys when encoded, null where they do not apply.
public struct ScanReport: Sendable {
    /// The path as the caller named it (an argument joined with a path inside a directory), or
    /// the name given to bytes in memory.
    public var path: String
    /// The accepted format the content is, or nil when it is none of them.
    public var format: ScanFormat?
    /// The file's size in bytes, or nil when it could not be read.
    public var bytes: Int?
    /// The image's width in pixels (for a PDF, that of the image that set its resolution).
    public var pixelWidth: Int?
    /// The image's height in pixels.
    public var pixelHeight: Int?
    /// The resolution the rules were checked against, or nil when unknown.
    public var dpi: Resolution?
    /// Every resolution the file states, by source, so a clerk can see why `dpi` won.
    public var resolutions: [Resolution]
    /// The number of pages of a PDF; nil for images.
    public var pages: Int?
    /// Everything wrong with the file, errors and warnings, in the order the checks ran.
    public var problems: [Problem]
    /// Bytes read from the file to reach this verdict (for showing that header checks read little).
    var bytesExamined: Int = 0

    init(path: String) {
        self.path = path
        self.resolutions = []
        self.problems = []
    }

    /// Whether the file passes the rules: it has no problem of severity error.
    public var accepted: Bool { !problems.containsError }
}

extension ScanReport: JSONStreamable {
    /// Every key in the documented order, null where a value does not apply.
    @inlinable
    public func write(to json: inout some JSONSink, in language: Language) {
        json.beginObject()
        json.member("path", path)
        json.member("accepted", accepted)
        json.member("format", format?.rawValue)
        json.member("bytes", bytes)
        json.member("pixelWidth", pixelWidth)
        json.member("pixelHeight", pixelHeight)
        json.member("dpi", dpi, in: language)
        json.member("resolutions", resolutions, in: language)
        json.member("pages", pages)
        json.member("problems", problems, in: language)
        json.endObject()
    }
}
