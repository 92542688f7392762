/// Writes BRAT standoff files: for each document a `.txt` with its text and a `.ann` beside it.
///
/// Each entity is a text-bound annotation `T1<TAB>ORG 10 25<TAB>text` (code point offsets into
/// the `.txt`); an entity across a line break is split into fragments (`0 5;6 10`) as BRAT
/// wants. Its normalized value is an `AnnotatorNotes` note on it. Files are named by `FileStems`.
public struct BratWriter: AnnotationWriter {
    private var stems = FileStems()

    public init() {}

    public mutating func write(_ document: AnnotatedDocument, into output: inout WriterOutput) {
        let stem = stems.stem(for: document.document)
        var ann = ""
        var notes = 0
        for (index, annotation) in document.annotations.enumerated() {
            let entity = annotation.entity
            let fragments = Self.fragments(of: entity)
            let offsets = fragments.map { "\($0.start) \($0.end)" }.joined(separator: ";")
            ann += "T\(index + 1)\t\(entity.label.rawValue) \(offsets)\t\(fragments.map(\.text).joined(separator: " "))\n"
            let summary = ValueSummary.lines(entity.value.json).joined(separator: "; ")
            if !summary.isEmpty {
                notes += 1
                ann += "#\(notes)\tAnnotatorNotes T\(index + 1)\t\(Self.oneLine(summary))\n"
            }
        }
        output.files.append((stem + ".txt", Array(document.text.utf8)))
        output.files.append((stem + ".ann", Array(ann.utf8)))
    }

    /// The pieces of an entity between line breaks, with their code point offsets.
    static func fragments(of entity: Entity) -> [(start: Int, end: Int, text: String)] {
        var fragments: [(start: Int, end: Int, text: String)] = []
        var current = String.UnicodeScalarView()
        var start = entity.start
        var position = entity.start
        for scalar in entity.text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if !current.isEmpty { fragments.append((start, position, String(current))) }
                current = String.UnicodeScalarView()
                start = position + 1
            } else {
                current.append(scalar)
            }
            position += 1
        }
        if !current.isEmpty { fragments.append((start, position, String(current))) }
        return fragments
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
