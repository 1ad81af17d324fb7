import FoundationEssentials

/// The content stream of one A4 page, in PDF points, with the glyphs its text uses.
struct PageContent {
    static let width = 595.28
    static let height = 841.89

    let font: OpenTypeFont
    private(set) var bytes: [UInt8] = []
    /// Every glyph drawn, and the character each stands for (for the ToUnicode map).
    private(set) var glyphs: Set<UInt32> = []
    private(set) var unicode: [UInt32: Unicode.Scalar] = [:]

    init(font: OpenTypeFont) { self.font = font }

    mutating func append(_ operators: String) {
        bytes += Array(operators.utf8)
        bytes.append(0x0A)
    }

    /// The width of `text` at `size` points.
    func measure(_ text: String, size: Double) -> Double {
        let units = text.unicodeScalars.reduce(0) { $0 + font.advance(of: font.glyph(for: $1) ?? 0) }
        return Double(units) * size / 1000
    }

    /// Draws `text` with its baseline starting at (x, y); `gray` 0 is black.
    mutating func text(_ text: String, x: Double, y: Double, size: Double, gray: Double = 0) {
        var hex = ""
        for scalar in text.unicodeScalars {
            let glyph = font.glyph(for: scalar) ?? 0
            glyphs.insert(glyph)
            if glyph != 0 { unicode[glyph] = scalar }
            hex += PDFText.hex4(glyph)
        }
        append("BT /F1 \(PDFText.number(size)) Tf \(PDFText.number(gray)) g 1 0 0 1 \(PDFText.number(x)) \(PDFText.number(y)) Tm <\(hex)> Tj ET")
    }

    /// Splits `text` into lines no wider than `width` at `size`, breaking between words.
    func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if measure(candidate, size: size) <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

/// Where everything goes on the certificate: an official-looking page, title, the holder and the
/// registration's facts as labelled fields, the issuer, a signature line, the QR code.
enum CertificateLayout {
    private static let margin = 56.69  // 20 mm
    private static let qrSide = 107.72  // 38 mm, scannable from a 150 dpi rendering
    private static var textWidth: Double { PageContent.width - 2 * margin }

    static func draw(_ data: CertificateData, signed: Bool, on page: inout PageContent) {
        // A double frame.
        page.append("0.2 G 1.2 w 28.35 28.35 538.58 785.19 re S 0.6 w 32.6 32.6 530.08 776.69 re S")

        var y = PageContent.height - 90
        centered("МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ", y: y, size: 9, gray: 0.3, on: &page)
        y -= 40
        centered("СВИДЕТЕЛЬСТВО", y: y, size: 22, on: &page)
        y -= 22
        centered("о регистрации по месту пребывания", y: y, size: 13, on: &page)
        y -= 22
        centered("№ \(data.number)", y: y, size: 13, on: &page)
        y -= 18
        page.append("0.6 G 0.5 w \(PDFText.number(margin)) \(PDFText.number(y)) m \(PDFText.number(PageContent.width - margin)) \(PDFText.number(y)) l S")
        y -= 34

        let fields: [(String, String)] = [
            ("Выдано", data.holderFullName),
            ("Дата рождения", data.holderBirthDate.display),
            ("Документ, удостоверяющий личность", data.holderDocument),
            ("Зарегистрирован(а) по месту пребывания по адресу", data.address),
            ("Срок регистрации", "с \(data.validFrom.display) по \(data.validUntil.display)"),
            ("Орган регистрационного учёта", data.issuer),
            ("Дата выдачи", data.issuedAt.display),
        ]
        for (label, value) in fields {
            page.text(label, x: margin, y: y, size: 9, gray: 0.4)
            y -= 17
            for line in page.wrap(value, width: textWidth, size: 13) {
                page.text(line, x: margin, y: y, size: 13)
                y -= 17
            }
            y -= 12
        }

        // The signature line, beside the QR code at the foot of the page.
        let foot = margin + 40
        page.text("Должностное лицо", x: margin, y: foot + 60, size: 9, gray: 0.4)
        page.append("0 G 0.5 w \(PDFText.number(margin)) \(PDFText.number(foot + 40)) m \(PDFText.number(margin + 200)) \(PDFText.number(foot + 40)) l S")
        page.text("(подпись)", x: margin + 80, y: foot + 28, size: 8, gray: 0.4)
        let note = signed
            ? "Подлинность проверяется по QR-коду: данные в нём подписаны ключом органа, выдавшего свидетельство."
            : "Свидетельство не подписано электронной подписью."
        for (index, line) in page.wrap(note, width: 280, size: 8).enumerated() {
            page.text(line, x: margin, y: foot - Double(index) * 11, size: 8, gray: 0.3)
        }
    }

    /// The QR code at the bottom right, as vector squares, with a quiet zone of four modules.
    static func drawQR(_ matrix: QRMatrix, on page: inout PageContent) {
        let module = qrSide / Double(matrix.size + 8)
        let left = PageContent.width - margin - qrSide
        let bottom = margin
        page.append("1 g \(PDFText.number(left)) \(PDFText.number(bottom)) \(PDFText.number(qrSide)) \(PDFText.number(qrSide)) re f 0 g")
        var rectangles: [String] = []
        for row in 0..<matrix.size {
            var column = 0
            while column < matrix.size {
                guard matrix.isDark(row: row, column: column) else { column += 1; continue }
                var run = 1
                while column + run < matrix.size && matrix.isDark(row: row, column: column + run) { run += 1 }
                let x = left + Double(column + 4) * module
                let y = bottom + qrSide - Double(row + 5) * module
                rectangles.append("\(PDFText.number(x)) \(PDFText.number(y)) \(PDFText.number(Double(run) * module)) \(PDFText.number(module)) re")
                column += run
            }
        }
        page.append(rectangles.joined(separator: " ") + " f")
        page.text("Проверка подлинности", x: left + 4, y: bottom + qrSide + 6, size: 8, gray: 0.3)
    }

    private static func centered(_ text: String, y: Double, size: Double, gray: Double = 0, on page: inout PageContent) {
        let width = page.measure(text, size: size)
        page.text(text, x: (PageContent.width - width) / 2, y: y, size: size, gray: gray)
    }
}
