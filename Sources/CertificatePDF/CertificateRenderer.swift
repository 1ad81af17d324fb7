import AttestCore
import Signing
import FoundationEssentials
import Synchronization

/// Who issues certificates: the key that signs the QR payload and the PDF, its certificate, and
/// the chain to include. ECDSA P-256 or RSA-3072 for the PDF's CMS signature; the QR payload
/// needs P-256 (an RSA signature is too large for a QR code that scans well).
public struct CertificateIssuer: Sendable {
    let key: SigningKey
    let certificate: X509Certificate
    let signer: CMSSigner

    /// The issuer that signs with `key`, whose certificate is `certificate`, issued through `chain`.
    /// Throws `CertificateError.issuerKeyUnsupported` for a key that is not ecdsa-p256, and the
    /// signer's `SigningError` for a key the certificate was not issued for.
    public init(key: SigningKey, certificate: X509Certificate, chain: [X509Certificate] = []) throws {
        guard key.algorithm == .ecdsaP256 else { throw CertificateError(.issuerKeyUnsupported, .issuerKeyUnsupported) }
        self.key = key
        self.certificate = certificate
        signer = try CMSSigner(key: key, certificate: certificate, chain: chain)
    }
}

/// Renders certificates of registration at the place of stay as one-page A4 PDFs: text in an
/// embedded subset of the font, a QR code for offline checks, and with an issuer the issuer's
/// PAdES signature (SubFilter ETSI.CAdES.detached) over the whole file.
///
/// One renderer reads its font once; it may render on several threads at once, and keeps the
/// font subsets it has made, so a batch does not subset the font again for every certificate.
public final class CertificateRenderer: @unchecked Sendable {
    /// DejaVu Sans where Debian's fonts-dejavu-core puts it.
    public static let defaultFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

    private let font: OpenTypeFont
    private let issuer: CertificateIssuer?
    private let subsets = Mutex<[[UInt32]: EmbeddedFont]>([:])

    /// A renderer with the font at `fontPath`; with `issuer`, the QR payload carries the issuer's
    /// compact signature and the PDF the issuer's signature.
    public init(fontPath: String = defaultFontPath, issuer: CertificateIssuer? = nil) throws(CertificateError) {
        font = try OpenTypeFont(path: fontPath)
        self.issuer = issuer
    }

    /// The PDF of `data`, signed at `signingTime` when the renderer has an issuer. Throws
    /// `CertificateError` when the PDF or its QR code cannot be made, and the issuer's
    /// `SigningError` when signing fails.
    public func render(_ data: CertificateData, signingTime: Date = Date()) throws -> [UInt8] {
        let payload = try CertificateQR.payload(for: data, signer: issuer.map { ($0.key, $0.certificate) })
        var page = PageContent(font: font)
        CertificateLayout.draw(data, signed: issuer != nil, on: &page)
        guard let matrix = QRMatrix(payload) else { throw CertificateError(.qrPayloadTooLarge, .qrPayloadTooLarge) }
        CertificateLayout.drawQR(matrix, on: &page)

        let embedded = try embeddedFont(for: page.glyphs)
        var file = PDFFile()
        let catalog = file.reserve()
        let pages = file.reserve()
        let pageObject = file.reserve()
        let fontObject = embedded.write(into: &file, unicode: page.unicode)
        let contents = file.add(PDFFile.stream("/Filter /FlateDecode", Deflate.compress(page.bytes)))
        let metadata = file.add(PDFFile.stream("/Type /Metadata /Subtype /XML", Array(xmp(data, payload: payload).utf8)))
        var signature: PDFSignature?
        if let issuer {
            signature = PDFSignature(signer: issuer.signer, time: signingTime, page: pageObject, file: &file)
        }
        file.set(catalog, "<< /Type /Catalog /Pages \(pages) 0 R /Metadata \(metadata) 0 R /Lang (ru-RU)\(signature?.acroForm ?? "") >>")
        file.set(pages, "<< /Type /Pages /Kids [\(pageObject) 0 R] /Count 1 >>")
        file.set(pageObject, """
            << /Type /Page /Parent \(pages) 0 R /MediaBox [0 0 \(PDFText.number(PageContent.width)) \(PDFText.number(PageContent.height))] \
            /Resources << /Font << /F1 \(fontObject) 0 R >> >> /Contents \(contents) 0 R\(signature?.annotations ?? "") >>
            """)
        let info = file.add("""
            << /Title \(PDFText.string("Свидетельство о регистрации по месту пребывания № \(data.number)")) \
            /Author \(PDFText.string(data.issuer)) /Producer (Attest) /CreationDate \(PDFText.date(data.issuedAt)) \
            /AttestQRPayload (\(payload)) >>
            """)
        let id = try ContentDigest.digest(bytes: Array(payload.utf8) + page.bytes)
        let output = file.serialized(root: catalog, info: info, id: Array(id.prefix(16)))
        return try signature?.sign(output) ?? output
    }

    /// The font subset for `glyphs`, made once per glyph set.
    private func embeddedFont(for glyphs: Set<UInt32>) throws -> EmbeddedFont {
        let key = glyphs.sorted()
        if let cached = subsets.withLock({ $0[key] }) { return cached }
        let made = try EmbeddedFont(font: font, glyphs: key)
        subsets.withLock { $0[key] = made }
        return made
    }

    /// XMP metadata: title, issuer, date, and the QR payload, so it is inside what the signature covers.
    private func xmp(_ data: CertificateData, payload: String) -> String {
        """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:attest="https://attest.example/ns/1.0/">
        <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(PDFText.xml("Свидетельство о регистрации по месту пребывания № \(data.number)"))</rdf:li></rdf:Alt></dc:title>
        <dc:creator><rdf:Seq><rdf:li>\(PDFText.xml(data.issuer))</rdf:li></rdf:Seq></dc:creator>
        <xmp:CreateDate>\(data.issuedAt.iso)</xmp:CreateDate>
        <pdf:Producer>Attest</pdf:Producer>
        <attest:qrPayload>\(PDFText.xml(payload))</attest:qrPayload>
        </rdf:Description>
        </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="r"?>
        """
    }
}

/// A subset of the font as a PDF Type0 font: CIDFontType2, Identity-H, the subset's glyph ids
/// kept (CIDToGIDMap Identity), widths, and a ToUnicode map so text can be searched and copied.
struct EmbeddedFont {
    let name: String
    let program: [UInt8]
    let programLength: Int
    let widths: [(UInt32, Int)]
    let metrics: (ascent: Int, descent: Int, capHeight: Int, bbox: [Int])

    init(font: OpenTypeFont, glyphs: [UInt32]) throws {
        let subset = try font.subset(Set(glyphs))
        program = Deflate.compress(subset)
        programLength = subset.count
        widths = glyphs.map { ($0, font.advance(of: $0)) }
        metrics = font.metrics
        // A subset's name starts with six capital letters that depend on its glyphs.
        let digest = try ContentDigest.digest(bytes: glyphs.flatMap { withUnsafeBytes(of: $0.bigEndian, Array.init) })
        let tag = String(digest.prefix(6).map { Character(Unicode.Scalar(UInt8(65) + $0 % 26)) })
        name = tag + "+" + font.postScriptName
    }

    /// Writes the font's objects; returns the Type0 font's number.
    func write(into file: inout PDFFile, unicode: [UInt32: Unicode.Scalar]) -> Int {
        let program = file.add(PDFFile.stream("/Filter /FlateDecode /Length1 \(programLength)", self.program))
        let descriptor = file.add("""
            << /Type /FontDescriptor /FontName /\(name) /Flags 32 /FontBBox [\(metrics.bbox.map(String.init).joined(separator: " "))] \
            /ItalicAngle 0 /Ascent \(metrics.ascent) /Descent \(metrics.descent) /CapHeight \(metrics.capHeight) /StemV 80 \
            /FontFile2 \(program) 0 R >>
            """)
        let widthArray = widths.map { "\($0.0) [\($0.1)]" }.joined(separator: " ")
        let cidFont = file.add("""
            << /Type /Font /Subtype /CIDFontType2 /BaseFont /\(name) \
            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
            /FontDescriptor \(descriptor) 0 R /W [\(widthArray)] /CIDToGIDMap /Identity >>
            """)
        let toUnicode = file.add(PDFFile.stream("/Filter /FlateDecode", Deflate.compress(Array(cmap(unicode).utf8))))
        return file.add("""
            << /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H \
            /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>
            """)
    }

    private func cmap(_ unicode: [UInt32: Unicode.Scalar]) -> String {
        let entries = unicode.sorted { $0.key < $1.key }.map { glyph, scalar in
            "<\(PDFText.hex4(glyph))> <\(String(scalar).utf16.map { PDFText.hex4(UInt32($0)) }.joined())>"
        }
        var blocks: [String] = []
        var start = 0
        while start < entries.count {
            let block = entries[start..<min(start + 100, entries.count)]
            blocks.append("\(block.count) beginbfchar\n\(block.joined(separator: "\n"))\nendbfchar")
            start += 100
        }
        return """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            \(blocks.joined(separator: "\n"))
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """
    }
}
