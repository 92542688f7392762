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
        annotation.entity.withTextUTF8 { text in
            entityMembers(annotation.entity, text: text, value: annotation.entity.value, at: annotation.placement, into: &object)
        }
        return object.value
    }

    /// Writes the JSON object of one entity of `document`, compact, into `buffer`: the members
    /// of `entity(_:)` for its annotation, without making the annotation or building a value.
    /// `text` is the UTF-8 of the document's `text`, which the entity's text is copied from.
    ///
    /// It frees nothing it is given (what it makes, it releases itself): said, so that a caller
    /// reading the entity out of an array need not copy it first to keep it alive.
    @_effects(releasenone)
    static func writeEntity(_ entity: borrowing Entity, of document: AnnotatedDocument, text: UnsafeBufferPointer<UInt8>,
                            into buffer: inout ByteBuffer) {
        let placement = document.placement(of: entity)
        let text = UnsafeBufferPointer(rebasing: text[entity.utf8Start..<entity.utf8End])
        var object = JSONObjectWriter(into: buffer)
        if placement.codePointShift == 0 {
            entityMembers(entity, text: text, value: entity.value, at: placement, into: &object)
        } else {
            // Apart: a text of one part (nearly all) writes the entity's own value, with no copy made first.
            entityMembers(entity, text: text, value: entity.value.shifted(by: placement.codePointShift), at: placement,
                          into: &object)
        }
        buffer = object.finish()
    }

    /// The members of an entity's object, in order: the one description of its shape. `text` is
    /// the UTF-8 of the entity's text, `value` the entity's value with its offsets in the input.
    @inline(__always)
    private static func entityMembers(_ entity: borrowing Entity, text: UnsafeBufferPointer<UInt8>,
                                      value: borrowing EntityValue, at placement: AnnotatedDocument.Placement,
                                      into object: inout some JSONMemberSink & ~Copyable) {
        object.add("label", literal: entity.label.jsonName)
        object.add("text", utf8: text)
        object.add("start", entity.start + placement.codePointShift)
        object.add("end", entity.end + placement.codePointShift)
        object.add("utf8_start", entity.utf8Start + placement.utf8Shift)
        object.add("utf8_end", entity.utf8End + placement.utf8Shift)
        value.add(as: "value", to: &object)
        object.add("nested", entity.isNested)
        object.add("rule", entity.source)
        object.add("part", placement.part)
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
