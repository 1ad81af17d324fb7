import FoundationEssentials
import RegistrationWorkflow

/// Answers kept by `Idempotency-Key`, per token, for 24 hours: a retry of a request gets the first
/// answer instead of doing it twice, whichever instance of the service it reaches.
public struct IdempotencyStore: Sendable {
    let store: any ServiceStore
    /// This instance of the service, named in the keys it holds.
    let instance: String
    /// How long an answer is kept.
    public static let retention: TimeInterval = 24 * 3600
    /// How long a request may be in flight before a retry takes it over (its process died).
    public static let abandonedAfter: TimeInterval = 300
    /// How often a running instance says it is alive, and how long after its last word a retry
    /// takes over the requests it held (it died).
    public static let heartbeat: TimeInterval = 2
    public static let silentAfter: TimeInterval = 10

    public enum Start: Sendable {
        /// The first time: do it, then `finish`.
        case proceed
        /// Done before: give this answer again.
        case replay(Answer)
        /// The key was used with another request.
        case reused
        /// The first request with the key has not been answered yet.
        case inFlight
    }

    /// A key met again, as stored.
    public struct Kept: Sendable {
        let fingerprint: String
        let created: Double
        let answer: Data?
        /// When the instance holding the key last said it was alive (nil: not known).
        let holderSeen: Double?
    }

    /// What to do with a key met again: the request's start, and whether the request takes the
    /// key over (its first request was abandoned: the store then sets its time to `now`).
    public static func decide(_ kept: Kept, fingerprint: String, now: Double) throws -> (start: Start, takeOver: Bool) {
        guard kept.fingerprint == fingerprint else { return (.reused, false) }
        if let answer = kept.answer { return (.replay(try JSONDecoder().decode(Answer.self, from: answer)), false) }
        let holderDied = kept.holderSeen.map { $0 < now - silentAfter } ?? false
        guard kept.created < now - abandonedAfter || holderDied else { return (.inFlight, false) }
        return (.proceed, true)
    }

    /// Claims `key` of `token` for a request whose fingerprint is `fingerprint`.
    func start(token: String, key: String, fingerprint: String, now: Date = Date()) async throws -> Start {
        try await store.claim(IdempotencyKey(token: token, key: key, fingerprint: fingerprint, holder: instance), now: now)
    }

    /// Keeps `answer` as the key's.
    func finish(token: String, key: String, answer: Answer) async throws {
        try await store.keepAnswer(try JSONEncoder().encode(answer), of: IdempotencyKey(token: token, key: key))
    }

    /// Does `operation` now; when it fails, throws its error and tries it again in the
    /// background, every second for up to `abandonedAfter`, until it succeeds.
    func eventually(_ operation: @escaping @Sendable () async throws -> Void) async throws {
        do {
            try await operation()
        } catch {
            Task {
                let end = ContinuousClock.now + .seconds(Self.abandonedAfter)
                while ContinuousClock.now < end {
                    try? await Task.sleep(for: .seconds(1))
                    if (try? await operation()) != nil { return }
                }
            }
            throw error
        }
    }

    /// Says that this instance is alive.
    func beat(now: Date = Date()) async throws {
        try await store.heartbeat(instance: instance, now: now)
    }

    /// Lets the key go unanswered (the service failed): a retry does the request again.
    func release(token: String, key: String) async throws {
        try await store.releaseKey(IdempotencyKey(token: token, key: key))
    }
}

/// The answer a request's change of an application will give, made from the record the change
/// stores: the application stores keep it under the request's key in the change's own
/// transaction, so that a change and the answer that reports it are kept together. A retry of a
/// request whose instance died after the change gets that answer, not the change done again.
struct PendingAnswer: Sendable {
    @TaskLocal static var current: PendingAnswer?
    let key: IdempotencyKey
    let answer: @Sendable (ApplicationRecord) -> Answer

    /// The answer that reports `record`, encoded as the store keeps it.
    func encoded(_ record: ApplicationRecord) throws -> Data {
        try JSONEncoder().encode(answer(record))
    }
}
