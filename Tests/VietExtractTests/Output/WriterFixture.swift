@testable import VietExtract

/// A short text written for the writer tests, with entities built by hand (not by the extractor),
/// so each writer's output can be checked against output written by hand.
enum WriterFixture {
    static let text = "Bà Lan & ông Tô Huy Rứa gặp UBND tỉnh Bình Định.\nTheo Chỉ thị số 39-CT/TW <mới>."

    /// PER 13–23, ORG 28–47 with LOC 33–47 nested in it, DOC 54–73.
    static let entities: [Entity] = [
        entity(.person, "Tô Huy Rứa", value: .attributes(.object([("canonical", .string("Tô Huy Rứa"))]))),
        entity(.organization, "UBND tỉnh Bình Định"),
        entity(.location, "tỉnh Bình Định", nested: true),
        entity(.document, "Chỉ thị số 39-CT/TW",
               value: .document(DocumentReference(canonical: "39-CT/TW", documentType: "Chỉ thị"))),
    ]

    static func document(_ text: String = text, entities: [Entity] = entities, id: JSONValue? = nil) -> AnnotatedDocument {
        let input = InputDocument(source: "-", line: 1, id: id, parts: [DocumentPart(name: nil, text: text)])
        return AnnotatedDocument(input, text: text, entities: entities)
    }

    /// The entity at the first occurrence of `mention` in `text`.
    static func entity(_ label: EntityLabel, _ mention: String, in text: String = text, nested: Bool = false,
                       value: EntityValue = .attributes(.null)) -> Entity {
        let range = text.range(of: mention)!
        let utf8Start = text.utf8[..<range.lowerBound].count, utf8End = text.utf8[..<range.upperBound].count
        let candidate = Candidate(label: label, viewRange: utf8Start..<utf8End, value: value, source: "test")
        return Entity(resolved: ResolvedEntity(candidate: candidate, isNested: nested), original: text, range: range,
                      start: text.unicodeScalars[..<range.lowerBound].count,
                      end: text.unicodeScalars[..<range.upperBound].count, utf8Start: utf8Start, utf8End: utf8End)
    }

    /// Runs a writer over `documents` and returns its stream as text, and its files.
    static func run(_ writer: any AnnotationWriter, _ documents: [AnnotatedDocument] = [document()])
        -> (text: String, files: [String: String]) {
        var writer = writer
        var output = WriterOutput()
        writer.begin(into: &output)
        for document in documents { writer.write(document, into: &output) }
        writer.finish(into: &output)
        var files: [String: String] = [:]
        for file in output.files { files[file.name] = String(decoding: file.bytes, as: UTF8.self) }
        return (String(decoding: output.bytes, as: UTF8.self), files)
    }
}
