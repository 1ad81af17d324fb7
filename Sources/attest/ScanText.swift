import AttestCore
import ScanInspection

/// Inspection reports in words a clerk reads: one line per file, then a summary line.
enum ScanText {
    static func line(for report: ScanReport, language: Language) -> String {
        let ru = language == .ru
        var facts: [String] = []
        if let format = report.format { facts.append(format.rawValue.uppercased()) }
        if let width = report.pixelWidth, let height = report.pixelHeight {
            facts.append(ru ? "\(width)×\(height) пикс." : "\(width)×\(height) px")
        }
        if let dpi = report.dpi {
            facts.append(dpi.x == dpi.y ? "\(dpi.x) dpi" : "\(dpi.x)×\(dpi.y) dpi")
        }
        let verdict = report.accepted ? (ru ? "принят" : "accepted") : (ru ? "отклонён" : "rejected")
        var line = "\(escaped(report.path)): \(verdict)"
        if !facts.isEmpty { line += " (" + facts.joined(separator: ", ") + ")" }
        line += "."
        for problem in report.problems {
            let prefix = problem.severity == .warning ? (ru ? "Предупреждение: " : "Warning: ") : ""
            line += " " + prefix + problem.message(in: language)
        }
        return line
    }

    static func summary(_ summary: ScanSummary, language: Language) -> String {
        language == .ru
            ? "Файлов: \(summary.files); принято: \(summary.accepted), отклонено: \(summary.rejected)."
            : "\(summary.files) \(summary.files == 1 ? "file" : "files"): "
                + "\(summary.accepted) accepted, \(summary.rejected) rejected."
    }

    /// Keeps a report on one line even when a file name holds a line break or other control character.
    private static func escaped(_ path: String) -> String {
        String(path.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control
                ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined())
    }
}
