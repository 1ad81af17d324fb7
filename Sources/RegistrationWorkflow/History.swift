import AttestCore
import Signing
import FoundationEssentials

/// One recorded transition of one application: when (UTC), who, what, and the hash chaining it
/// to the one before.
public struct HistoryEvent: Sendable, Hashable, Codable {
    /// The history format every event and seal names, so a reader knows how to check them.
    public static let format = "attest-history/2"

    /// The application this event belongs to; part of every hash, so a chain is one application's.
    public let application: String
    public let sequence: Int
    public let time: Date
    public let actor: String
    public let action: WorkflowAction
    public let from: ApplicationStatus?
    public let to: ApplicationStatus
    /// What changed (no personal data: dates, numbers).
    public let details: [String: String]
    /// The codes of the problems a review found, sorted, each once.
    public let problems: [String]
    /// The previous event's hash (64 zeros for the first).
    public let previousHash: String
    /// SHA-256 over the previous hash and this event's canonical JSON without its hash, lowercase hex.
    public let hash: String

    static let genesis = String(repeating: "0", count: 64)

    /// The event in the one canonical form it is written and hashed in: compact JSON, members in
    /// this order, details sorted by name. `hash` last when `withHash`.
    func canonical(withHash: Bool) -> [UInt8] {
        var members: [JSONMember] = [
            JSONMember("format", .string(Self.format)), JSONMember("application", .string(application)),
            JSONMember("sequence", .int(sequence)), JSONMember("time", .string(Instants.iso(time))),
            JSONMember("actor", .string(actor)), JSONMember("action", .string(action.rawValue)),
            JSONMember("from", .string(from?.rawValue)), JSONMember("to", .string(to.rawValue)),
            JSONMember("details", .object(details.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) })),
            JSONMember("problems", .array(problems.map(JSONValue.string))),
            JSONMember("previousHash", .string(previousHash)),
        ]
        if withHash { members.append(JSONMember("hash", .string(hash))) }
        return Array(JSONValue.object(members).serialized().utf8)
    }

    /// The hash of an event whose canonical form without its hash is `body`.
    static func hash(previous: String, body: some Sequence<UInt8>) -> String {
        ContentDigest.hex((try? ContentDigest.digest(bytes: Array(previous.utf8) + Array(body))) ?? [])
    }
}

/// The tamper-evident history of one application: a hash chain of events, whose head the issuer
/// signs, so an edited, cut-off or rewritten history, or one passed off as another application's,
/// is found out.
public struct History: Sendable, Hashable, Codable {
    /// The application whose history this is.
    public let application: String
    public private(set) var events: [HistoryEvent] = []

    public init(application: String) {
        self.application = application
    }

    /// The last event's hash, or the genesis value for an empty history.
    public var head: String { events.last?.hash ?? HistoryEvent.genesis }

    mutating func record(_ action: WorkflowAction, from: ApplicationStatus?, to: ApplicationStatus, actor: String,
                         at time: Date, details: [String: String], problems: [ProblemCode] = []) {
        // Whole seconds: the instant as written is the instant hashed.
        let instant = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        let codes = Array(Set(problems.map(\.rawValue))).sorted()
        func event(hash: String) -> HistoryEvent {
            HistoryEvent(application: application, sequence: events.count + 1, time: instant, actor: actor, action: action,
                         from: from, to: to, details: details, problems: codes, previousHash: head, hash: hash)
        }
        events.append(event(hash: HistoryEvent.hash(previous: head, body: event(hash: "").canonical(withHash: false))))
    }

    /// A signature over the application and the head: which events, which key, and the issuer's
    /// compact signature.
    public func seal(with key: SigningKey, certificate: X509Certificate) throws -> HistorySeal {
        let message = HistorySeal.message(application: application, head: head, count: events.count)
        return HistorySeal(application: application, head: head, events: events.count,
                           keyIdentifier: ContentDigest.hex(certificate.keyIdentifier),
                           signature: Data(try key.compactSignature(of: message)).base64EncodedString())
    }

    /// The events as JSON Lines, then the seal, as `events.jsonl` holds them.
    public func jsonLines(seal: HistorySeal?) -> [UInt8] {
        var bytes: [UInt8] = []
        for event in events { bytes += event.canonical(withHash: true) + [0x0A] }
        if let seal { bytes += seal.canonical + [0x0A] }
        return bytes
    }
}

/// The issuer's signature over a history's application and head.
public struct HistorySeal: Sendable, Hashable {
    public let application: String
    public let head: String
    public let events: Int
    public let keyIdentifier: String
    public let signature: String

    static func message(application: String, head: String, count: Int) -> [UInt8] {
        Array("\(HistoryEvent.format):\(application):\(count):\(head)".utf8)
    }

    /// The seal line's one canonical form.
    var canonical: [UInt8] {
        Array(JSONValue.members(["seal": .members([
            "format": .string(HistoryEvent.format), "application": .string(application), "head": .string(head),
            "events": .int(events), "keyIdentifier": .string(keyIdentifier), "signature": .string(signature),
        ])]).serialized().utf8)
    }
}

/// What a check of a history found: whose it is, how many events, and every problem.
public struct HistoryVerification: Sendable, JSONRepresentable {
    /// The application the history says it is of, when that could be read.
    public let application: String?
    /// The events read and found chained before the first fault.
    public let events: Int
    public let problems: [Problem]

    /// Whether the history is intact and sealed by a trustAnchors key.
    public var intact: Bool { problems.isEmpty }

    public func json(in language: Language) -> JSONValue {
        .members(["valid": .bool(intact), "application": .string(application), "events": .int(events),
                  "problems": .array(problems, in: language)])
    }
}

/// Checks a history as written, byte for byte: each line must be exactly the canonical form of its
/// event (so every JSON reader reads the same), the hashes are taken over the bytes on disk, the
/// chain holds, and the seal over the application and head is a trustAnchors key's.
public enum HistoryVerifier {
    /// Verifies the bytes of an `events.jsonl`.
    public static func verify(_ bytes: [UInt8], trustAnchors: [X509Certificate]) -> HistoryVerification {
        var reader = Reader(trustAnchors: trustAnchors)
        let fault = reader.read(bytes)
        return HistoryVerification(application: reader.application, events: reader.count,
                                   problems: fault.map { [Problem(.historyTampered, arguments: ["reason": $0.reason], detail: $0.detail)] } ?? [])
    }

    private static let eventMembers: Set<String> = [
        "format", "application", "sequence", "time", "actor", "action", "from", "to", "details", "problems", "previousHash", "hash",
    ]
    private static let sealMembers: Set<String> = ["format", "application", "head", "events", "keyIdentifier", "signature"]

    /// Why a history is not intact: in the catalog's words, and the parser's own when it refused a line.
    private struct Fault {
        let reason: ProblemArgument
        let detail: String?

        init(_ reason: ProblemArgument, detail: String? = nil) { (self.reason, self.detail) = (reason, detail) }

        static func phrase(_ phrase: Phrase) -> Fault { Fault(.phrase(phrase)) }

        static func phrase(_ phrase: Phrase, _ arguments: ProblemArguments) -> Fault { Fault(.filled(phrase, with: arguments)) }
    }

    private struct Reader {
        let trustAnchors: [X509Certificate]
        var application: String?
        var count = 0
        var previous = HistoryEvent.genesis
        var status: ApplicationStatus?

        init(trustAnchors: [X509Certificate]) { self.trustAnchors = trustAnchors }

        /// Why the history is not intact, or nil when it is.
        mutating func read(_ bytes: [UInt8]) -> Fault? {
            guard !bytes.isEmpty else { return .phrase(.historyFileEmpty) }
            guard bytes.last == 0x0A else { return .phrase(.historyNoFinalLineFeed) }
            let lines = bytes.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let number = index + 1
                let object: [String: JSONInput]
                do {
                    guard let read = try JSONInput(parsing: line).object else { return .phrase(.historyLineNotAnObject, ["line": .text(String(number))]) }
                    object = read
                } catch {
                    return Fault(.filled(.historyLineNotStrictJSON, with: ["line": .text(String(number))]), detail: "line \(number): \(error)")
                }
                if object["seal"] != nil {
                    guard number == lines.count else { return .phrase(.historyEventsAfterSeal, ["line": .text(String(number))]) }
                    return seal(object, line: Array(line))
                }
                if let fault = event(object, line: Array(line), number: number) { return fault }
            }
            return .phrase(.historyNotSealed)
        }

        private mutating func event(_ object: [String: JSONInput], line: [UInt8], number: Int) -> Fault? {
            func numbered(_ phrase: Phrase, _ arguments: ProblemArguments = [:]) -> Fault {
                .phrase(phrase, arguments.adding(["event": .text(String(number))]))
            }
            if let unknown = Set(object.keys).subtracting(eventMembers).sorted().first {
                return numbered(.eventUnknownMember, ["member": .text(unknown)])
            }
            if let missing = eventMembers.subtracting(object.keys).sorted().first { return numbered(.eventLacksMember, ["member": .text(missing)]) }
            guard object["format"]?.string == HistoryEvent.format else {
                return numbered(.eventNotInFormat, ["format": .text(HistoryEvent.format)])
            }
            guard let application = object["application"]?.string, ApplicationID.isValid(application) else {
                return numbered(.eventNoValidApplication)
            }
            if let known = self.application, known != application { return numbered(.eventOfAnotherApplication) }
            self.application = application
            guard object["sequence"]?.int == number else { return numbered(.eventMisnumbered) }
            guard let timeText = object["time"]?.string, let time = try? Date(timeText, strategy: .iso8601) else {
                return numbered(.eventNoValidTime)
            }
            guard let actor = object["actor"]?.string else { return numbered(.eventNoValidActor) }
            guard let action = object["action"]?.string.flatMap(WorkflowAction.init(rawValue:)) else {
                return numbered(.eventNoValidAction)
            }
            let from: ApplicationStatus?
            switch object["from"] {
            case .null: from = nil
            case .string(let text): guard let status = ApplicationStatus(rawValue: text) else { return numbered(.eventFromNotAStatus) }
                from = status
            default: return numbered(.eventFromNotAStatus)
            }
            guard let to = object["to"]?.string.flatMap(ApplicationStatus.init(rawValue:)) else { return numbered(.eventToNotAStatus) }
            guard from == status, action.next(from: from) == to else { return numbered(.eventNotAllowedMove) }
            guard let detailObject = object["details"]?.object else { return numbered(.eventDetailsNotAnObject) }
            let details = detailObject.compactMapValues(\.string)
            guard details.count == detailObject.count else { return numbered(.eventDetailsNotText) }
            guard case .array(let codeValues) = object["problems"], case let codes = codeValues.compactMap(\.string),
                  codes.count == codeValues.count, codes.allSatisfy({ ProblemCode(rawValue: $0) != nil })
            else { return numbered(.eventProblemsNotCodes) }
            guard let previousHash = object["previousHash"]?.string, previousHash == previous else {
                return numbered(.eventDoesNotFollow)
            }
            guard let hash = object["hash"]?.string else { return numbered(.eventNoHash) }
            let event = HistoryEvent(application: application, sequence: number, time: time, actor: actor, action: action, from: from,
                                     to: to, details: details, problems: codes, previousHash: previousHash, hash: hash)
            guard event.canonical(withHash: true) == line else {
                return numbered(.eventNotCanonical)
            }
            // The hash is over the bytes as written: the line without its closing `,"hash":"…"}`, closed again.
            let body = line.dropLast(hash.utf8.count + 11) + [UInt8(ascii: "}")]
            guard HistoryEvent.hash(previous: previous, body: body) == hash else { return numbered(.eventChanged) }
            previous = hash
            status = to
            count = number
            return nil
        }

        private func seal(_ object: [String: JSONInput], line: [UInt8]) -> Fault? {
            guard object.count == 1, let seal = object["seal"]?.object else { return .phrase(.sealLineHoldsMore) }
            if let unknown = Set(seal.keys).subtracting(sealMembers).sorted().first {
                return .phrase(.sealUnknownMember, ["member": .text(unknown)])
            }
            guard seal["format"]?.string == HistoryEvent.format, let application = seal["application"]?.string,
                  let head = seal["head"]?.string, let events = seal["events"]?.int,
                  let keyIdentifier = seal["keyIdentifier"]?.string, let signatureText = seal["signature"]?.string,
                  let signature = Data(base64Encoded: signatureText)
            else { return .phrase(.sealIncomplete) }
            guard application == self.application ?? application else { return .phrase(.sealOfAnotherApplication) }
            guard head == previous, events == count else { return .phrase(.sealOverAnotherHistory) }
            let written = HistorySeal(application: application, head: head, events: events, keyIdentifier: keyIdentifier,
                                      signature: signatureText)
            guard written.canonical == line else { return .phrase(.sealNotCanonical) }
            let message = HistorySeal.message(application: application, head: head, count: events)
            guard trustAnchors.contains(where: {
                ContentDigest.hex($0.keyIdentifier) == keyIdentifier && $0.verifiesCompactSignature(Array(signature), of: message)
            }) else { return .phrase(.sealNotTrusted) }
            return nil
        }
    }
}

/// Application ids: what a history, a store and a URL can all carry as they are.
public enum ApplicationID {
    /// 1 to 64 of `A-Z a-z 0-9 . _ -`, starting with a letter or digit.
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        func allowed(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        return (1...64).contains(bytes.count) && allowed(bytes[0])
            && bytes.allSatisfy { allowed($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// A new random id: 128 bits as lowercase hex.
    public static func random() -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<32).map { _ in digits[Int.random(in: 0..<16)] })
    }
}
