/// How writers for people show a label: its colour on a page and in a terminal, and its name.
///
/// A switch rather than a table so that a new label cannot be added without a style.
enum LabelStyle {
    /// The CSS background colour of the label's highlight.
    static func htmlColour(_ label: EntityLabel) -> String {
        switch label {
        case .person: return "#ffd59e"
        case .organization: return "#a8c8ff"
        case .location: return "#b4f0b9"
        case .date: return "#e2c8fb"
        case .document: return "#ffb3b3"
        }
    }

    /// The ANSI SGR code of the label's colour in a terminal.
    static func ansiCode(_ label: EntityLabel) -> String {
        switch label {
        case .person: return "33"
        case .organization: return "34"
        case .location: return "32"
        case .date: return "35"
        case .document: return "31"
        }
    }

    /// What the label stands for, in words, for a legend.
    static func name(_ label: EntityLabel) -> String {
        switch label {
        case .person: return "person"
        case .organization: return "organization"
        case .location: return "place"
        case .date: return "date or time"
        case .document: return "document reference"
        }
    }
}
