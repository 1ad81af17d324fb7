import Signing
import AttestCore
import FoundationEssentials

/// A PDF signature made in the first write: a signature dictionary with a fixed-width /ByteRange
/// and a zero-filled /Contents placeholder, filled in once the whole file exists, so no
/// incremental update is needed. PAdES baseline B: SubFilter ETSI.CAdES.detached, the time in /M.
struct PDFSignature {
    private static let byteRangeMarker = Array("/ByteRange [".utf8)
    private static let byteRangeWidth = 40  // room for "0 a b c" with three 10-digit numbers
    private static let contentsMarker = Array("/Contents <".utf8)

    let signer: CMSSigner
    /// Bytes reserved for the CMS signature: its certificates and a little over a signature.
    let reservedBytes: Int
    /// What the catalog gains: the form holding the signature field.
    let acroForm: String
    /// What the page gains: the signature field's (invisible) widget.
    let annotations: String

    init(signer: CMSSigner, time: Date, page: Int, file: inout PDFFile) {
        self.signer = signer
        reservedBytes = signer.certificateBytes + 1_536
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: time)
        let when = "D:\(zeroPadded(parts.year!, 4))\(zeroPadded(parts.month!, 2))\(zeroPadded(parts.day!, 2))"
            + "\(zeroPadded(parts.hour!, 2))\(zeroPadded(parts.minute!, 2))\(zeroPadded(parts.second!, 2))Z"
        let placeholder = String(repeating: " ", count: PDFSignature.byteRangeWidth)
        let dictionary = file.add("""
            << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached \
            /ByteRange [\(placeholder)] /Contents <\(String(repeating: "0", count: reservedBytes * 2))> \
            /M (\(when)) /Reason \(PDFText.string("Свидетельство о регистрации по месту пребывания")) >>
            """)
        let field = file.add("""
            << /Type /Annot /Subtype /Widget /FT /Sig /T (Issuer) /V \(dictionary) 0 R /Rect [0 0 0 0] /F 132 /P \(page) 0 R >>
            """)
        acroForm = " /AcroForm << /Fields [\(field) 0 R] /SigFlags 3 >>"
        annotations = " /Annots [\(field) 0 R]"
    }

    /// Fills in /ByteRange, then signs every byte but the /Contents hex string and writes the
    /// signature into it.
    func sign(_ file: [UInt8]) throws -> [UInt8] {
        guard let rangeAt = Self.find(Self.byteRangeMarker, in: file),
              let contentsAt = Self.find(Self.contentsMarker, in: file)
        else { throw CertificateError(.signaturePlaceholderMissing, .signaturePlaceholderMissing) }
        var output = file
        let holeStart = contentsAt + Self.contentsMarker.count - 1        // the '<'
        let holeEnd = holeStart + 2 + reservedBytes * 2                   // just past the '>'
        let ranges = "0 \(holeStart) \(holeEnd) \(output.count - holeEnd)"
        let padded = ranges + String(repeating: " ", count: Self.byteRangeWidth - ranges.count)
        let rangeStart = rangeAt + Self.byteRangeMarker.count
        output.replaceSubrange(rangeStart..<(rangeStart + Self.byteRangeWidth), with: Array(padded.utf8))

        let signed = Array(output[0..<holeStart] + output[holeEnd...])
        let signature = try signer.signCAdES(bytes: signed)
        guard signature.count <= reservedBytes else {
            throw CertificateError(.signatureTooLarge, .signatureOutgrewItsPlace, ["bytes": .text(String(signature.count))])
        }
        let hex = Array(PDFText.hex(signature).utf8)
        output.replaceSubrange((holeStart + 1)..<(holeStart + 1 + hex.count), with: hex)
        return output
    }

    private static func find(_ marker: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        return (0...(bytes.count - marker.count)).first { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}
