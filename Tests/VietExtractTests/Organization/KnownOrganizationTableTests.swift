import Testing
@testable import VietExtract

/// The known-organization tables carry each body's id as data.
@Suite struct KnownOrganizationTableTests {
    @Test func everyIdIsUniqueAndHasItsTablesPrefix() throws {
        let known = try KnownOrganizations.Tables()
        let ids = known.bodies.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let parts = id.split(separator: ".", maxSplits: 1)
            #expect(parts.count == 2 && ["vn", "org", "intl"].contains(String(parts[0])), "\(id)")
            #expect(parts.last?.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } == true, "\(id)")
        }
    }

    @Test func aBodysIdIsTheOneItsRowGives() throws {
        let known = try KnownOrganizations.Tables()
        let party = try #require(known.bodies.first { $0.name == "Đảng Cộng sản Việt Nam" })
        #expect(party.id == "vn.dang-cong-san-viet-nam")
    }
}
