#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore
import ArgumentParser
import Dispatch

/// Standard output through one buffer, written in 64 KiB blocks: a batch of a hundred thousand
/// reports is a few hundred writes, not a hundred thousand.
final class StandardOutput {
    private let buffer = OutputBuffer(capacity: 1 << 16)

    func writeLine(_ line: String) throws {
        var line = line
        try line.withUTF8 { try writeLine(UnsafeRawBufferPointer($0)) }
    }

    func writeLine(_ line: UnsafeRawBufferPointer) throws(FileWriteError) {
        buffer.append(line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws(FileWriteError) {
        guard buffer.withUnsafeBytes({ writeAll($0, to: STDOUT_FILENO) }) else {
            let code = errno
            throw FileWriteError(code: .standardOutputFailed, path: "-", detail: String(cString: strerror(code)), errno: code)
        }
        buffer.removeAll()
    }
}

/// A progress line on stderr for long runs, only when stderr is a terminal.
final class Progress {
    private let noun: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    init(noun: String) { self.noun = noun }

    func update(done: Int, total: Int) {
        guard enabled, total >= 1_000 else { return }
        let line = "\r\(done) / \(total) \(noun)\u{1B}[K"
        _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        shown = true
    }

    func finish() {
        guard shown else { return }
        _ = "\r\u{1B}[K".withCString { write(STDERR_FILENO, $0, strlen($0)) }
    }
}

/// Runs async library work from a synchronous command and waits for it. The CLI keeps a
/// synchronous main: an async main parks the main thread in libdispatch's sigsuspend, which
/// valgrind (the leak check) cannot follow.
func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = BlockingOutcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}

/// The result a `blocking` call hands from its task to the waiting thread (written once, then read
/// after the semaphore: no two threads touch it at once).
private final class BlockingOutcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
