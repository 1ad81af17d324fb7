#if canImport(AttestService)
import Glibc
import Logging

/// The log handler of `attest serve`: one logfmt line per event on standard error, written whole
/// by one write(2) and never buffered in the process, so a crash loses no line already logged:
///
///     time=2026-12-03T16:31:31.123Z level=info msg=request duration=0.0096 method=POST request=55487e2a97b566a8 route=/v1/scans status=200
///
/// Metadata follows in the order of its keys; a value with a space, a quote, a backslash or an
/// equals sign is quoted. swift-log's StreamLogHandler formats its time through the C library's
/// local-time conversion and flushes a locked stream at each line: about a tenth of the service's
/// requests per second with 210 KB scans (docs/performance.md).
struct LogLines: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var line: [UInt8] = []
        line.reserveCapacity(256)
        line += "time=".utf8
        Self.appendTime(to: &line)
        line += " level=".utf8
        line += event.level.rawValue.utf8
        line += " msg=".utf8
        Self.append(event.message.description, to: &line)
        let fields = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        for key in fields.keys.sorted() {
            line.append(UInt8(ascii: " "))
            Self.append(key, to: &line)
            line.append(UInt8(ascii: "="))
            Self.append(fields[key]!.description, to: &line)
        }
        line.append(UInt8(ascii: "\n"))
        var rest = line[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            rest = rest.dropFirst(written)
        }
    }

    /// The time in UTC to the millisecond, ISO 8601: 2026-12-03T16:31:31.123Z.
    static func appendTime(to line: inout [UInt8]) {
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        var seconds = clock.tv_sec
        var time = tm()
        gmtime_r(&seconds, &time)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                line.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(Int(time.tm_year) + 1900, 4); line.append(UInt8(ascii: "-"))
        digits(Int(time.tm_mon) + 1, 2); line.append(UInt8(ascii: "-"))
        digits(Int(time.tm_mday), 2); line.append(UInt8(ascii: "T"))
        digits(Int(time.tm_hour), 2); line.append(UInt8(ascii: ":"))
        digits(Int(time.tm_min), 2); line.append(UInt8(ascii: ":"))
        digits(Int(time.tm_sec), 2); line.append(UInt8(ascii: "."))
        digits(clock.tv_nsec / 1_000_000, 3); line.append(UInt8(ascii: "Z"))
    }

    /// `value` as logfmt writes it: bare, or in quotes with `"` and `\` escaped and control
    /// characters as `\n`, `\t` or `\u00XX`.
    static func append(_ value: String, to line: inout [UInt8]) {
        let special: (UInt8) -> Bool = { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "\\") }
        guard value.isEmpty || value.utf8.contains(where: special) else {
            line += value.utf8
            return
        }
        line.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): line += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): line += "\\n".utf8
            case UInt8(ascii: "\t"): line += "\\t".utf8
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                line += "\\u00".utf8
                line += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\""))
    }
}
#endif
