#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the documents of files, folders and standard input, in any of the input layouts.
///
/// JSON Lines are streamed one record at a time; a text or article file is read whole, up to
/// `maxDocumentBytes`. Every problem becomes an `InputError` handed to the caller in order with
/// the documents, so the caller can report it and go on: nothing is dropped without a word.
public struct InputReader: Sendable {
    /// The layout to read, or nil to detect it from each input's first bytes.
    public var layout: InputLayout?
    /// The largest document (a JSON Lines line, or a text file) read; larger ones are errors.
    public var maxDocumentBytes: Int

    public init(layout: InputLayout? = nil, maxDocumentBytes: Int = 128 << 20) {
        self.layout = layout
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// One thing read: a document, or an error about part of the input.
    public typealias Item = Result<InputDocument, InputError>

    /// One thing read, with the parsing that another thread can do left undone: a JSON Lines
    /// record is handed over as its line, and `resolved()` parses it.
    public enum Pending: Sendable {
        case success(InputDocument)
        case failure(InputError)
        /// A JSON Lines record, not parsed yet.
        case record(bytes: [UInt8], line: Int, source: String)

        /// The document or the error.
        public func resolved() -> Item {
            switch self {
            case .success(let document): .success(document)
            case .failure(let error): .failure(error)
            case .record(let bytes, let line, let source):
                Result { () throws(InputError) in try InputReader.record(bytes, line: line, source: source) }
            }
        }

        /// About how many bytes of text it holds, to weigh work by.
        public var weight: Int {
            switch self {
            case .success(let document): document.parts.reduce(0) { $0 + $1.text.utf8.count }
            case .failure: 0
            case .record(let bytes, _, _): bytes.count
            }
        }
    }

    /// Reads `path` (a file, a folder walked for `*.txt`, or `-` for standard input), handing
    /// each document or error to `handle` in input order.
    public func read(_ path: String, _ handle: (Item) throws -> Void) rethrows {
        try readPending(path) { try handle($0.resolved()) }
    }

    /// `read(_:_:)` with each JSON Lines record handed over unparsed, so that a caller with several
    /// threads parses records on them rather than on the one that reads.
    public func readPending(_ path: String, _ handle: (Pending) throws -> Void) rethrows {
        if path == "-" {
            try read(descriptor: 0, source: path, handle)
            return
        }
        guard let isFolder = FileTree.isFolder(path) else {
            try handle(.failure(InputError(source: path, reason: "no such file or folder")))
            return
        }
        if isFolder {
            for file in FileTree.textFiles(under: path) { try readPending(file, handle) }
            return
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            try handle(.failure(InputError(source: path, reason: String(cString: strerror(errno)))))
            return
        }
        defer { close(descriptor) }
        try read(descriptor: descriptor, source: path, handle)
    }

    private func read(descriptor: Int32, source: String, _ handle: (Pending) throws -> Void) rethrows {
        var prefix: [UInt8]
        do {
            prefix = try readUpTo(descriptor, limit: 1 << 16)
        } catch {
            try handle(.failure(InputError(source: source, reason: error.message)))
            return
        }
        switch layout ?? InputLayout.detect(prefix) {
        case .jsonl:
            try readJSONLines(LineReader(descriptor: descriptor, maxLineBytes: maxDocumentBytes, prefix: prefix),
                              source: source, handle)
        case let whole:
            do {
                prefix += try readUpTo(descriptor, limit: maxDocumentBytes + 1 - prefix.count)
            } catch {
                try handle(.failure(InputError(source: source, reason: error.message)))
                return
            }
            guard prefix.count <= maxDocumentBytes else {
                try handle(.failure(InputError(source: source, reason:
                    "larger than the limit of \(maxDocumentBytes) bytes for one document; "
                    + "split it, or give it as JSON Lines with one document a line")))
                return
            }
            let text: String
            do {
                text = try UTF8Validation.decode(prefix, source: source) { "byte offset \($0)" }
            } catch {
                try handle(.failure(error))
                return
            }
            if whole == .article {
                for document in ArticleParser.articles(in: prefix, source: source) { try handle(.success(document)) }
            } else if !text.isEmpty {
                try handle(.success(InputDocument(source: source, line: 1, parts: [DocumentPart(name: nil, text: text)])))
            }
        }
    }

    private func readJSONLines(_ reader: LineReader, source: String, _ handle: (Pending) throws -> Void) rethrows {
        var reader = reader
        while true {
            let line: LineReader.Line?
            do {
                line = try reader.next()
            } catch {
                try handle(.failure(InputError(source: source, reason: error.message)))
                return
            }
            guard let line else { return }
            switch line {
            case .tooLong(let number, let length):
                try handle(.failure(InputError(source: source, place: "line \(number)", reason:
                    "\(length) bytes, larger than the limit of \(maxDocumentBytes) for one document")))
            case .text(let number, let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                try handle(.record(bytes: bytes, line: number, source: source))
            }
        }
    }

    /// A JSON Lines record as a document.
    private static func record(_ bytes: [UInt8], line: Int, source: String) throws(InputError) -> InputDocument {
        // The place is written only for an error: most records have none.
        func failure(_ reason: String) -> InputError { InputError(source: source, place: "line \(line)", reason: reason) }
        let value: JSONValue
        let verbatimValues: [Range<Int>?]
        do {
            // A line that parses is valid UTF-8 without NUL: outside strings JSON is ASCII, and the
            // parser validates every string. So the bytes are checked only when the parse fails,
            // to name a NUL or bad UTF-8 before a syntax error.
            (value, verbatimValues) = try JSONParser.parseKeepingVerbatimStrings(bytes)
        } catch {
            try UTF8Validation.check(bytes, source: source) { "line \(line), byte offset \($0)" }
            throw failure("malformed JSON: \(error)")
        }
        guard case .object(let fields) = value else {
            throw failure("not a JSON object")
        }
        // The fields read here, found in one pass; the first of a name counts, as with `value[name]`.
        var text: JSONValue?, id: JSONValue?, url: JSONValue?, title: JSONValue?, date: JSONValue?
        var allCarried = true
        for (key, field) in fields.reversed() {
            allCarried = allCarried && AnnotationJSON.isCarried(key)
            switch key {
            case "text": text = field
            case "id": id = field
            case "url": url = field
            case "title": title = field
            case "date": date = field
            default: break
            }
        }
        guard let text = text?.stringValue else {
            throw failure("no string field \"text\"")
        }
        let carried = allCarried ? verbatimValues
            : fields.indices.filter { AnnotationJSON.isCarried(fields[$0].0) }.map { verbatimValues[$0] }
        return InputDocument(source: source, line: line, id: id, url: url?.stringValue, title: title?.stringValue,
                             date: date?.stringValue, parts: [DocumentPart(name: nil, text: text)], fields: fields,
                             recordLine: RecordLine(bytes: bytes, verbatimValues: carried))
    }

    /// Reads until end of input or `limit` bytes.
    private func readUpTo(_ descriptor: Int32, limit: Int) throws(DescriptorRead.Failure) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while result.count < limit {
            let count = try DescriptorRead.read(descriptor, into: &chunk, 0..<min(chunk.count, limit - result.count))
            if count == 0 { break }
            result.append(contentsOf: chunk[..<count])
        }
        return result
    }
}
