// Every call into libqrencode is in this file.

internal import CQREncode

/// The modules of a QR code, dark or light, row by row.
struct QRMatrix {
    let size: Int
    let dark: [Bool]

    /// Encodes `text` at error-correction level M; libqrencode picks the smallest version and puts
    /// runs of alphanumeric characters (all of Base45) in alphanumeric mode.
    init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        size = Int(code.pointee.width)
        // Bit 0 of each byte says whether the module is dark.
        dark = (0..<(size * size)).map { code.pointee.data[$0] & 1 == 1 }
    }

    func isDark(row: Int, column: Int) -> Bool { dark[row * size + column] }
}
