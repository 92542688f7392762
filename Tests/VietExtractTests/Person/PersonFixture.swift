import Testing
@testable import VietExtract

/// The people an extractor finds in a sentence, for the person tests.
enum PersonFixture {
    /// The built-in extractor, reporting people only (places still run first and take their names).
    static let extractor = try! Extractor(options: ExtractorOptions(labels: [.person]))

    /// A PER entity as the tests read it.
    struct Person {
        let text: String
        let start: Int
        let value: PersonValue
        let rule: String
        var titles: [String] { value.titles.map(\.text) }
    }

    /// The PER entities of `text`, checking on the way that each entity's text is the caller's slice
    /// and that each title's offsets point at its text in code points.
    static func people(_ text: String, extractor: Extractor = extractor) -> [Person] {
        let scalars = Array(text.unicodeScalars)
        return extractor.extract(text).compactMap { entity in
            guard case .person(let value) = entity.value else { return nil }
            #expect(String(text[entity.range]) == entity.text)
            for title in value.titles {
                guard let start = title.start, let end = title.end else {
                    Issue.record("title \(title.text) has no offsets"); continue
                }
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == title.text)
            }
            return Person(text: entity.text, start: entity.start, value: value, rule: entity.source)
        }
    }

    /// Just the names found in `text`.
    static func names(_ text: String) -> [String] { people(text).map(\.text) }
}
