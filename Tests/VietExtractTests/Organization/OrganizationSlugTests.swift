import Testing
@testable import VietExtract

@Suite struct OrganizationSlugTests {
    @Test func vietnameseLettersLoseTheirMarksAndCase() {
        #expect(KnownOrganizations.slug("Bộ Tài chính") == "bo-tai-chinh")
        #expect(KnownOrganizations.slug("ĐẢNG Cộng sản") == "dang-cong-san")
        #expect(KnownOrganizations.slug("Sở Ngoại vụ Ưng Hòa") == "so-ngoai-vu-ung-hoa")
    }

    @Test func runsOfOtherCharactersBecomeOneDashAndNoneAtTheEnds() {
        #expect(KnownOrganizations.slug("(Công ty 36 -- Cổ phần)") == "cong-ty-36-co-phan")
        #expect(KnownOrganizations.slug("  ") == "")
        #expect(KnownOrganizations.slug("Quỹ A&B") == "quy-a-b")
    }

    @Test func namesWithOtherCharactersGiveTheSameSlugThroughFolding() {
        // Curly quotes, a decomposed tone mark and a letter outside the table take the folding path.
        #expect(KnownOrganizations.slug("Quỹ “Vì người nghèo”") == "quy-vi-nguoi-ngheo")
        #expect(KnownOrganizations.slug("Ba\u{0300} Ri\u{0323}a") == "ba-ria")
        #expect(KnownOrganizations.slug("Nhóm Σigma") == "nhom-igma")
    }

    @Test func foldingExpandsLettersAsFoundationDid() {
        // Full case folding: ß and the ligature ﬁ become two ASCII letters; ø has no base.
        #expect(KnownOrganizations.slug("Công ty Straße") == "cong-ty-strasse")
        #expect(KnownOrganizations.slug("Quỹ ﬁn") == "quy-fin")
        #expect(KnownOrganizations.slug("Nhóm Ørsted") == "nhom-rsted")
    }
}
