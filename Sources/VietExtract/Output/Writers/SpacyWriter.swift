/// Writes `{"text", "ents": [{"start", "end", "label"}]}` a line, as spaCy's
/// `displacy.render(..., manual=True)` and `Doc.char_span` take them.
///
/// Offsets are code points into `text`; only outermost entities are written, since spaCy's
/// entities may not overlap.
public struct SpacyWriter: AnnotationWriter {
    private let json = JSONWriter()

    public init() {}

    public mutating func write(_ document: AnnotatedDocument, into output: inout WriterOutput) {
        let ents = document.annotations.filter { !$0.entity.isNested }.map { annotation in
            JSONValue.object([("start", .int(annotation.entity.start)), ("end", .int(annotation.entity.end)),
                              ("label", .string(annotation.entity.label.rawValue))])
        }
        json.write(.object([("text", .string(document.text)), ("ents", .array(ents))]), into: &output.bytes)
        output.bytes.append(0x0A)
    }
}
