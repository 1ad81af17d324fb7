import AttestCore
import FoundationEssentials

/// The objects of one PDF file, numbered from 1, serialized with a classic cross-reference table.
struct PDFFile {
    private var objects: [[UInt8]?] = []

    /// Reserves the next object number, for an object that refers to ones made after it.
    mutating func reserve() -> Int {
        objects.append(nil)
        return objects.count
    }

    /// Sets the body of a reserved object.
    mutating func set(_ number: Int, _ body: [UInt8]) {
        objects[number - 1] = body
    }

    mutating func set(_ number: Int, _ body: String) {
        set(number, Array(body.utf8))
    }

    /// Adds an object; returns its number.
    mutating func add(_ body: [UInt8]) -> Int {
        objects.append(body)
        return objects.count
    }

    mutating func add(_ body: String) -> Int {
        add(Array(body.utf8))
    }

    /// A stream object's body: `dictionary` (without its brackets) plus /Length, then the data.
    static func stream(_ dictionary: String, _ data: [UInt8]) -> [UInt8] {
        Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
    }

    /// The whole file: header, objects, cross-reference table, trailer.
    func serialized(root: Int, info: Int, id: [UInt8]) -> [UInt8] {
        // The second line's bytes above 127 tell transfer programs the file is binary.
        var output: [UInt8] = Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(output.count)
            output += Array("\(index + 1) 0 obj\n".utf8)
            output += body ?? Array("null".utf8)
            output += Array("\nendobj\n".utf8)
        }
        let startxref = output.count
        output += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            output += Array("\(zeroPadded(offset, 10)) 00000 n \n".utf8)
        }
        let hexID = PDFText.hex(id)
        output += Array("""
            trailer
            << /Size \(objects.count + 1) /Root \(root) 0 R /Info \(info) 0 R /ID [<\(hexID)> <\(hexID)>] >>
            startxref
            \(startxref)
            %%EOF

            """.utf8)
        return output
    }
}

/// How text is written into PDF syntax.
enum PDFText {
    /// A text string for the document information dictionary: UTF-16BE with its byte-order mark, in hex.
    static func string(_ text: String) -> String {
        "<FEFF" + text.utf16.map { hex4(UInt32($0)) }.joined() + ">"
    }

    /// A PDF date, `D:20261125000000Z`.
    static func date(_ date: CivilDate) -> String {
        "(D:\(zeroPadded(date.year, 4))\(zeroPadded(date.month, 2))\(zeroPadded(date.day, 2))000000Z)"
    }

    private static let digits = Array("0123456789ABCDEF".utf8)

    static func hex(_ bytes: [UInt8]) -> String {
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Four uppercase hex digits: a glyph id or a UTF-16 unit. (Foundation's String(format:) is
    /// far too slow for the thousands of numbers one page holds.)
    static func hex4(_ value: UInt32) -> String {
        String(decoding: [12, 8, 4, 0].map { digits[Int((value >> $0) & 0xF)] }, as: UTF8.self)
    }

    /// A number as PDF writes it: at most two decimals, no exponent.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(magnitude / 100) }
        let decimals = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(magnitude / 100) + "." + decimals
    }

    /// Text for XML, with its five special characters escaped.
    static func xml(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
