import AttestCore
import FoundationEssentials
import RegistrationWorkflow
import Testing

@Suite(.serialized) struct StoreTests {
    /// Numbers taken in the store's transaction: concurrent issues get 1…N with no gap and no
    /// repeat, and an issue the workflow refuses takes no number.
    @Test func numbersFromTheStoreAreUniqueAndGapless() async throws {
        let fixture = try Fixture()
        let office = RegistrationOffice()
        let application = try fixture.application()
        var ids: [String] = []
        for _ in 0..<40 {
            ids.append(try await office.submit(application, documents: fixture.documents(of: application), context: fixture.context,
                                               actor: "a").id)
        }
        let issued = CivilDate(iso: "2026-11-26")!
        let numbers = try await withThrowingTaskGroup(of: String?.self) { group in
            for id in ids {
                group.addTask { try await office.issue(id, region: "77", issuedAt: issued, issuer: "ОВМ", actor: "clerk").certificate?.number }
            }
            return try await group.reduce(into: [String]()) { $0.append($1 ?? "") }
        }
        #expect(numbers.sorted() == (1...40).map { CertificateNumber.make(series: "77-2026", serial: $0) })
        // Issued already: refused, and the next number stays free.
        await #expect(throws: WorkflowError.self) {
            _ = try await office.issue(ids[0], region: "77", issuedAt: issued, issuer: "ОВМ", actor: "clerk")
        }
        let another = try await office.submit(application, documents: fixture.documents(of: application), context: fixture.context, actor: "a")
        #expect(try await office.issue(another.id, region: "77", issuedAt: issued, issuer: "ОВМ", actor: "clerk").certificate?.number
                == "77-2026-000041")
        #expect(CertificateNumber.make(series: "77-2027", serial: 1) == "77-2027-000001")
    }

    /// Pages in the order of submission, by status, each starting after the cursor of the last.
    @Test func pagesFollowTheOrderOfSubmission() async throws {
        let fixture = try Fixture()
        let store = InMemoryApplicationStore()
        let office = RegistrationOffice(store: store)
        let good = try fixture.application()
        let bad = try fixture.application { $0.applicant.snils = "112-233-445 96" }
        var approved: [String] = []
        for index in 0..<7 {
            let application = index % 3 == 0 ? bad : good
            let record = try await office.submit(application, documents: fixture.documents(of: application), context: fixture.context, actor: "a")
            if record.status == .approved { approved.append(record.id) }
        }
        var seen: [String] = []
        var cursor: String?
        repeat {
            let page = try await store.page(status: .approved, limit: 2, after: cursor)
            #expect(page.records.count <= 2 && page.records.allSatisfy { $0.status == .approved })
            seen += page.records.map(\.id)
            cursor = page.next
        } while cursor != nil
        #expect(seen == approved)
        #expect(try await store.page(status: nil, limit: 500, after: nil).records.count == 7)
    }

    /// A record as a store keeps it reads back equal, problems and history included, and its
    /// problems are said in either language afterwards.
    @Test func aRecordReadsBackAsItWasKept() async throws {
        let fixture = try Fixture()
        let office = RegistrationOffice()
        let bad = try fixture.application { $0.applicant.snils = "112-233-445 96" }
        let record = try await office.submit(bad, documents: fixture.documents(of: bad), context: fixture.context, actor: "a")
        let kept = try JSONDecoder().decode(ApplicationRecord.self, from: try JSONEncoder().encode(record))
        #expect(kept == record)
        #expect(kept.problems.first?.message(in: .ru) == record.problems.first?.message(in: .ru))
        #expect(kept.history.head == record.history.head)
    }
}
