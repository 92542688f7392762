/// Receives the members of a JSON object in order, so that one function can describe an object
/// once and have it either built as a `JSONValue` (`JSONObjectBuilder`) or written straight to
/// bytes (`JSONObjectWriter`). A nil value leaves its member out.
protocol JSONMemberSink: ~Copyable {
    mutating func add(_ key: StaticString, _ value: String?)
    /// A member whose value is the string of the UTF-8 bytes `value`.
    mutating func add(_ key: StaticString, utf8 value: UnsafeBufferPointer<UInt8>)
    mutating func add(_ key: StaticString, _ value: Int?)
    mutating func add(_ key: StaticString, _ value: Bool?)
    mutating func add(_ key: StaticString, _ value: JSONValue?)
    /// A member whose value is a string literal that needs no escape (a name from a fixed set).
    mutating func add(_ key: StaticString, literal value: StaticString)
    /// A member whose value is the object `value` describes.
    mutating func add(_ key: StaticString, object value: some JSONObjectDescribing)
    /// A member whose value is the array of the objects `values` describe; an empty array leaves
    /// the member out.
    mutating func add(_ key: StaticString, objects values: [some JSONObjectDescribing])
    /// A member whose value is the array of `values`; an empty array leaves the member out.
    mutating func add(_ key: StaticString, strings values: [String])
}

/// A value whose JSON is an object it describes member by member (see `JSONMemberSink`).
protocol JSONObjectDescribing {
    func describe(into object: inout some JSONMemberSink & ~Copyable)
}

extension JSONObjectDescribing {
    /// The object, built as a JSON value.
    var jsonObject: JSONValue {
        var object = JSONObjectBuilder()
        describe(into: &object)
        return object.value
    }
}

extension JSONObjectBuilder: JSONMemberSink {
    mutating func add(_ key: StaticString, _ value: String?) { add(key.description, value) }
    mutating func add(_ key: StaticString, utf8 value: UnsafeBufferPointer<UInt8>) {
        add(key.description, String(decoding: value, as: UTF8.self))
    }
    mutating func add(_ key: StaticString, _ value: Int?) { add(key.description, value) }
    mutating func add(_ key: StaticString, _ value: Bool?) { add(key.description, value) }
    mutating func add(_ key: StaticString, _ value: JSONValue?) { add(key.description, value) }
    mutating func add(_ key: StaticString, literal value: StaticString) { add(key.description, value.description) }
    mutating func add(_ key: StaticString, object value: some JSONObjectDescribing) { add(key.description, value.jsonObject) }

    mutating func add(_ key: StaticString, objects values: [some JSONObjectDescribing]) {
        if !values.isEmpty { add(key.description, JSONValue.array(values.map(\.jsonObject))) }
    }

    mutating func add(_ key: StaticString, strings values: [String]) {
        if !values.isEmpty { add(key.description, JSONValue.array(values.map(JSONValue.string))) }
    }
}
