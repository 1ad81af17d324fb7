import AttestCore
import RegistrationWorkflow

extension ApplicationRecord {
    /// The application as the API shows it: `{id, status, problems, reviews, certificate}`, the
    /// certificate `{number, from, until}` or null.
    func apiJSON(in language: Language) -> JSONValue {
        .members([
            "id": .string(id),
            "status": .string(status.rawValue),
            "problems": .array(problems, in: language),
            "reviews": .array(reviews, in: language),
            "certificate": certificate.map { .members(["number": .string($0.number), "from": .string($0.validFrom.iso),
                                                       "until": .string($0.validUntil.iso)]) } ?? .null,
        ])
    }

    /// Where the registration stands on `today`, as the public check says it: valid, extended,
    /// annulled or expired; nil before a certificate is issued.
    func registrationStatus(on today: CivilDate) -> String? {
        guard let certificate else { return nil }
        switch status {
        case .annulled: return "annulled"
        case .expired: return "expired"
        case _ where certificate.validUntil < today: return "expired"
        case .extended: return "extended"
        default: return "valid"
        }
    }
}
