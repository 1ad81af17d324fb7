#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore

/// The files of a batch, taken in runs of neighbours by up to `jobs` threads (the calling thread
/// among them) and handed on in input order on the calling thread.
///
/// A run's results live in a slot of their own until their turn: no run starts more than
/// `window` files past what has been handed on, so memory stays bounded however far the threads
/// get ahead or however long the caller takes to hand a run on. The calling thread hands on
/// every run that is done and, while the next one is not, inspects runs itself; with one job it
/// does everything, one run after another.
@usableFromInline
final class BatchRuns: @unchecked Sendable {
    /// Files taken at a time: neighbouring items share cache lines (their paths' reference
    /// counts) and a directory's cached entries, and two threads taking turns on them made every
    /// retain a cache miss.
    @usableFromInline static let run = 16
    /// At most this many files are inspected and not yet handed on.
    static let window = 4_096
    /// Progress is told every this many files handed on, and at the end.
    static let progressInterval = 256

    /// Files in the batch.
    let count: Int
    /// Runs that may be in hand at once, each with its slot (0 ..< `slots`) for its results.
    @usableFromInline let slots: Int
    private var runs: Int { (count + Self.run - 1) / Self.run }

    // Guarded by `monitor`.
    private let monitor = Monitor()
    private var next = 0           // the next run nobody has taken
    private var handedOn = 0       // runs handed on, in order
    private var finished: [Bool]   // by run modulo `slots`: done, not handed on
    private var slotOf: [Int]      // by run modulo `slots`: where its results are
    private var free: [Int]        // slots no run holds; the last freed is reused first
    private var stopped = false    // the caller gave up: take no more runs

    @usableFromInline
    init(count: Int) {
        self.count = count
        slots = min(Self.window / Self.run, (count + Self.run - 1) / Self.run)
        finished = Array(repeating: false, count: slots)
        slotOf = Array(repeating: 0, count: slots)
        free = Array((0..<slots).reversed())
    }

    /// Inspects every run with `inspect` (given the run's files and its slot) on up to `jobs`
    /// threads, and hands each on with `handOn` in input order on this thread. `progress` hears
    /// how many of how many files are handed on. When `handOn` throws, no further run starts and
    /// the error is rethrown once the runs under way are done.
    @usableFromInline
    func perform(
        jobs: Int, inspect: @escaping @Sendable (_ files: Range<Int>, _ slot: Int) -> Void,
        handOn: (_ files: Range<Int>, _ slot: Int) throws -> Void,
        progress: (_ done: Int, _ total: Int) -> Void
    ) rethrows {
        // Threads of the batch's own rather than a shared pool's: a helper waiting for room
        // holds no thread that other work of the program needs.
        let helpers = (0..<max(0, min(jobs, runs) - 1)).compactMap { _ in HelperThread { self.help(inspect) } }
        defer {
            monitor.locked {
                stopped = true
                monitor.broadcastRoom()
            }
            for helper in helpers { helper.join() }
        }
        monitor.lock()
        while handedOn < runs {
            let ring = handedOn % slots
            if finished[ring] {
                finished[ring] = false
                let run = handedOn
                let slot = slotOf[ring]
                monitor.unlock()
                try handOn(files(of: run), slot)
                let done = files(of: run).upperBound
                if done % Self.progressInterval == 0 || done == count { progress(done, count) }
                monitor.lock()
                free.append(slot)
                handedOn += 1
                monitor.broadcastRoom()
            } else if let (run, slot) = take() {
                monitor.unlock()
                inspect(files(of: run), slot)
                monitor.lock()
                finished[run % slots] = true
            } else {
                monitor.waitForDone()
            }
        }
        monitor.unlock()
    }

    /// A helper thread's life: runs taken until none is left or the caller stops.
    private func help(_ inspect: @Sendable (_ files: Range<Int>, _ slot: Int) -> Void) {
        monitor.lock()
        while !stopped && next < runs {
            guard let (run, slot) = take() else {
                monitor.waitForRoom()
                continue
            }
            monitor.unlock()
            inspect(files(of: run), slot)
            monitor.lock()
            finished[run % slots] = true
            monitor.signalDone()
        }
        monitor.unlock()
    }

    /// The next run and a slot for it, unless none is left or it would start past the window.
    /// Called with the monitor locked.
    private func take() -> (run: Int, slot: Int)? {
        guard !stopped, next < runs, next < handedOn + slots, let slot = free.popLast() else { return nil }
        let run = next
        next += 1
        slotOf[run % slots] = slot
        return (run, slot)
    }

    private func files(of run: Int) -> Range<Int> { (run * Self.run)..<min(run * Self.run + Self.run, count) }
}

/// A thread that runs one closure; `join` waits for it to end.
private final class HelperThread {
    private var thread = pthread_t()

    /// Nil when no thread can be made (the batch then makes do with fewer).
    init?(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        guard pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context) == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
    }

    func join() { pthread_join(thread, nil) }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}

/// A pthread mutex and the two conditions a batch waits on: a run done (the caller waits for the
/// next one to hand on), and room in the window (helpers wait for the caller to hand on).
private final class Monitor {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let done = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let room = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(done, nil)
        pthread_cond_init(room, nil)
    }

    deinit {
        pthread_cond_destroy(room)
        pthread_cond_destroy(done)
        pthread_mutex_destroy(mutex)
        room.deallocate()
        done.deallocate()
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }

    func waitForDone() { pthread_cond_wait(done, mutex) }
    func signalDone() { pthread_cond_signal(done) }
    func waitForRoom() { pthread_cond_wait(room, mutex) }
    func broadcastRoom() { pthread_cond_broadcast(room) }
}

/// The lines of a run of files, one after another: per file, its verdict (1 byte), its line's
/// length (8 bytes) and the line.
enum RunLines {
    static func append(accepted: Bool, to lines: OutputBuffer, line: (OutputBuffer) -> Void) {
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
