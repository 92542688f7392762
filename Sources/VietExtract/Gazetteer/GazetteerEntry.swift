/// One name in a gazetteer: the phrase to find, the label it gets, its canonical id and attributes.
///
/// `name` is written as it would appear in running text (`Hà Nội`, `châu Âu`, `TP.HCM`); its
/// capitals matter under `Gazetteer.CasePolicy.asWritten`. Tone placement, Unicode form and dashes
/// between syllables do not matter: `Thừa Thiên - Huế` and `Thừa Thiên Huế` are one key.
public struct GazetteerEntry: Sendable, Hashable {
    /// The phrase, as written in the list.
    public let name: String
    /// The label a match of this entry proposes.
    public let label: EntityLabel
    /// The canonical id of what the entry names (`vn.province.01`, `US`, or the user's own id).
    public let id: String
    /// Free-form attributes (for places: kind, level, code, era, parent, became).
    public let attributes: JSONValue

    public init(name: String, label: EntityLabel, id: String, attributes: JSONValue = .object([])) {
        self.name = name
        self.label = label
        self.id = id
        self.attributes = attributes
    }
}

/// A named list of gazetteer entries and the way its capitals are read.
public struct Gazetteer: Sendable {
    /// How the capitals of an entry's name must appear in the text for a match.
    public enum CasePolicy: String, Sendable, Hashable {
        /// Every syllable written with a capital in the entry must start with a capital in the text
        /// (`Hà Nội` matches `Hà Nội` and `HÀ NỘI`, not `hà nội`); lower-case syllables match either case.
        /// A span written wholly in capitals (a title) always matches.
        case asWritten
        /// Case is ignored.
        case insensitive
    }

    /// The list's name; matches report it as their source (`gazetteer:<name>`).
    public let name: String
    public let entries: [GazetteerEntry]
    public let casePolicy: CasePolicy

    public init(name: String, entries: [GazetteerEntry], casePolicy: CasePolicy = .asWritten) {
        self.name = name
        self.entries = entries
        self.casePolicy = casePolicy
    }
}
