import AttestCore
import ArgumentParser
import ConsentSigning
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Errors on stderr, and the exit status the project's conventions give each kind of failure.
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

    static func exitCode(for error: ConsentSigningError) -> ExitCode {
        switch error.code {
        case .unreadableInput: return ExitCode(66)
        case .malformedKey, .malformedCertificate, .invalidSubject, .keyMismatch, .tooLarge: return ExitCode(65)
        case .ioError: return ExitCode(74)
        case .unsupportedAlgorithm, .signerExpired, .signerNotYetValid, .openSSLFailure: return ExitCode(1)
        }
    }

    static func exitCode(for error: FileWriteError) -> ExitCode {
        switch error.code {
        case .ioError: return ExitCode(74)
        case .isAnInput, .namedTwice: return ExitCode(64)
        case .exists, .cannotCreate: return ExitCode(73)
        }
    }

    /// Reports `error` and returns the exit code to end with.
    static func fail(_ error: any Error) -> ExitCode {
        switch error {
        case let error as ConsentSigningError:
            report(error.message(in: language))
            return exitCode(for: error)
        case let error as FileWriteError:
            report(error.message(in: language))
            return exitCode(for: error)
        default:
            report("\(error)")
            return ExitCode(1)
        }
    }
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

    func passphrase() throws(ConsentSigningError) -> Passphrase? {
        try Passphrase.read(fromFile: passphraseFile, orEnvironment: passphraseEnv)
    }
}

/// Runs `body`, turning a thrown library error into a message on stderr and its exit status.
func exiting<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        throw Failure.fail(error)
    }
}

/// A whole input named on the command line, within `limit`: exit 66 when it cannot be read, 65
/// when it is larger than an input of its kind may be.
func readInput(_ path: String, limit: Int) throws -> [UInt8] {
    do {
        return try InputFile.read(path, limit: limit)
    } catch {
        Failure.report(error.message(in: Failure.language))
        throw ExitCode(error.code == .tooLarge ? 65 : 66)
    }
}
