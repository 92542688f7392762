/// The normalized value of an entity, one case per kind of value.
///
/// The values differ in size by a factor of ten (a document reference is nearly 500 bytes): the
/// large ones are boxed (`indirect`), which keeps candidates and entities small to move, sort and
/// grow arrays of. Places and organizations keep their strings in a shared box of their own
/// already, so they are held as they are, with no second box to allocate.
public enum EntityValue: Sendable, Hashable {
    /// A reference to a document, with its canonical number and symbol.
    indirect case document(DocumentReference)
    /// A date, time or period, with its ISO 8601 value.
    indirect case date(DateValue)
    /// A place, with its administrative unit, era and code when known.
    case place(PlaceValue)
    /// An organization, with its kind and, for a known body, its id and validity.
    case organization(OrganizationValue)
    /// A person mention, with its titles and the person it refers to.
    indirect case person(PersonValue)
    /// A value given by a user's gazetteer entry or another source with free-form attributes.
    indirect case attributes(JSONValue)

    /// The value as JSON, as the `value` field of an entity.
    public var json: JSONValue {
        switch self {
        case .document(let reference): return reference.json
        case .date(let value): return value.json
        case .place(let place): return place.json
        case .organization(let organization): return organization.json
        case .person(let person): return person.json
        case .attributes(let value): return value
        }
    }

    /// Adds the value as the member `key` of an object: a value of a built-in label is written as
    /// the object it describes, without building it first. Inlined, as the describers are, so that
    /// an entity's object is written by one function.
    @inline(__always)
    func add(as key: StaticString, to object: inout some JSONMemberSink & ~Copyable) {
        switch self {
        case .document(let reference): object.add(key, object: reference)
        case .date(let value): object.add(key, object: value)
        case .place(let place): object.add(key, object: place)
        case .organization(let organization): object.add(key, object: organization)
        case .person(let person): object.add(key, object: person)
        case .attributes(let value): object.add(key, value)
        }
    }

    /// The value with the offsets inside it (a document's attributes, a person's titles) moved by `codePoints`.
    public func shifted(by codePoints: Int) -> EntityValue {
        if case .document(let reference) = self { return .document(reference.shifted(by: codePoints)) }
        if case .person(let person) = self { return .person(person.shifted(by: codePoints)) }
        return self
    }
}
