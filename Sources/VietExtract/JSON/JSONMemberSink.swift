/// Receives the members of a JSON object in order, so that one function can describe an object
/// once and have it either built as a `JSONValue` (`JSONObjectBuilder`) or written straight to
/// bytes (`JSONObjectWriter`). A nil value leaves its member out.
protocol JSONMemberSink: ~Copyable {
    mutating func add(_ key: StaticString, _ value: String?)
    mutating func add(_ key: StaticString, _ value: Int?)
    mutating func add(_ key: StaticString, _ value: Bool?)
    mutating func add(_ key: StaticString, _ value: JSONValue?)
    /// A member whose value is the object `value` describes.
    mutating func add(_ key: StaticString, object value: some JSONObjectDescribing)
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
    mutating func add(_ key: StaticString, _ value: Int?) { add(key.description, value) }
    mutating func add(_ key: StaticString, _ value: Bool?) { add(key.description, value) }
    mutating func add(_ key: StaticString, _ value: JSONValue?) { add(key.description, value) }
    mutating func add(_ key: StaticString, object value: some JSONObjectDescribing) { add(key.description, value.jsonObject) }
}

/// Writes an object's members as compact JSON into a `ByteBuffer`, opening the object at the
/// first member (or at `finish()` when there is none) and closing it at `finish()`.
struct JSONObjectWriter: JSONMemberSink, ~Copyable {
    private(set) var buffer: ByteBuffer
    private var members = 0

    init(into buffer: consuming ByteBuffer) {
        self.buffer = buffer
    }

    @inline(__always)
    mutating func add(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        startMember(key)
        JSONWriter.writeString(value, into: &buffer)
    }

    @inline(__always)
    mutating func add(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        startMember(key)
        JSONWriter.writeInt(value, into: &buffer)
    }

    @inline(__always)
    mutating func add(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        startMember(key)
        buffer.append(value ? "true" : "false")
    }

    mutating func add(_ key: StaticString, _ value: JSONValue?) {
        guard let value else { return }
        startMember(key)
        JSONWriter().write(value, into: &buffer)
    }

    mutating func add(_ key: StaticString, object value: some JSONObjectDescribing) {
        startMember(key)
        let outer = members
        members = 0
        value.describe(into: &self)
        close()
        members = outer
    }

    /// Closes the object and gives the buffer back.
    consuming func finish() -> ByteBuffer {
        close()
        return buffer
    }

    /// `}`, after `{` when the object has no member.
    private mutating func close() {
        if members == 0 { buffer.append(0x7B) }
        buffer.append(0x7D)
    }

    /// `{` or `,`, then the key (keys are plain ASCII literals: no escapes) and `:`, stored in one go;
    /// inlined, so that the copy of a literal key is one of a known length.
    @inline(__always)
    private mutating func startMember(_ key: StaticString) {
        let length = key.utf8CodeUnitCount
        let target = buffer.appendUninitialized(length + 4)
        target[0] = members == 0 ? 0x7B : 0x2C
        target[1] = 0x22
        let utf8 = key.utf8Start
        for index in 0..<length { target[2 + index] = utf8[index] }
        target[length + 2] = 0x22
        target[length + 3] = 0x3A
        members += 1
    }
}
