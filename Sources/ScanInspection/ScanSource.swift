#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore
internal import CImageShims

/// The bytes of one upload: an open file, read only where a check needs them, or memory.
enum ScanSource {
    case file(descriptor: Int32)
    case memory(UnsafeRawBufferPointer)

    /// The shim's view of the same bytes; `head` (the file's first bytes, already read) must
    /// outlive its use.
    func shimSource(head: UnsafeBufferPointer<UInt8>) -> attest_source {
        switch self {
        case .file(let descriptor):
            return attest_source(fd: descriptor, bytes: nil, length: 0, head: head.baseAddress, head_length: head.count)
        case .memory(let buffer):
            return attest_source(
                fd: -1, bytes: buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), length: buffer.count,
                head: nil, head_length: 0)
        }
    }

    /// The first bytes, as many as fit in `buffer` (fewer when the upload is shorter): copied
    /// into `buffer` from a file, or the start of the memory itself.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(ScanReadError) -> UnsafeBufferPointer<UInt8> {
        switch self {
        case .memory(let bytes):
            return UnsafeBufferPointer(rebasing: bytes.bindMemory(to: UInt8.self).prefix(buffer.count))
        case .file(let descriptor):
            var filled = 0
            while filled < buffer.count {
                let read = pread(descriptor, buffer.baseAddress! + filled, buffer.count - filled, off_t(filled))
                if read < 0 && errno == EINTR { continue }
                if read < 0 { throw ScanReadError(errno: errno) }
                if read == 0 { break }
                filled += read
            }
            return UnsafeBufferPointer(rebasing: buffer.prefix(filled))
        }
    }

    /// The last bytes of an upload of `byteCount` bytes, as many as fit in `buffer`.
    func readTail(into buffer: UnsafeMutableBufferPointer<UInt8>, byteCount: Int) throws(ScanReadError) -> UnsafeBufferPointer<UInt8> {
        let start = max(0, byteCount - buffer.count)
        switch self {
        case .memory(let bytes):
            return UnsafeBufferPointer(rebasing: bytes.bindMemory(to: UInt8.self)[start...])
        case .file(let descriptor):
            var filled = 0
            while start + filled < byteCount {
                let read = pread(descriptor, buffer.baseAddress! + filled, byteCount - start - filled, off_t(start + filled))
                if read < 0 && errno == EINTR { continue }
                if read < 0 { throw ScanReadError(errno: errno) }
                if read == 0 { break }
                filled += read
            }
            return UnsafeBufferPointer(rebasing: buffer.prefix(filled))
        }
    }
}

/// A failed system call while opening or reading an upload: why, in the catalog's words, and
/// what the C library said.
struct ScanReadError: Error {
    let reason: ProblemArgument
    let detail: String?

    init(reason: ProblemArgument) { (self.reason, self.detail) = (reason, nil) }

    init(errno code: Int32) { (reason, detail) = (ProblemCatalog.systemReason(errno: code), String(cString: strerror(code))) }

    /// The `unreadable` problem it makes of an upload.
    var problem: Problem { Problem(.unreadable, arguments: ["reason": reason], detail: detail) }
}

/// An upload opened for reading, for as long as a closure runs.
enum OpenScanFile {
    /// Opens `name` in the open directory `directory` (AT_FDCWD: the working directory) and
    /// calls `body` with its descriptor and its size from the file's metadata, taken before any
    /// content is read; closes it when `body` returns.
    static func with<Result>(
        name: UnsafePointer<CChar>, in directory: Int32, _ body: (_ descriptor: Int32, _ byteCount: Int) -> Result
    ) throws(ScanReadError) -> Result {
        // O_NONBLOCK: opening a FIFO must not hang the batch; it has no effect on regular files.
        let descriptor = openat(directory, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if descriptor < 0 { throw ScanReadError(errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) != 0 { throw ScanReadError(errno: errno) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ScanReadError(reason: .phrase(status.st_mode & S_IFMT == S_IFDIR ? .itIsAFolder : .notARegularFile))
        }
        return body(descriptor, Int(status.st_size))
    }
}
