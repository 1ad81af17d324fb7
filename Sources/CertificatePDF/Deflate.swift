// Every call into zlib is in this file.

internal import CZlib

/// zlib compression, as PDF's /FlateDecode reads it.
enum Deflate {
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, bytes, uLong(bytes.count), 9)
        precondition(status == Z_OK, "zlib could not compress into a buffer of compressBound's size")
        output.removeSubrange(Int(length)...)
        return output
    }
}
