import FoundationEssentials
import MultipartKit
import NIOCore

/// One part of a `multipart/form-data` body.
struct Part: Sendable {
    /// The form field's name (`Content-Disposition: form-data; name=…`).
    let name: String
    /// The file name the client gave, when it gave one.
    let filename: String?
    var bytes: [UInt8]
}

/// `multipart/form-data` (RFC 7578) read with MultipartKit's parser, every part held to a limit.
enum Multipart {
    /// The boundary of a `multipart/form-data` content type, or nil for another type.
    static func boundary(of contentType: String?) -> String? {
        guard let contentType, MediaType.essence(contentType) == "multipart/form-data" else { return nil }
        return MediaType.parameter("boundary", of: contentType)
    }

    /// The parts of `body`, each at most `limit(name)` bytes. Throws `ServiceError`: 413 naming the
    /// first part over its limit, 400 for a body that is not multipart, a part without a name, or a
    /// name given twice.
    static func parts(of body: ByteBuffer, boundary: String, limit: @escaping (String) -> Int) throws(ServiceError) -> [Part] {
        // A body of the closing delimiter alone holds no part (MultipartKit calls it a syntax error).
        if body.readableBytes <= boundary.utf8.count + 8,
           String(decoding: body.readableBytesView, as: UTF8.self).filter({ !$0.isWhitespace }) == "--\(boundary)--" {
            return []
        }
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var current: [UInt8] = []
        var failure: ServiceError?
        var name: String?
        parser.onHeader = { field, value in headers.append((field.lowercased(), value)) }
        parser.onBody = { chunk in
            guard failure == nil else { return }
            if name == nil {
                guard let disposition = headers.last(where: { $0.0 == "content-disposition" })?.1,
                      let given = MediaType.parameter("name", of: disposition) else {
                    failure = .malformed("a part has no Content-Disposition name")
                    return
                }
                name = given
            }
            let allowed = limit(name!)
            if current.count + chunk.readableBytes > allowed {
                failure = .tooLarge(limit: allowed, part: name!)
                return
            }
            current.append(contentsOf: chunk.readableBytesView)
        }
        parser.onPartComplete = {
            guard failure == nil else { return }
            let disposition = headers.last(where: { $0.0 == "content-disposition" })?.1
            guard let partName = name ?? disposition.flatMap({ MediaType.parameter("name", of: $0) }) else {
                failure = .malformed("a part has no Content-Disposition name")
                return
            }
            if parts.contains(where: { $0.name == partName }) {
                failure = ServiceError(.malformedRequest, .httpPartTwice, ["part": .text(partName)])
                return
            }
            parts.append(Part(name: partName, filename: disposition.flatMap { MediaType.parameter("filename", of: $0) }, bytes: current))
            (headers, current, name) = ([], [], nil)
        }
        do {
            try parser.execute(body)
        } catch {
            throw ServiceError(.malformedRequest, .httpNotMultipart, ["reason": .text("\(error)")])
        }
        if let failure { throw failure }
        return parts
    }
}

/// Media types and header parameters as RFC 9110 writes them: `type/subtype; name=value; name="value"`.
enum MediaType {
    /// `type/subtype`, lowercase, without parameters.
    static func essence(_ value: String) -> String {
        var essence: [UInt8] = []
        for byte in value.utf8 {
            if byte == UInt8(ascii: ";") { break }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            essence.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        return String(decoding: essence, as: UTF8.self)
    }

    /// The value of the parameter `name` (case-insensitive), unquoted.
    static func parameter(_ name: String, of value: String) -> String? {
        for item in value.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].filter({ $0 != " " && $0 != "\t" }).lowercased() == name.lowercased() else { continue }
            var found = Substring(pair[1]).drop { $0 == " " || $0 == "\t" }
            while found.last == " " || found.last == "\t" { found = found.dropLast() }
            if found.count >= 2, found.first == "\"", found.last == "\"" {
                return String(found.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            return String(found)
        }
        return nil
    }
}
