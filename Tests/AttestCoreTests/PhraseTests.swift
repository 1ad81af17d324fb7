import AttestCore
import Testing

@Suite struct PhraseTests {
    /// The places a phrase's words name, `{name}`, sorted.
    private func places(_ text: String) -> [String] {
        text.split(separator: "{", omittingEmptySubsequences: false).dropFirst()
            .compactMap { $0.split(separator: "}", maxSplits: 1).first.map(String.init) }.sorted()
    }

    @Test(arguments: Phrase.allCases)
    func everyPhraseHasWordsInEveryLanguageWithTheSamePlaces(phrase: Phrase) {
        let english = phrase.text(in: .en), russian = phrase.text(in: .ru)
        #expect(!english.isEmpty && !russian.isEmpty)
        #expect(places(english) == places(russian), "\(phrase)")
    }

    @Test func placesAreFilledInTheLanguageOfTheSentence() {
        let arguments: ProblemArguments = ["path": .text("scan.pdf"), "reason": .phrase(.noSuchFile)]
        #expect(Phrase.cannotReadInput.text(in: .en, arguments) == "cannot read scan.pdf: there is no such file")
        #expect(Phrase.cannotReadInput.text(in: .ru, arguments) == "не удаётся прочитать scan.pdf: такого файла нет")
    }

    @Test func aValueIsNeverReadAsAPlaceAndItsControlCharactersAreEscaped() {
        let arguments: ProblemArguments = ["path": .text("{reason}\u{1B}[2J"), "reason": .text("r")]
        #expect(Phrase.cannotReadInput.text(in: .en, arguments) == "cannot read {reason}\\u{1B}[2J: r")
    }

    @Test func aFilledPhraseIsAProblemsArgumentInEitherLanguage() {
        let reason = ProblemArgument.filled(.cannotReadInput, with: ["path": .text("scan.pdf"), "reason": .phrase(.itIsAFolder)])
        let problem = Problem(.corrupt, arguments: ["reason": reason])
        #expect(problem.message(in: .en) == "The file is damaged or incomplete (cannot read scan.pdf: it is a folder).")
        #expect(problem.message(in: .ru) == "Файл повреждён или неполон (не удаётся прочитать scan.pdf: это папка).")
        #expect(reason.text(in: .ru) == "не удаётся прочитать scan.pdf: это папка")
    }
}
