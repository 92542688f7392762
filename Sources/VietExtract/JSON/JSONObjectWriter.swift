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
    mutating func add(_ key: StaticString, utf8 value: UnsafeBufferPointer<UInt8>) {
        startMember(key)
        JSONWriter.writeString(utf8: value, into: &buffer)
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
        // Two literals, not one chosen: each is stored as bytes of a known count.
        if value { Self.copy("true", to: buffer.appendUninitialized(4)) } else { Self.copy("false", to: buffer.appendUninitialized(5)) }
    }

    /// Inlined: the literal is stored as bytes of a known count, with no check and no call.
    @inline(__always)
    mutating func add(_ key: StaticString, literal value: StaticString) {
        startMember(key)
        let length = value.utf8CodeUnitCount
        let target = buffer.appendUninitialized(length &+ 2)
        target[0] = 0x22
        Self.copy(value, to: target + 1)
        target[length &+ 1] = 0x22
    }

    mutating func add(_ key: StaticString, _ value: JSONValue?) {
        guard let value else { return }
        startMember(key)
        JSONWriter().write(value, into: &buffer)
    }

    @inline(__always)
    mutating func add(_ key: StaticString, object value: some JSONObjectDescribing) {
        startMember(key)
        write(object: value)
    }

    /// Inlined, as the string arrays are: read in place, the array's elements need no retain.
    @inline(__always)
    mutating func add(_ key: StaticString, objects values: [some JSONObjectDescribing]) {
        guard !values.isEmpty else { return }
        startMember(key)
        buffer.append(0x5B)
        for index in values.indices {
            if index > 0 { buffer.append(0x2C) }
            write(object: values[index])
        }
        buffer.append(0x5D)
    }

    @inline(__always)
    mutating func add(_ key: StaticString, strings values: [String]) {
        guard !values.isEmpty else { return }
        startMember(key)
        buffer.append(0x5B)
        for index in values.indices {
            if index > 0 { buffer.append(0x2C) }
            JSONWriter.writeString(values[index], into: &buffer)
        }
        buffer.append(0x5D)
    }

    /// Closes the object and gives the buffer back.
    @inline(__always)
    consuming func finish() -> ByteBuffer {
        close()
        return buffer
    }

    /// The object `value` describes, as a value inside this one: its members are counted apart.
    @inline(__always)
    private mutating func write(object value: some JSONObjectDescribing) {
        let outer = members
        members = 0
        value.describe(into: &self)
        close()
        members = outer
    }

    /// Stores the bytes of `literal` one by one, inlined, so that they become stores of known bytes.
    /// Copied by `ByteBuffer.append(_:)` they would be a memory move that, for all the compiler
    /// knows, could overwrite the value being described, and it would copy that value first.
    @inline(__always)
    private static func copy(_ literal: StaticString, to target: UnsafeMutablePointer<UInt8>) {
        let utf8 = literal.utf8Start
        for index in 0..<literal.utf8CodeUnitCount { target[index] = utf8[index] }
    }

    /// `}`, after `{` when the object has no member.
    @inline(__always)
    private mutating func close() {
        if members == 0 { buffer.append(0x7B) }
        buffer.append(0x7D)
    }

    /// `{` or `,`, then the key (keys are plain ASCII literals: no escapes) and `:`, stored in one go;
    /// inlined, so that the copy of a literal key is one of a known length.
    @inline(__always)
    private mutating func startMember(_ key: StaticString) {
        let length = key.utf8CodeUnitCount
        let target = buffer.appendUninitialized(length &+ 4)
        target[0] = members == 0 ? 0x7B : 0x2C
        target[1] = 0x22
        Self.copy(key, to: target + 2)
        target[length &+ 2] = 0x22
        target[length &+ 3] = 0x3A
        members &+= 1
    }
}
