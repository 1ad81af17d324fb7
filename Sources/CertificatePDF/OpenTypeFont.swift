// Every call into HarfBuzz is in this file.

import AttestCore
import FoundationEssentials
internal import CHarfBuzz

/// A TrueType/OpenType font read by HarfBuzz; owns its `hb_blob_t`, `hb_face_t` and `hb_font_t`.
/// Read-only once loaded, so renderers on several threads may share it.
final class OpenTypeFont: @unchecked Sendable {
    private let blob: OpaquePointer
    private let face: OpaquePointer
    private let font: OpaquePointer
    /// Font units per em.
    let unitsPerEm: Int
    /// The PostScript name, e.g. `DejaVuSans`.
    let postScriptName: String

    init(path: String) throws(CertificateError) {
        guard let blob = hb_blob_create_from_file_or_fail(path) else {
            throw CertificateError(.fontUnreadable, .fontUnreadable, ["path": .text(path)])
        }
        guard let face = hb_face_create(blob, 0), hb_face_get_glyph_count(face) > 0 else {
            hb_blob_destroy(blob)
            throw CertificateError(.notAFont, .notAFont, ["path": .text(path)])
        }
        self.blob = blob
        self.face = face
        font = hb_font_create(face)
        unitsPerEm = Int(hb_face_get_upem(face))
        var name = [CChar](repeating: 0, count: 128)
        var length = UInt32(name.count)
        hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), hb_language_from_string("en", -1), &length, &name)
        let found = String(decoding: name.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        postScriptName = found.isEmpty ? "Font" : found.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// The glyph the font's cmap gives `scalar`, or nil when it has none.
    func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 ? glyph : nil
    }

    /// The glyph's advance in thousandths of an em, as PDF widths are given.
    func advance(of glyph: UInt32) -> Int {
        Int(hb_font_get_glyph_h_advance(font, glyph)) * 1000 / unitsPerEm
    }

    /// Metrics in thousandths of an em: ascender, descender, cap height, bounding box.
    var metrics: (ascent: Int, descent: Int, capHeight: Int, bbox: [Int]) {
        func metric(_ tag: hb_ot_metrics_tag_t) -> Int {
            var value: hb_position_t = 0
            hb_ot_metrics_get_position(font, tag, &value)
            return Int(value) * 1000 / unitsPerEm
        }
        var extents = hb_glyph_extents_t()
        var box = [0, 0, 0, 0]
        // The bounding box of the whole font is that of the head table; .notdef's is a fair floor.
        if hb_font_get_glyph_extents(font, 0, &extents) != 0 {
            box = [Int(extents.x_bearing), Int(extents.y_bearing + extents.height),
                   Int(extents.x_bearing + extents.width), Int(extents.y_bearing)].map { $0 * 1000 / unitsPerEm }
        }
        let ascent = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER)
        let descent = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER)
        return (ascent, descent, metric(HB_OT_METRICS_TAG_CAP_HEIGHT),
                [min(box[0], -1000), min(box[1], descent), max(box[2], 2000), max(box[3], ascent)])
    }

    /// A copy of the font holding only `glyphs` (and .notdef), with their ids unchanged (so a PDF's
    /// CIDToGIDMap stays Identity) and without hinting instructions (a smaller file).
    func subset(_ glyphs: Set<UInt32>) throws(CertificateError) -> [UInt8] {
        guard let input = hb_subset_input_create_or_fail() else { throw CertificateError(.fontSubsetFailed, .fontOutOfMemory) }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        hb_set_add(set, 0)
        for glyph in glyphs { hb_set_add(set, glyph) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let subset = hb_subset_or_fail(face, input) else { throw CertificateError(.fontSubsetFailed, .fontCannotBeSubset) }
        defer { hb_face_destroy(subset) }
        guard let data = hb_face_reference_blob(subset) else { throw CertificateError(.fontSubsetFailed, .fontSubsetEmpty) }
        defer { hb_blob_destroy(data) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(data, &length), length > 0 else {
            throw CertificateError(.fontSubsetFailed, .fontSubsetEmpty)
        }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }
}
