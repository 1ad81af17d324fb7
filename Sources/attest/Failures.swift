import AttestCore
import ArgumentParser
import Signing
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Errors on stderr, and the exit status each has: the one place the command line turns an
/// error into a status. A command throws the library's error; its kind says the status.
enum Failure {
    /// The language of errors: the command's --lang, else the locale's. Read from the arguments
    /// once, so that an error met before or outside the command's own options is said in it too.
    static let language: Language = {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let chosen = Language(rawValue: arguments[index + 1]) { return chosen }
            if argument.hasPrefix("--lang="), let chosen = Language(rawValue: String(argument.dropFirst(7))) { return chosen }
        }
        return .preferred()
    }()

    /// Prints `message` on stderr as `attest: message`, its control characters escaped.
    static func report(_ message: String) {
        _ = writeAll(Array("attest: \(VisibleText.escaping(message))\n".utf8), to: STDERR_FILENO)  // if it fails, nowhere is left to say so
    }

    /// Reports `error` and returns the exit status to end with: its kind's for an error of
    /// Attest's, whose problems, when it lists them, are a line each (what a person acts on);
    /// 1 for any other, said in its own words.
    static func fail(_ error: any Error) -> ExitCode {
        guard let error = error as? any AttestError else {
            report(Phrase.unexpectedError.text(in: language, ["error": .text("\(error)")]))
            return ExitCode(1)
        }
        if error.problems.isEmpty {
            report(error.message(in: language))
        } else {
            for problem in error.problems { report("\(problem.code.rawValue): \(problem.message(in: language))") }
        }
        return ExitCode(error.kind.exitStatus)
    }
}

extension Attest {
    /// Parses the arguments and runs the command they name; what it throws is reported here, once.
    /// ArgumentParser reports its own: a usage error, a verdict's exit status, and whatever its
    /// built-in commands (help) throw. `Failure.fail` reports every other error.
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            let argumentParsers = error is ExitCode || error is ValidationError || error is CleanExit
                || !commands.contains(ObjectIdentifier(type(of: command)))
            exit(withError: argumentParsers ? error : Failure.fail(error))
        }
    }

    /// Every command Attest defines, all levels down; not those ArgumentParser adds.
    private static let commands: Set<ObjectIdentifier> = {
        func tree(_ command: any ParsableCommand.Type) -> [ObjectIdentifier] {
            [ObjectIdentifier(command)] + command.configuration.subcommands.flatMap(tree)
        }
        return Set(tree(Attest.self))
    }()
}

/// `--passphrase-file F | --passphrase-env VAR`: a passphrase never comes from argv.
struct PassphraseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A file whose first line is the key's passphrase.", valueName: "file"))
    var passphraseFile: String?

    @Option(help: ArgumentHelp("An environment variable that holds the key's passphrase.", valueName: "name"))
    var passphraseEnv: String?

    func validate() throws {
        if passphraseFile != nil && passphraseEnv != nil {
            throw ValidationError("Give --passphrase-file or --passphrase-env, not both.")
        }
    }

    func passphrase() throws(SigningError) -> Passphrase? {
        try Passphrase.read(fromFile: passphraseFile, orEnvironment: passphraseEnv)
    }
}
