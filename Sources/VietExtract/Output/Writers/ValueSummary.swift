/// An entity's normalized value as short `key: value` lines, for notes and hover titles.
enum ValueSummary {
    /// One line per member of the value's object (`canonical: 39-CT/TW`); a value that is not
    /// an object is one line; null gives none.
    static func lines(_ value: JSONValue) -> [String] {
        switch value {
        case .null: return []
        case .object(let members): return members.map { "\($0.0): \(text($0.1))" }
        default: return [text(value)]
        }
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): return string
        case .array(let values): return values.map(text).joined(separator: ", ")
        default: return JSONWriter().string(value)
        }
    }
}
