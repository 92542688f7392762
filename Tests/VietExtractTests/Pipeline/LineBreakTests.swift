import Testing
@testable import VietExtract

/// A title joined to its body by a blank line ends without a full stop, so its last words and the
/// body's first look like one run of capitalized words; no entity may run across the break.
@Suite struct LineBreakTests {
    static let extractor = try! Extractor()

    private func entities(_ text: String) -> [String] {
        Self.extractor.extract(text).map { "\($0.label.rawValue) \($0.text)" }
    }

    @Test(arguments: [
        ("Du khách đổ về châu Âu\n\nNăm nay giá vé máy bay tăng mạnh.", "LOC châu Âu"),
        ("Ùn tắc kéo dài trên Quốc lộ 5\n\nSáng nay hàng trăm xe nằm chờ.", "LOC Quốc lộ 5"),
        ("Khách hàng mới của Vietcombank\n\nViettel vừa ra mắt gói cước.", "ORG Vietcombank"),
        ("Bữa tối cùng Nguyễn Văn Toàn\n\nNhững món ăn quê được dọn ra.", "PER Nguyễn Văn Toàn"),
        ("Kỷ niệm của ca sĩ John Denver\n\nTrong căn phòng nhỏ, cây đàn vẫn còn.", "PER John Denver"),
        ("Nhà đầu tư Peter Lynch\n\nĐược biết đến với lối đầu tư thận trọng, ông viết sách.", "PER Peter Lynch"),
    ])
    func anEntityEndsAtTheLineBreak(_ text: String, _ expected: String) {
        let found = entities(text)
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains { $0.contains("\n") }, "\(found)")
    }

    @Test func aTypeWordEndingATitleNamesNothingOnTheNextLine() {
        let found = entities("Chuyện kể ở làng\n\nCuốn sách mới của nhà văn vừa ra mắt bạn đọc.")
        #expect(!found.contains { $0.hasPrefix("LOC") }, "\(found)")
    }

    @Test func twoKnownBodiesOnEitherSideOfABreakStayTwo() {
        let found = entities("Khách hàng mới của Vietcombank\n\nViettel vừa ra mắt gói cước.")
        #expect(found.filter { $0.hasPrefix("ORG") } == ["ORG Vietcombank", "ORG Viettel"], "\(found)")
    }
}
