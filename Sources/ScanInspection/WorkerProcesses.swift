#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore
internal import CAttestShims

/// A batch inspected by several processes: the calling one and a child for each further job,
/// forked when the batch starts. Each process takes the next run of neighbouring files nobody has
/// taken, noting it in a ledger they share; a child sends its reports' lines back through a pipe,
/// and the calling process hands every line on in input order.
///
/// Processes rather than threads, because a process that has ever had a second thread pays for
/// it in every file: libstdc++ turns every shared_ptr reference count (qpdf copies object handles
/// all the time) into an atomic instruction, and the kernel locks the shared descriptor table in
/// each open and close. Measured on 2,000 PDF scans on one core: 81 ms of CPU single-threaded,
/// 90 ms once a second thread had existed.
///
/// No process starts a run more than `waiting` files past what has been handed on, so memory
/// stays bounded however far one gets ahead or however long one is stuck. A child that dies (a
/// signal, a crash) loses nothing: the runs the ledger says it took and it did not send back, the
/// calling process inspects itself.
struct WorkerProcesses {
    /// Files taken at a time: neighbours share a directory's cached entries.
    static let run = 16
    /// At most this many reports wait to be handed on.
    static let waiting = 4_096
    /// At most this many processes, whatever `--jobs` says.
    static let most = 64

    private let items: [BatchItem]
    private let policy: ScanPolicy
    private let render: @Sendable (ScanReport, ByteBuffer) -> Void

    /// Whether the batch can be spread over `jobs` processes: more than one job and one run, no
    /// standard input (only this process may read it), and a process that never had a second
    /// thread (a forked child of a threaded process may not go on running its code).
    static func fit(_ items: [BatchItem], jobs: Int) -> Bool {
        jobs > 1 && items.count > run && attest_single_threaded() != 0
            && !items.contains { if case .standardInput = $0 { return true } else { return false } }
    }

    init(items: [BatchItem], policy: ScanPolicy, render: @escaping @Sendable (ScanReport, ByteBuffer) -> Void) {
        self.items = items
        self.policy = policy
        self.render = render
    }

    /// Inspects every item with `jobs` processes in all and hands each line to `handle` in order.
    func inspect(
        jobs: Int, progress: (_ done: Int, _ total: Int) -> Void,
        handle: (_ accepted: Bool, _ line: UnsafeRawBufferPointer) throws -> Void
    ) throws {
        guard let ledger = attest_ledger_create(runs) else {
            // No memory to share a ledger in: this process does it all.
            return try ScanBatch.inspectLines(items, policy: policy, render: render, progress: progress, handle: handle)
        }
        defer { attest_ledger_destroy(ledger) }

        // Each child costs the parent a descriptor: leave most of them to the files.
        let processes = min(jobs, runs, Self.most, max(1, Int(attest_descriptor_limit()) / 4))
        var children: [Child] = []
        var finished = false
        defer { Child.end(children, killing: !finished) }
        // The ledger names the calling process 1 and its children 2, 3, ...
        for taker in stride(from: 2, through: processes, by: 1) {
            let inherited = children.map(\.descriptor)
            guard let child = Child.start(taker: UInt8(taker), closing: inherited, work: {
                serve(ledger: ledger, taker: UInt8(taker), into: $0)
            }) else { break }
            children.append(child)
        }

        // Finished runs by number, until their turn comes.
        var done: [Int: ByteBuffer] = [:]
        var next = 0  // the next run to hand on
        func handOn() throws {
            let before = next
            while let lines = done.removeValue(forKey: next) {
                try lines.withUnsafeBytes { try RunLines.forEach(in: $0, handle) }
                next += 1
                if next % (256 / Self.run) == 0 || next == runs { progress(handedOn(next), items.count) }
            }
            if next != before { attest_ledger_set_handed_on(ledger, handedOn(next)) }
        }
        func collect(waiting: Bool) {
            for taker in Child.collect(from: &children, into: &done, waiting: waiting) {
                recover(runsOf: taker, in: ledger, from: next, into: &done)
            }
        }
        while case let taken = attest_ledger_take(ledger, 1), taken >= 0 {
            while taken * Self.run >= handedOn(next) + Self.waiting, children.contains(where: \.open) {
                collect(waiting: true)
                try handOn()
            }
            done[taken] = lines(ofRun: taken)
            collect(waiting: false)
            try handOn()
        }
        while next < runs {
            if done[next] == nil {
                if children.contains(where: \.open) {
                    collect(waiting: true)
                } else {
                    done[next] = lines(ofRun: next)  // a child ended holding it, unrecorded
                }
            }
            try handOn()
        }
        finished = true
    }

    /// A child's life: runs taken until none is left, each sent back whole; none started more
    /// than `waiting` files past what the parent has handed on.
    private func serve(ledger: OpaquePointer, taker: UInt8, into descriptor: Int32) -> Int32 {
        let message = ByteBuffer(capacity: 64 * 1024)
        while case let taken = attest_ledger_take(ledger, taker), taken >= 0 {
            while taken * Self.run >= attest_ledger_handed_on(ledger) + Self.waiting { usleep(200) }
            message.removeAll()
            RunMessage.write(run: taken, to: message) { lines in inspect(run: taken, into: lines) }
            guard message.withUnsafeBytes({ writeAll($0, to: descriptor) }) else { return 1 }
        }
        return 0
    }

    /// Inspects here the runs the ledger says `taker` took that it did not send back (those from
    /// `next` on that are not done).
    private func recover(runsOf taker: UInt8, in ledger: OpaquePointer, from next: Int, into done: inout [Int: ByteBuffer]) {
        for run in next..<runs where attest_ledger_taker(ledger, run) == taker && done[run] == nil {
            done[run] = lines(ofRun: run)
        }
    }

    /// How many runs the items make.
    private var runs: Int { (items.count + Self.run - 1) / Self.run }

    /// How many files the first `runs` runs hold.
    private func handedOn(_ runs: Int) -> Int { min(runs * Self.run, items.count) }

    private func lines(ofRun run: Int) -> ByteBuffer {
        let lines = ByteBuffer(capacity: Self.run * 512)
        inspect(run: run, into: lines)
        return lines
    }

    /// Inspects the files of `run`, their lines appended to `lines` as `RunLines` keeps them.
    private func inspect(run: Int, into lines: ByteBuffer) {
        for index in (run * Self.run)..<min(run * Self.run + Self.run, items.count) {
            let report = items[index].inspect(policy: policy)
            RunLines.append(accepted: report.accepted, to: lines) { render(report, $0) }
        }
    }
}

/// The lines of a run of files, one after another: per file, its verdict (1 byte), its line's
/// length (8 bytes, little-endian) and the line. Both ends are the same program on the same machine.
private enum RunLines {
    static func append(accepted: Bool, to lines: ByteBuffer, line: (ByteBuffer) -> Void) {
        lines.append(accepted ? 1 : 0)
        let length = lines.count
        lines.append(littleEndian: 0)
        line(lines)
        lines.store(UInt64(lines.count - length - 8), at: length)
    }

    static func forEach(in lines: UnsafeRawBufferPointer, _ body: (_ accepted: Bool, _ line: UnsafeRawBufferPointer) throws -> Void) rethrows {
        var offset = 0
        while offset < lines.count {
            let length = Int(UInt64(littleEndian: lines.loadUnaligned(fromByteOffset: offset + 1, as: UInt64.self)))
            try body(lines[offset] != 0, UnsafeRawBufferPointer(rebasing: lines[(offset + 9)..<(offset + 9 + length)]))
            offset += 9 + length
        }
    }
}

/// A child's message: the run's number (8 bytes), the length of its lines (8 bytes), the lines.
private enum RunMessage {
    static let header = 16

    static func write(run: Int, to message: ByteBuffer, lines: (ByteBuffer) -> Void) {
        let start = message.count
        message.append(littleEndian: 0)
        message.append(littleEndian: 0)
        lines(message)
        message.store(UInt64(run), at: start)
        message.store(UInt64(message.count - start - header), at: start + 8)
    }

    /// Takes every whole message off the front of `bytes`, each run's lines into `done`.
    static func take(from bytes: ByteBuffer, into done: inout [Int: ByteBuffer]) {
        let taken = bytes.withUnsafeBytes { bytes in
            var start = 0
            while bytes.count - start >= header {
                let run = Int(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: UInt64.self)))
                let length = Int(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)))
                guard bytes.count - start - header >= length else { break }
                let lines = ByteBuffer(capacity: length)
                lines.append(UnsafeRawBufferPointer(rebasing: bytes[(start + header)..<(start + header + length)]))
                done[run] = lines
                start += header + length
            }
            return start
        }
        bytes.removeFirst(taken)
    }
}

/// A forked worker, the name it takes runs under in the ledger, and the reading end of its pipe.
private struct Child {
    let process: pid_t
    let taker: UInt8
    let descriptor: Int32
    var open = true
    let unread = ByteBuffer(capacity: 64 * 1024)

    /// Forks a child that runs `work` with the writing end of a new pipe and exits with what it
    /// returns; nil when no pipe or process could be made. The child closes `inherited` (the
    /// reading ends of earlier children's pipes), so that only the parent holds them.
    static func start(taker: UInt8, closing inherited: [Int32], work: (Int32) -> Int32) -> Child? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        let parent = getpid()
        let process = fork()
        if process == 0 {
            close(ends[0])
            for descriptor in inherited { close(descriptor) }
            attest_die_with_parent()
            if getppid() != parent { _exit(1) }  // the parent ended before the request was made
            // _exit: the child must not flush what the parent had buffered, nor run its exit handlers.
            _exit(work(ends[1]))
        }
        close(ends[1])
        guard process > 0 else {
            close(ends[0])
            return nil
        }
        return Child(process: process, taker: taker, descriptor: ends[0])
    }

    /// Reads what the open children have sent; with `waiting`, blocks until at least one has
    /// sent something or ended. Returns the ledger names of the children that ended.
    static func collect(from children: inout [Child], into done: inout [Int: ByteBuffer], waiting: Bool) -> [UInt8] {
        var polled = children.filter(\.open).map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
        guard !polled.isEmpty else { return [] }
        var ready: Int32
        repeat {
            ready = poll(&polled, nfds_t(polled.count), waiting ? -1 : 0)
        } while ready < 0 && errno == EINTR
        guard ready > 0 else { return [] }
        var ended: [UInt8] = []
        for entry in polled where entry.revents != 0 {
            guard let position = children.firstIndex(where: { $0.descriptor == entry.fd }) else { continue }
            var count: Int
            repeat {
                count = children[position].unread.append(atMost: 65_536) { read(entry.fd, $0.baseAddress, $0.count) }
            } while count < 0 && errno == EINTR
            if count > 0 {
                RunMessage.take(from: children[position].unread, into: &done)
            } else {
                // The end: finished, or died; what it did not send is done again here.
                close(entry.fd)
                children[position].open = false
                ended.append(children[position].taker)
            }
        }
        return ended
    }

    /// Reaps every child once it ends: when everything is handed on, each has sent its last run
    /// and ends by itself; after an error (`killing`), they are killed.
    static func end(_ children: [Child], killing: Bool) {
        for child in children {
            if child.open {
                close(child.descriptor)
                if killing { kill(child.process, SIGKILL) }
            }
            var status: Int32 = 0
            while waitpid(child.process, &status, 0) < 0 && errno == EINTR {}
        }
    }
}
