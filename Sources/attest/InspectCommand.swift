import AttestCore
import ArgumentParser
import ScanInspection

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Check uploaded scans: format by content, size, resolution.",
        discussion: """
            Each file must be a PDF, JPEG or PNG by its content, at most 5 MiB, and at least \
            300 dpi on both axes. Every problem of every file is listed. Directories are walked \
            recursively in byte order of the path (hidden files included, symbolic links not \
            followed); - reads standard input.

            Exit status: 0 when every file is accepted, 1 when any is rejected, 64 on a usage error.

            Examples:
              attest inspect SampleScans
              attest inspect --format json --deep passport.jpg lease.png
              attest inspect --jobs 4 --format jsonl uploads/ > reports.jsonl
              curl -s https://example.org/scan.png | attest inspect -
            """
    )

    @Option(help: "The largest accepted file, in bytes.")
    var maxBytes: Int = ScanPolicy.standard.maxBytes

    @Option(name: .customLong("min-dpi"), help: "The lowest accepted resolution on either axis, in dpi.")
    var minimumDPI: Int = ScanPolicy.standard.minimumDPI

    @Option(help: "The most pixels an image may declare; larger images are never decoded.")
    var maxPixels: Int = ScanPolicy.standard.maxPixels

    @Flag(help: "Decode the whole image to find damaged data and bytes hidden after its end.")
    var deep = false

    @Option(name: [.short, .long], help: "How many files to inspect at once (default: one per CPU this process may use).")
    var jobs: Int?

    @OptionGroup var output: OutputOptions

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes.") }
        guard minimumDPI > 0 else { throw ValidationError("--min-dpi must be a positive number of dots per inch.") }
        guard maxPixels > 0 else { throw ValidationError("--max-pixels must be a positive number of pixels.") }
        guard (jobs ?? 1) > 0 else { throw ValidationError("--jobs must be a positive number of files.") }
    }

    func run() throws {
        let policy = ScanPolicy(
            maxBytes: maxBytes, minimumDPI: minimumDPI, maxPixels: maxPixels, decodesImageData: deep)
        let jobs = jobs ?? ScanBatch.usableCPUs
        let language = output.language
        let format = output.format
        let progress = Progress(noun: Phrase.filesInspected.text(in: language))
        let out = StandardOutput()
        var summary = ScanSummary()
        var reports: [JSONValue] = []
        if format == .json {
            ScanBatch.inspect(paths, policy: policy, jobs: jobs, render: { $0.json(in: language) }, progress: progress.update) {
                summary.count(accepted: $0)
                reports.append($1)
            }
        } else {
            // Text and JSON Lines: a line per file, written wherever the file is inspected.
            try ScanBatch.inspectLines(paths, policy: policy, jobs: jobs, render: { report, line in
                if format == .text {
                    line.append(utf8Of: ScanText.line(for: report, language: language))
                } else {
                    var json = JSONWriter(into: line)
                    report.write(to: &json, in: language)
                }
            }, progress: progress.update) { accepted, line in
                summary.count(accepted: accepted)
                try out.writeLine(line)
            }
        }
        progress.finish()
        switch format {
        case .text: try out.writeLine(ScanText.summary(summary, language: language))
        case .json:
            let document = JSONValue.members(["summary": summary.json(in: language), "reports": .array(reports)])
            try out.writeLine(document.serialized(pretty: true))
        case .jsonl: break
        }
        try out.flush()
        if summary.rejected > 0 { throw ExitCode(1) }
    }
}
