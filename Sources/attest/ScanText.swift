import AttestCore
import ScanInspection

/// Inspection reports in words a clerk reads: one line per file, then a summary line.
enum ScanText {
    static func line(for report: ScanReport, language: Language) -> String {
        var facts: [String] = []
        if let format = report.format { facts.append(format.rawValue.uppercased()) }
        if let width = report.pixelWidth, let height = report.pixelHeight {
            facts.append("\(width)×\(height) " + Phrase.pixels.text(in: language))
        }
        if let dpi = report.dpi {
            facts.append(dpi.x == dpi.y ? "\(dpi.x) dpi" : "\(dpi.x)×\(dpi.y) dpi")
        }
        let verdict = (report.accepted ? Phrase.scanAccepted : .scanRejected).text(in: language)
        var line = "\(escaped(report.path)): \(verdict)"
        if !facts.isEmpty { line += " (" + facts.joined(separator: ", ") + ")" }
        line += "."
        for problem in report.problems {
            let message = problem.message(in: language)
            line += " " + (problem.severity == .warning ? Phrase.warning.text(in: language, ["message": .text(message)]) : message)
        }
        return line
    }

    /// Counts as written, without grouping, so a script can read them back.
    static func summary(_ summary: ScanSummary, language: Language) -> String {
        (summary.files == 1 ? Phrase.oneFileInspected : .filesInspectedSummary).text(in: language, [
            "files": .text(String(summary.files)), "accepted": .text(String(summary.accepted)),
            "rejected": .text(String(summary.rejected)),
        ])
    }

    /// Keeps a report on one line even when a file name holds a line break or other control character.
    private static func escaped(_ path: String) -> String {
        String(path.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control
                ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined())
    }
}
