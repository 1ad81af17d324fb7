import AttestCore
import Testing

/// Every kind of failure says the same thing at every door: the exit status the conventions give
/// it on the command line, and an HTTP status that is a client's or a server's error.
@Suite struct FailureKindTests {
    /// The exit statuses the README gives, by kind: the BSD sysexits, 1 for a failure they have
    /// no status for, 3 for an illegal step.
    private let conventions: [FailureKind: Int32] = [
        .usage: 64, .malformedInput: 65, .invalidInput: 65, .tooLarge: 65, .unreadableInput: 66,
        .outputExists: 73, .cannotCreateOutput: 73, .ioError: 74, .refused: 1, .illegalMove: 3, .internalFailure: 1,
    ]

    @Test(arguments: FailureKind.allCases)
    func everyKindHasTheConventionsExitStatusAndAnHTTPError(kind: FailureKind) {
        #expect(kind.exitStatus == conventions[kind], "\(kind)")
        #expect((400..<600).contains(kind.httpStatus), "\(kind)")
    }

    @Test func badInputIsNeverAServerError() {
        for kind in [FailureKind.usage, .malformedInput, .invalidInput, .tooLarge, .unreadableInput] {
            #expect((400..<500).contains(kind.httpStatus), "\(kind)")
        }
    }

    /// Errors compare by code alone, so callers and tests match what failed, not its words.
    @Test func errorsAreEqualWhenTheirCodesAre() {
        let one = InputError(field: "holder.birthDate", reason: .fileCannotBeRead, path: "a.json")
        let other = InputError(field: "period.until", reason: .readingFailed, path: "b.json")
        #expect(one == other)
        #expect(one.message(in: .en) != other.message(in: .en))
    }
}
