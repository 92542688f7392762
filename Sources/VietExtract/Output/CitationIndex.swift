/// The documents cited by a set of annotated texts: which, how often, by which articles.
///
/// Mentions are counted per document: within one text by the linker's document id, across texts
/// by canonical form (or, for `Nghị định 67` mentions that no full reference completes, by type
/// and number). `vietextract refs` prints it.
public struct CitationIndex: Sendable {
    /// One cited document and what the texts say about it.
    public struct Document: Sendable {
        /// The canonical form, or the type and number (`Nghị định 67`) when there is none.
        public let key: String
        public let canonical: String?
        public let type: String?
        public var issuer: String?
        public var date: String?
        public var subject: String?
        /// Mentions in all texts, full and short.
        public var mentions: Int
        /// The texts that cite it, in the order first seen.
        public var articles: [String]
        /// The first mention: its text, the article it is in, and the words around it.
        public let firstMention: String
        public let firstArticle: String
        public let firstContext: String
    }

    /// The documents, in the order first cited.
    public private(set) var documents: [Document] = []
    private var positions: [String: Int] = [:]

    public init() {}

    /// Adds the `DOC` annotations of one annotated text.
    public mutating func add(_ annotated: AnnotatedDocument) {
        let article = Self.name(of: annotated.document)
        var seenInArticle = Set<String>()
        for annotation in annotated.annotations where annotation.entity.label == .document && !annotation.entity.isNested {
            guard case .document(let reference) = annotation.entity.value else { continue }
            let key = reference.canonical ?? "\(reference.documentType ?? "") \(reference.number ?? annotation.entity.text)"
            if let position = positions[key] {
                documents[position].mentions += 1
                documents[position].issuer = documents[position].issuer ?? reference.issuerName
                documents[position].date = documents[position].date ?? reference.date
                documents[position].subject = documents[position].subject ?? reference.subject
                if seenInArticle.insert(key).inserted { documents[position].articles.append(article) }
                continue
            }
            seenInArticle.insert(key)
            positions[key] = documents.count
            documents.append(Document(
                key: key, canonical: reference.canonical, type: reference.documentType, issuer: reference.issuerName,
                date: reference.date, subject: reference.subject, mentions: 1, articles: [article],
                firstMention: annotation.entity.text, firstArticle: article,
                firstContext: Self.context(of: annotation, in: annotated.document)))
        }
    }

    /// The documents, most mentioned first (ties in the order first cited).
    public var ranked: [Document] {
        documents.enumerated().sorted { ($1.element.mentions, $0.offset) < ($0.element.mentions, $1.offset) }.map(\.element)
    }

    /// How a text is named in the index: its id, else its URL, else its source and line.
    static func name(of document: InputDocument) -> String {
        if let id = document.id {
            if let string = id.stringValue { return string }
            if let number = id.intValue { return String(number) }
        }
        return document.url ?? (document.source + (document.line.map { ":\($0)" } ?? ""))
    }

    /// The mention with up to 40 characters on each side, on one line.
    private static func context(of annotation: AnnotatedDocument.Annotation, in document: InputDocument) -> String {
        guard let part = document.parts.first(where: { $0.name == annotation.part }) ?? document.parts.first else {
            return annotation.entity.text
        }
        let scalars = Array(part.text.unicodeScalars)
        let start = max(0, min(scalars.count, annotation.start - part.baseCodePoints))
        let end = max(start, min(scalars.count, annotation.end - part.baseCodePoints))
        let from = max(0, start - 40), to = min(scalars.count, end + 40)
        var text = String(String.UnicodeScalarView(scalars[from..<start])) + "[" + String(String.UnicodeScalarView(scalars[start..<end]))
            + "]" + String(String.UnicodeScalarView(scalars[end..<to]))
        text = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return (from > 0 ? "…" : "") + text + (to < scalars.count ? "…" : "")
    }
}
