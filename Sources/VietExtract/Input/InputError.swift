/// Why an input, or a part of it, could not be read; it names the input and the place.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The path, or `-` for standard input.
    public let source: String
    /// Where in the input, such as `line 3` or `byte 1024`; nil for the whole input.
    public let place: String?
    public let reason: String

    public init(source: String, place: String? = nil, reason: String) {
        self.source = source
        self.place = place
        self.reason = reason
    }

    public var description: String {
        let name = source == "-" ? "<stdin>" : source
        if let place { return "\(name): \(place): \(reason)" }
        return "\(name): \(reason)"
    }
}
