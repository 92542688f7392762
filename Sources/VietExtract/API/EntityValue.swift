/// The normalized value of an entity, one case per kind of value.
public enum EntityValue: Sendable, Hashable {
    /// A reference to a document, with its canonical number and symbol.
    case document(DocumentReference)
    /// A place, with its administrative unit, era and code when known.
    case place(PlaceValue)
    /// A person mention, with its titles and the person it refers to.
    case person(PersonValue)
    /// A value given by a user's gazetteer entry or another source with free-form attributes.
    case attributes(JSONValue)

    /// The value as JSON, as the `value` field of an entity.
    public var json: JSONValue {
        switch self {
        case .document(let reference): return reference.json
        case .place(let place): return place.json
        case .person(let person): return person.json
        case .attributes(let value): return value
        }
    }
}
