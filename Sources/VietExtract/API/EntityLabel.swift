/// The kinds of entity the extractor finds (see the annotation guideline).
public enum EntityLabel: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A person: `Tô Huy Rứa`, `ông Rứa` → `Rứa`.
    case person = "PER"
    /// An organization: `Bộ Chính trị`, `UBND tỉnh Bình Định`.
    case organization = "ORG"
    /// A place: `Hà Nội`, `thành phố Hồ Chí Minh`.
    case location = "LOC"
    /// A date, time or period: `ngày 22/10`, `quý III/2013`.
    case date = "DATE"
    /// A reference to a document: `Chỉ thị số 39-CT/TW`.
    case document = "DOC"

    public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a comma-separated list such as `PER,DOC`; nil names the first unknown label.
    public static func parseList(_ list: String) -> Result<Set<EntityLabel>, UnknownLabel> {
        var labels: Set<EntityLabel> = []
        for name in list.split(separator: ",") {
            let trimmed = String(name.filter { !$0.isWhitespace }).uppercased()
            guard let label = EntityLabel(rawValue: trimmed) else { return .failure(UnknownLabel(name: String(name))) }
            labels.insert(label)
        }
        return .success(labels)
    }

    /// A label name that is not one of the five.
    public struct UnknownLabel: Error, CustomStringConvertible {
        public let name: String
        public var description: String {
            "unknown label '\(name)'; the labels are \(EntityLabel.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
