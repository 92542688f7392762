/// Writes each document's text with inline markup: `[Tô Huy Rứa]PER`, nested brackets inside.
///
/// With `colour`, each entity is coloured by its label with ANSI escapes, for a terminal.
public struct InlineTextWriter: AnnotationWriter {
    /// Whether to colour the markup with ANSI escapes.
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public mutating func write(_ document: AnnotatedDocument, into output: inout WriterOutput) {
        var colours: [String] = []
        InlineSpans.walk(document.text, entities: document.annotations.map(\.entity)) { piece in
            switch piece {
            case .text(let text):
                output.append(String(text))
            case .open(let entity):
                if colour {
                    colours.append("\u{1B}[1;\(LabelStyle.ansiCode(entity.label))m")
                    output.append(colours.last!)
                }
                output.append("[")
            case .close(let entity):
                output.append("]\(entity.label.rawValue)")
                if colour {
                    colours.removeLast()
                    output.append("\u{1B}[0m" + (colours.last ?? ""))
                }
            }
        }
        if !document.text.hasSuffix("\n") { output.append("\n") }
    }
}
