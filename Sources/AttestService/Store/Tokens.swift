import AttestCore
import FoundationEssentials
import Signing

/// Who may call what: each token has one role.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    /// The applicants' portal: submits and reads applications, inspects scans.
    case portal
    /// The office's clerk: everything the portal does, and issuing, extending, annulling.
    case clerk
    /// Reads histories, nothing else.
    case auditor
}

/// A caller the service knows: its token's name and role.
public struct Caller: Sendable, Hashable {
    public let name: String
    public let role: Role
}

/// Why a token could not be made or revoked.
public struct TokenError: AttestError, Equatable {
    public enum Code: String, FailureCode {
        case nameTaken = "token-name-taken"
        case unknownToken = "unknown-token"

        public var kind: FailureKind {
            switch self {
            case .nameTaken: .outputExists
            case .unknownToken: .unreadableInput
            }
        }
    }

    public let code: Code
    let name: String

    init(code: Code, name: String) {
        (self.code, self.name) = (code, name)
    }

    public func message(in language: Language) -> String {
        (code == .nameTaken ? Phrase.tokenNameTaken : .tokenUnknown).text(in: language, ["name": .text(name)])
    }
}

/// The bearer tokens: 32 random bytes each, shown once when made; the store keeps only their
/// SHA-256, so a copy of it lets no one in.
public struct TokenStore: Sendable {
    let store: any ServiceStore

    public init(_ store: any ServiceStore) {
        self.store = store
    }

    /// Makes a token for `role` named `name` (one made up when nil) and returns its text.
    public func create(role: Role, name: String?) async throws -> (name: String, token: String) {
        var random = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
        let token = "attest_" + Self.base64URL(bytes)
        let name = name ?? "\(role.rawValue)-\(ContentDigest.hex(Array(bytes.prefix(4))))"
        try await store.addToken(StoredToken(name: name, role: role, digest: try Self.digest(token), created: Date()))
        return (name, token)
    }

    /// Removes the token named `name`: the next request that shows it is refused.
    public func revoke(name: String) async throws {
        guard try await store.removeToken(named: name) else { throw TokenError(code: .unknownToken, name: name) }
    }

    /// The caller whose token is `token`, or nil for a token the service does not know.
    func caller(bearing token: String) async throws -> Caller? {
        guard token.utf8.count <= 256, let digest = try? Self.digest(token) else { return nil }
        return try await store.caller(tokenDigest: digest)
    }

    private static func digest(_ token: String) throws -> String {
        ContentDigest.hex(try ContentDigest.digest(bytes: Array(token.utf8)))
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
