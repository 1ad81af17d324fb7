import AttestFuzzTargets
import Foundation
import Testing

/// The inputs the fuzzers kept (Fuzz/corpus: each reached code no other input did) and every
/// input that once crashed a target (Fuzz/regressions), run through their target again. A crash
/// ends the test run; under AddressSanitizer (Scripts/test-sanitized.sh) so does any bad access.
@Suite struct FuzzReplayTests {
    private static let fuzz = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static func files(_ folder: String, _ target: String) -> [URL] {
        let directory = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTargets.names)
    func keptInputsAndRegressionsRunCleanly(target: String) throws {
        let run = try #require(FuzzTargets.all[target])
        let corpus = Self.files("corpus", target)
        #expect(!corpus.isEmpty, "Fuzz/corpus/\(target) holds \(corpus.count) inputs: run Fuzz/run \(target) and Fuzz/keep \(target)")
        for input in corpus + Self.files("regressions", target) {
            run(Array(try Data(contentsOf: input)))
        }
    }

    /// Every folder of kept inputs belongs to a target that still exists.
    @Test func everyCorpusFolderNamesATarget() throws {
        for folder in ["corpus", "regressions"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.fuzz.appendingPathComponent(folder).path)) ?? []
            for name in names { #expect(FuzzTargets.all[name] != nil, "Fuzz/\(folder)/\(name) names no target") }
        }
    }
}
