/// Writes documents as JSON (one indented array) or JSON Lines (one compact object a line).
///
/// The entity and document objects are those of `AnnotationJSON`. In JSON Lines an input that
/// could not be read is answered by an `{"error"}` record, so output lines stay aligned with
/// input lines.
public struct JSONAnnotationWriter: AnnotationWriter {
    /// Whether to write JSON Lines rather than one array.
    public let linesOnly: Bool
    private let json: JSONWriter
    private var count = 0

    public init(linesOnly: Bool) {
        self.linesOnly = linesOnly
        json = JSONWriter(pretty: !linesOnly)
    }

    public mutating func write(_ document: AnnotatedDocument, into output: inout WriterOutput) {
        emit(AnnotationJSON.document(document), into: &output)
    }

    /// JSON Lines: a document's line depends on the document alone.
    public var documentRenderer: (any DocumentRenderer)? { linesOnly ? JSONLinesRenderer() : nil }

    public mutating func write(_ error: InputError, into output: inout WriterOutput) {
        if linesOnly { emit(AnnotationJSON.error(error), into: &output) }
    }

    public mutating func finish(into output: inout WriterOutput) {
        if !linesOnly { output.append(count == 0 ? "[]\n" : "\n]\n") }
    }

    private mutating func emit(_ value: JSONValue, into output: inout WriterOutput) {
        if linesOnly {
            json.write(value, into: &output.bytes)
            output.bytes.append(0x0A)
        } else {
            output.append(count == 0 ? "[\n  " : ",\n  ")
            json.write(value, into: &output.bytes, depth: 1)
        }
        count += 1
    }
}

/// Renders a document as its JSON Lines record, newline included (what `JSONAnnotationWriter`
/// writes for it with `linesOnly`). Entities are written one at a time, so a document with very
/// many of them is never held whole as a JSON value.
public struct JSONLinesRenderer: DocumentRenderer {
    public init() {}

    public func render(_ document: AnnotatedDocument, into bytes: inout [UInt8]) {
        let record = record(of: document)
        if bytes.isEmpty { bytes = record } else { bytes.append(contentsOf: record) }
    }

    /// The document's record, written straight into the array's storage when it fits there, as
    /// nearly every record does: room for the record's text and three times as much for its entities
    /// (news lines come out at about 2.8 times their text).
    private func record(of document: AnnotatedDocument) -> [UInt8] {
        var spilled: ByteBuffer? = nil
        var record = [UInt8](unsafeUninitializedCapacity: 4 * document.text.utf8.count + 4096) { storage, count in
            var buffer = ByteBuffer(writingInto: storage)
            write(document, into: &buffer)
            if buffer.isInLentMemory {
                count = buffer.count
            } else {
                count = 0
                spilled = consume buffer
            }
        }
        if let spilled = spilled.take() { spilled.copy(into: &record) }
        return record
    }

    private func write(_ document: AnnotatedDocument, into buffer: inout ByteBuffer) {
        let json = JSONWriter(pretty: false)
        buffer.append(0x7B)
        let line = document.document.recordLine
        for (index, (key, value)) in AnnotationJSON.documentMembers(document).enumerated() {
            JSONWriter.writeString(key, into: &buffer)
            buffer.append(0x3A)
            // A record's field is copied from its line when it can be.
            if line?.copyValue(index, into: &buffer) != true { json.write(value, into: &buffer) }
            buffer.append(0x2C)
        }
        buffer.append(#""entities":["#)
        // The entities' texts are copied from the document's: read as UTF-8 once (no copy for a native string).
        var text = document.text
        text.withUTF8 { text in
            for index in document.entities.indices {
                if index > 0 { buffer.append(0x2C) }
                AnnotationJSON.writeEntity(document.entities[index], of: document, text: text, into: &buffer)
            }
        }
        buffer.append("]}\n")
    }
}
