import Foundation
import Testing
@testable import VietExtract

/// Every mention of one person shares an id, with the full name as canonical.
@Suite struct PersonLinkerTests {
    @Test func shortMentionsJoinTheFullName() {
        let text = "Tô Huy Rứa phát biểu. Sau đó ông Tô Huy Rứa nhấn mạnh, rồi ông Rứa kết luận. Bà Nguyễn Thị Hà và bà Hà cũng dự."
        let found = PersonFixture.people(text)
        #expect(found.map(\.text) == ["Tô Huy Rứa", "Tô Huy Rứa", "Rứa", "Nguyễn Thị Hà", "Hà"])
        #expect(found.map(\.value.personID) == ["per-1", "per-1", "per-1", "per-2", "per-2"])
        #expect(found.map(\.value.canonical) == ["Tô Huy Rứa", "Tô Huy Rứa", "Tô Huy Rứa", "Nguyễn Thị Hà", "Nguyễn Thị Hà"])
    }

    @Test func aShortMentionBeforeTheFullNameJoinsIt() {
        let found = PersonFixture.people("Ông Chính cho biết, Thủ tướng Phạm Minh Chính sẽ đến.")
        #expect(found.map(\.text) == ["Chính", "Phạm Minh Chính"])
        #expect(found[0].value.personID == found[1].value.personID)
        #expect(found[0].value.canonical == "Phạm Minh Chính")
        #expect(found[0].value.roles == ["Thủ tướng"])
    }

    @Test func surnamesOfChineseAndForeignNamesLink() {
        let found = PersonFixture.people("Chủ tịch Tập Cận Bình tiếp Tổng thống Donald Trump. Ông Tập nói, ông Trump đáp.")
        #expect(found.map(\.text) == ["Tập Cận Bình", "Donald Trump", "Tập", "Trump"])
        #expect(found.map(\.value.personID) == ["per-1", "per-2", "per-1", "per-2"])
    }

    @Test func initialsLinkToTheNameTheyAbbreviate() {
        let found = PersonFixture.people("Anh Nguyễn Văn An kể lại. Anh N.V.A. năm nay 30 tuổi.")
        #expect(found.map(\.text) == ["Nguyễn Văn An", "N.V.A."])
        #expect(found[0].value.personID == found[1].value.personID)
    }

    @Test func differentPeopleWithTheSameGivenNameStayApart() {
        let found = PersonFixture.people("Bà Nguyễn Thị Lan và bà Trần Thị Lan cùng đến. Bà Lan nói trước.")
        #expect(found.map(\.value.personID) == ["per-1", "per-2", "per-2"])
    }

    @Test func titleOffsetsOfAnArticleBodyAreTheInputs() throws {
        let body = "Hôm qua, Thủ tướng Phạm Minh Chính đến thăm."
        let document = InputDocument(source: "a.txt", line: 1, title: "Tin mới", parts: [
            DocumentPart(name: "title", text: "Tin mới", baseCodePoints: 10, baseUTF8: 10),
            DocumentPart(name: "body", text: body, baseCodePoints: 40, baseUTF8: 44),
        ])
        let annotated = AnnotatedDocument(document, extractor: PersonFixture.extractor)
        let person = try #require(annotated.annotations.first { $0.entity.label == .person })
        #expect(person.start == 40 + 19)
        guard case .person(let value) = person.entity.value else { Issue.record("no person value"); return }
        #expect(value.titles.map(\.start) == [40 + 9] && value.titles.map(\.end) == [40 + 18])
    }

    /// The seed article (the project's own example file).
    @Test func theSeedArticle() throws {
        let path = try ResourceLocator.resourcesDirectory().deletingLastPathComponent()
            .appendingPathComponent("Examples/seed-article.txt").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let found = PersonFixture.people(text)
        let rua = found.filter { $0.value.canonical == "Tô Huy Rứa" }
        #expect(rua.count == 5)
        #expect(Set(rua.compactMap(\.value.personID)).count == 1)
        #expect(rua.allSatisfy { $0.text == "Tô Huy Rứa" })
        let roles = ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng ban Tổ chức Trung ương"]
        #expect(rua[0].titles == roles)
        #expect(rua.allSatisfy { $0.value.roles == roles })
        #expect(rua.dropFirst().allSatisfy { $0.titles.count == 1 && $0.titles[0].lowercased() == "ông" })
        let hai = try #require(found.first { $0.text == "Lê Thanh Hải" })
        #expect(hai.titles == ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy thành phố Hồ Chí Minh"])
        #expect(hai.value.personID != rua[0].value.personID)
        #expect(found.count == 6, "\(found.map(\.text))")
    }
}

/// Mentions cluster by their lower-cased words, in every script.
@Suite struct PersonClustersTests {
    private func owners(_ names: [(String, PersonValue.Form)]) -> [Int] {
        PersonClusters(names.map { PersonValue(name: $0.0, form: $0.1) }).owners
    }

    @Test func theSameNameInAnyCaseIsOnePerson() {
        #expect(owners([("Nguyễn Văn Ân", .full), ("NGUYỄN VĂN ÂN", .full), ("Ân", .short)]) == [0, 0, 0])
        #expect(owners([("Trần Thị Lan", .full), ("Trần Thị Lân", .full)]) == [0, 1])
    }

    @Test func namesOutsideTheLatinBlocksStillCluster() {
        // Cyrillic letters and decomposed marks take the general lower-casing path.
        #expect(owners([("Иван Петров", .foreign), ("ИВАН ПЕТРОВ", .foreign), ("Иван Сидоров", .foreign)]) == [0, 0, 2])
        #expect(owners([("Le\u{0302} Va\u{0306}n", .full), ("LE\u{0302} VA\u{0306}N", .full), ("Lê Văn", .full)]) == [0, 0, 0])
    }
}
