import VietExtract

/// What annotating one document hands back, on whichever of the jobs' threads it ran: the annotated
/// document, or, where the output format renders each document on its own, its bytes already
/// rendered (so the document itself never travels back to the writing thread), with what the
/// progress bar shows.
struct AnnotatedOutput: Sendable {
    enum Content: Sendable {
        case document(AnnotatedDocument)
        case rendered([UInt8])
    }

    let content: Content
    let source: String
    let line: Int?
    /// The UTF-8 length of the document's text.
    let textBytes: Int

    init(_ annotated: AnnotatedDocument, renderer: (any DocumentRenderer)?) {
        source = annotated.document.source
        line = annotated.document.line
        textBytes = annotated.text.utf8.count
        if let renderer {
            var bytes: [UInt8] = []
            renderer.render(annotated, into: &bytes)
            content = .rendered(bytes)
        } else {
            content = .document(annotated)
        }
    }
}
