/// The JSON shape of annotations, fixed because other programs read it.
///
/// An entity: `label`, `text`, `start`/`end` (code points, end exclusive), `utf8_start`/`utf8_end`
/// (bytes), `value`, `nested`, `rule`, and `part` for articles. A document: `source`, `id`,
/// `url`, `title` where known, then `entities`; a JSON Lines record keeps all its own fields
/// and gains `entities`.
public enum AnnotationJSON {
    /// The JSON object of one annotated entity.
    public static func entity(_ annotation: AnnotatedDocument.Annotation) -> JSONValue {
        var object = JSONObjectBuilder()
        entityMembers(annotation, into: &object)
        return object.value
    }

    /// Writes the JSON object of one annotated entity, compact, into `buffer`: the same members
    /// as `entity(_:)`, without building them as a value first.
    static func writeEntity(_ annotation: AnnotatedDocument.Annotation, into buffer: inout ByteBuffer) {
        var object = JSONObjectWriter(into: buffer)
        entityMembers(annotation, into: &object)
        buffer = object.finish()
    }

    /// The members of an entity's object, in order: the one description of its shape.
    private static func entityMembers(_ annotation: AnnotatedDocument.Annotation, into object: inout some JSONMemberSink & ~Copyable) {
        object.add("label", annotation.entity.label.rawValue)
        object.add("text", annotation.entity.text)
        object.add("start", annotation.start)
        object.add("end", annotation.end)
        object.add("utf8_start", annotation.utf8Start)
        object.add("utf8_end", annotation.utf8End)
        annotation.entity.value.add(as: "value", to: &object)
        object.add("nested", annotation.entity.isNested)
        object.add("rule", annotation.entity.source)
        object.add("part", annotation.part)
    }

    /// The JSON object of one annotated document.
    public static func document(_ annotated: AnnotatedDocument) -> JSONValue {
        .object(documentMembers(annotated) + [("entities", .array(annotated.annotations.map(entity)))])
    }

    /// The members of a document's object before `entities`, which always comes last: a JSON Lines
    /// record's own fields, or `source`, `line`, `url` and `title`.
    public static func documentMembers(_ annotated: AnnotatedDocument) -> [(String, JSONValue)] {
        let document = annotated.document
        if let fields = document.fields { return fields.filter { isCarried($0.0) } }
        var object = JSONObjectBuilder()
        object.add("source", .string(document.source))
        object.add("line", document.line)
        object.add("url", document.url)
        object.add("title", document.title)
        return object.members
    }

    /// Whether a JSON Lines record's field goes to the output: all but its own `entities`.
    static func isCarried(_ key: String) -> Bool {
        key != "entities"
    }

    /// The JSON Lines record that stands in the output for an input line that could not be read,
    /// so output lines stay aligned with input lines.
    public static func error(_ error: InputError) -> JSONValue {
        var object = JSONObjectBuilder()
        object.add("source", .string(error.source))
        object.add("place", error.place)
        object.add("error", .string(error.reason))
        return object.value
    }
}
