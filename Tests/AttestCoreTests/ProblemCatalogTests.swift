import AttestCore
import Foundation
import Testing

@Suite struct ProblemCatalogTests {
    @Test(arguments: ProblemCode.allCases)
    func everyCodeHasAMessageInEveryLanguage(code: ProblemCode) {
        for language in Language.allCases {
            let message = ProblemCatalog.message(for: code, arguments: [:], language: language)
            #expect(!message.isEmpty)
            #expect(message.hasSuffix("."), "\(code) in \(language)")
        }
        let english = ProblemCatalog.message(for: code, arguments: [:], language: .en)
        let russian = ProblemCatalog.message(for: code, arguments: [:], language: .ru)
        #expect(english != russian)
        #expect(russian.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
    }

    @Test(arguments: ProblemCode.allCases)
    func codesAreKebabCase(code: ProblemCode) {
        #expect(code.rawValue.allSatisfy { $0.isLowercase || $0 == "-" })
    }

    @Test func argumentsFillPlaceholdersOnce() {
        let problem = Problem(.corrupt, arguments: ["reason": .text("{reason} stays")])
        #expect(problem.message(in: .en) == "The file is damaged or incomplete ({reason} stays).")
    }

    @Test func numbersAreGroupedAsTheLanguageWritesThem() {
        let problem = Problem(.tooLarge, arguments: ["bytes": .number(6_501_234), "limit": .number(5_242_880)])
        #expect(problem.message(in: .en) == "The file is 6,501,234 bytes, over the limit of 5,242,880 bytes.")
        #expect(problem.message(in: .ru) == "Размер файла 6\u{00A0}501\u{00A0}234 Б превышает допустимые 5\u{00A0}242\u{00A0}880 Б.")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (100_000, "100,000"), (-1_000, "-1,000"),
                      (Int.max, "9,223,372,036,854,775,807")])
    func groupingAtEveryLength(value: Int, english: String) {
        let problem = Problem(.tooLarge, arguments: ["bytes": .number(value), "limit": .number(value)])
        #expect(problem.message(in: .en) == "The file is \(english) bytes, over the limit of \(english) bytes.")
        let russian = english.replacingOccurrences(of: ",", with: "\u{00A0}")
        #expect(problem.message(in: .ru) == "Размер файла \(russian) Б превышает допустимые \(russian) Б.")
    }

    @Test func severityComesFromTheCatalogUnlessGiven() {
        #expect(Problem(.trailingData).severity == .warning)
        #expect(Problem(.lowResolution).severity == .error)
        #expect(Problem(.trailingData, severity: .error).severity == .error)
    }

    @Test func encodesTheOneShapeInTheChosenLanguage() {
        let inner = Problem(.corrupt, arguments: ["reason": .text("bad")])
        let problem = Problem(.emptyFile, document: "passport", problems: [inner])
        #expect(problem.json(in: .ru).serialized() == #"{"code":"empty-file","severity":"error","message":"Файл пуст.","#
            + #""document":"passport","problems":[{"code":"corrupt","severity":"error","message":"Файл повреждён или неполон (bad)."}]}"#)
    }

    @Test func languageFollowsThePosixLocaleOrder() {
        #expect(Language.preferred(by: [:]) == .en)
        #expect(Language.preferred(by: ["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(Language.preferred(by: ["LANG": "ru_RU.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(Language.preferred(by: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU"]) == .ru)
        #expect(Language.preferred(by: ["LC_ALL": "", "LANG": "ru"]) == .ru)
    }
}

@Suite struct JSONValueTests {
    @Test func keysKeepTheirOrderAndStringsAreEscaped() {
        let value = JSONValue.members([
            "z": .string("quote \" backslash \\ newline \n tab \t bell \u{07} Я /"),
            "a": .array([.int(-1), .bool(true), .null]),
            "empty": .array([]),
        ])
        #expect(value.serialized() == #"{"z":"quote \" backslash \\ newline \n tab \t bell \u0007 Я /","a":[-1,true,null],"empty":[]}"#)
        #expect(value.serialized(pretty: true) == """
            {
              "z": "quote \\" backslash \\\\ newline \\n tab \\t bell \\u0007 Я /",
              "a": [
                -1,
                true,
                null
              ],
              "empty": []
            }
            """)
    }

    @Test func outputParsesWithFoundation() throws {
        let value = JSONValue.members(["text": .string("\u{00}\u{1F}\"\\é😀"), "n": .int(Int.min)])
        let parsed = try JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: Any]
        #expect(parsed?["text"] as? String == "\u{00}\u{1F}\"\\é😀")
        #expect(parsed?["n"] as? Int == Int.min)
    }

    @Test func theStreamingWriterWritesWhatTheTreeSerializes() {
        // A message composed in place that needs escaping after the fact, numbers grouped in
        // place, and a nested problem: byte for byte what the tree's serializer writes.
        let inner = Problem(.corrupt, arguments: ["reason": .text("quote \" backslash \\ newline \n bell \u{07}")])
        let problem = Problem(.tooLarge, arguments: ["bytes": .number(-6_501_234), "limit": .number(999)],
                              document: "scan \"1\"", problems: [inner])
        for language in Language.allCases {
            let output = OutputBuffer(capacity: 16)
            output.append("prefix ")
            var json = JSONWriter(into: output)
            problem.write(to: &json, in: language)
            #expect(String(decoding: output.bytes, as: UTF8.self) == "prefix " + problem.json(in: language).serialized())
        }
        #expect(problem.message(in: .en) == "The file is -6,501,234 bytes, over the limit of 999 bytes.")
    }
}

