/// The normalized value of an entity, one case per kind of value.
public enum EntityValue: Sendable, Hashable {
    /// A reference to a document, with its canonical number and symbol.
    case document(DocumentReference)
    /// An organization, with its kind and, for a known body, its id and validity.
    case organization(OrganizationValue)
    /// A value given by a user's gazetteer entry or another source with free-form attributes.
    case attributes(JSONValue)

    /// The value as JSON, as the `value` field of an entity.
    public var json: JSONValue {
        switch self {
        case .document(let reference): return reference.json
        case .organization(let organization): return organization.json
        case .attributes(let value): return value
        }
    }
}
