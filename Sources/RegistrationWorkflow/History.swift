import AttestCore
import ConsentSigning
import FoundationEssentials

/// One recorded transition: when (UTC), who, what, and the hash chaining it to the one before.
public struct HistoryEvent: Sendable, Hashable {
    public let sequence: Int
    public let time: Date
    public let actor: String
    public let action: WorkflowAction
    public let from: ApplicationStatus?
    public let to: ApplicationStatus
    /// What changed, in words a clerk reads (no personal data: codes, dates, paths).
    public let details: [String: String]
    /// The previous event's hash (64 zeros for the first).
    public let previousHash: String
    /// SHA-256 over the previous hash and this event's canonical JSON, lowercase hex.
    public let hash: String

    static let genesis = String(repeating: "0", count: 64)

    /// The event's content in the one canonical form hashes are taken over: compact JSON, keys in
    /// a fixed order, details sorted.
    var canonical: JSONValue {
        .members([
            "sequence": .int(sequence), "time": .string(Instants.iso(time)), "actor": .string(actor),
            "action": .string(action.rawValue), "from": .string(from?.rawValue), "to": .string(to.rawValue),
            "details": .object(details.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) }),
            "previousHash": .string(previousHash),
        ])
    }

    static func hash(previous: String, canonical: JSONValue) -> String {
        let bytes = Array(previous.utf8) + Array(canonical.serialized().utf8)
        return ContentDigest.hex((try? ContentDigest.digest(bytes: bytes)) ?? [])
    }
}

extension HistoryEvent: JSONRepresentable {
    public func json(in language: Language) -> JSONValue {
        guard case .object(var members) = canonical else { return canonical }
        members.append(JSONMember("hash", .string(hash)))
        return .object(members)
    }
}

/// The tamper-evident history of one application: a hash chain of events, whose head the issuer
/// signs, so an edited, cut-off or rewritten history is found out.
public struct History: Sendable, Hashable {
    public private(set) var events: [HistoryEvent] = []

    public init() {}

    /// The last event's hash, or the genesis value for an empty history.
    public var head: String { events.last?.hash ?? HistoryEvent.genesis }

    mutating func record(_ action: WorkflowAction, from: ApplicationStatus?, to: ApplicationStatus, actor: String,
                         at time: Date, details: [String: String]) {
        let previous = head
        let sequence = events.count + 1
        // Whole seconds: the instant as written is the instant hashed.
        let instant = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        let unhashed = HistoryEvent(sequence: sequence, time: instant, actor: actor, action: action, from: from, to: to,
                                    details: details, previousHash: previous, hash: "")
        let hash = HistoryEvent.hash(previous: previous, canonical: unhashed.canonical)
        events.append(HistoryEvent(sequence: sequence, time: instant, actor: actor, action: action, from: from, to: to,
                                   details: details, previousHash: previous, hash: hash))
    }

    /// A signature over the head: which events, which key, and the issuer's compact signature.
    public func seal(with key: SigningKey, certificate: Certificate) throws -> HistorySeal {
        let message = HistorySeal.message(head: head, count: events.count)
        return HistorySeal(head: head, events: events.count, keyIdentifier: ContentDigest.hex(certificate.keyIdentifier),
                           signature: try key.compactSignature(of: message).base64())
    }

    /// The events as JSON Lines, then the seal, as `events.jsonl` holds them.
    public func jsonLines(seal: HistorySeal?) -> String {
        (events.map { $0.json(in: .en).serialized() } + (seal.map { [$0.json(in: .en).serialized()] } ?? []))
            .joined(separator: "\n") + "\n"
    }
}

/// The issuer's signature over a history's head.
public struct HistorySeal: Sendable, Hashable, JSONRepresentable {
    public let head: String
    public let events: Int
    public let keyIdentifier: String
    public let signature: String

    static func message(head: String, count: Int) -> [UInt8] { Array("attest-history:\(count):\(head)".utf8) }

    public func json(in language: Language) -> JSONValue {
        .members(["seal": .members(["head": .string(head), "events": .int(events), "keyIdentifier": .string(keyIdentifier),
                                    "signature": .string(signature)])])
    }
}

/// Checks a history written as JSON Lines: every event's hash, the chain, and the seal's signature.
public enum HistoryVerifier {
    /// Problems found, empty when the history is intact and sealed by a key of `trusted`.
    public static func verify(jsonLines: String, trusted: [Certificate]) -> [Problem] {
        func broken(_ reason: String) -> [Problem] {
            [Problem(.historyTampered, arguments: ["reason": .text(reason)])]
        }
        var previous = HistoryEvent.genesis
        var count = 0
        var sealed: [String: JSONInput]?
        for (index, line) in jsonLines.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            guard let object = (try? JSONInput(parsing: line.utf8))?.object else {
                return broken("line \(index + 1) is not JSON")
            }
            if let seal = object["seal"]?.object {
                sealed = seal
                continue
            }
            guard sealed == nil else { return broken("events follow the seal") }
            guard let event = event(from: object) else { return broken("line \(index + 1) is not an event") }
            guard event.sequence == count + 1 else { return broken("event \(count + 1) is missing") }
            guard event.previousHash == previous else { return broken("event \(event.sequence) does not follow the one before") }
            guard HistoryEvent.hash(previous: previous, canonical: event.canonical) == event.hash else {
                return broken("event \(event.sequence) was changed")
            }
            previous = event.hash
            count += 1
        }
        guard let seal = sealed, let head = seal["head"]?.string, let events = seal["events"]?.int,
              let signatureText = seal["signature"]?.string, let signature = Data(base64Encoded: signatureText)
        else { return broken("the history is not sealed") }
        guard head == previous, events == count else { return broken("the seal is over another history (cut off or extended)") }
        let message = HistorySeal.message(head: head, count: events)
        guard trusted.contains(where: { $0.verifiesCompactSignature(Array(signature), of: message) }) else {
            return broken("the seal is not signed by a trusted key")
        }
        return []
    }

    private static func event(from object: [String: JSONInput]) -> HistoryEvent? {
        guard let sequence = object["sequence"]?.int, let timeText = object["time"]?.string,
              let time = try? Date(timeText, strategy: .iso8601), let actor = object["actor"]?.string,
              let action = object["action"]?.string.flatMap(WorkflowAction.init(rawValue:)),
              let to = object["to"]?.string.flatMap(ApplicationStatus.init(rawValue:)),
              let details = object["details"]?.object?.compactMapValues(\.string),
              details.count == object["details"]?.object?.count,
              let previous = object["previousHash"]?.string, let hash = object["hash"]?.string
        else { return nil }
        let from = object["from"]?.string.flatMap(ApplicationStatus.init(rawValue:))
        return HistoryEvent(sequence: sequence, time: time, actor: actor, action: action, from: from, to: to, details: details,
                            previousHash: previous, hash: hash)
    }
}

extension Array where Element == UInt8 {
    func base64() -> String { Data(self).base64EncodedString() }
}
