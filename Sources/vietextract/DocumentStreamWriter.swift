import VietExtract

/// Writes annotated documents to standard output as they come, in the chosen format.
struct DocumentStreamWriter {
    let format: OutputFormat
    private let json: JSONWriter
    private var count = 0
    private var bytes: [UInt8] = []

    init(format: OutputFormat) {
        self.format = format
        json = JSONWriter(pretty: format == .json)
    }

    mutating func write(_ document: AnnotatedDocument) {
        emit(AnnotationJSON.document(document))
    }

    /// A bad input: in JSON Lines an error record keeps output lines aligned with input lines.
    mutating func write(_ error: InputError) {
        if format == .jsonl { emit(AnnotationJSON.error(error)) }
    }

    private mutating func emit(_ value: JSONValue) {
        switch format {
        case .json:
            bytes.append(contentsOf: (count == 0 ? "[\n  " : ",\n  ").utf8)
            json.write(value, into: &bytes, depth: 1)
        case .jsonl:
            json.write(value, into: &bytes)
            bytes.append(0x0A)
        }
        count += 1
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func finish() {
        if format == .json { bytes.append(contentsOf: (count == 0 ? "[]\n" : "\n]\n").utf8) }
        flush()
    }

    private mutating func flush() {
        StandardStreams.output(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
