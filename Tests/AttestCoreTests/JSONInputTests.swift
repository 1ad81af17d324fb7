import AttestCore
import Testing

/// Every JSON door is strict: what Attest reads must read the same in any other JSON reader.
@Suite struct JSONInputTests {
    private func refused(_ text: String) -> Bool {
        (try? JSONInput(parsing: Array(text.utf8))) == nil
    }

    @Test func aMemberGivenTwiceIsRefused() {
        #expect(refused(#"{"name":"a","name":"b"}"#))
        #expect(refused(#"{"outer":{"to":"a","to":"b"}}"#))
        #expect(!refused(#"{"outer":{"to":"a"},"inner":{"to":"b"}}"#))
    }

    @Test func aByteOrderMarkIsRefused() {
        #expect((try? JSONInput(parsing: [0xEF, 0xBB, 0xBF] + Array("{}".utf8))) == nil)
    }

    @Test func bytesThatAreNotUTF8AreRefused() {
        #expect((try? JSONInput(parsing: Array(#"{"name":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8))) == nil)
        #expect((try? JSONInput(parsing: Array(#"{"name":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8))) == nil)
        #expect(refused(#"{"name":"\ud800"}"#))
    }

    @Test func integersAreIntegersOnlyAsWritten() throws {
        #expect(try JSONInput(parsing: Array("3".utf8)) == .int(3))
        #expect(try JSONInput(parsing: Array("3.0".utf8)) != .int(3))
        #expect(try JSONInput(parsing: Array("3e0".utf8)) != .int(3))
    }

    @Test func malformedDocumentsAreRefused() {
        for text in ["", "{", "[1,]", "{\"a\":1,}", "01", "1 2", "\"a\tb\"", "{'a':1}", "nul", "[1] x", "-", "1.", ".5", "\"\\x\""] {
            #expect(refused(text), "\(text)")
        }
    }

    @Test func theErrorNamesThePlace() throws {
        do {
            _ = try JSONInput(parsing: Array(#"{"application":{"owners":[{"snils":"1","snils":"2"}]}}"#.utf8))
            Issue.record("accepted")
        } catch {
            #expect("\(error)" == #"application.owners[0]: gives the member "snils" twice"#)
        }
    }

    /// A member the document does not define is refused, named by its place: a misspelt optional
    /// field would otherwise be dropped without a word. A dictionary takes any name.
    @Test func aMemberTheTypeDoesNotKnowIsRefused() throws {
        struct Person: Decodable { var name: String; var patronymic: String? }
        struct Form: Decodable { var people: [Person]; var notes: [String: String] }
        let known = try JSONInput.decode(Form.self, from: Array(#"{"people":[{"name":"a"}],"notes":{"any":"b"}}"#.utf8))
        #expect(known.notes == ["any": "b"])
        let refused = #expect(throws: InputError.self) {
            _ = try JSONInput.decode(Form.self, from: Array(#"{"people":[{"name":"a","patronimyc":"b"}],"notes":{}}"#.utf8))
        }
        #expect(refused?.field == "people[0].patronimyc")
        #expect(refused?.message(in: .en) == "people[0].patronimyc: is not a field this document has")
    }
}
