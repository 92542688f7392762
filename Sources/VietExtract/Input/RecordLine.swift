/// A JSON Lines record's line as it was read, kept with the document so that string fields (the
/// record's `text` is most of its line) are copied to the output as they stand rather than
/// written again from their String.
struct RecordLine: Sendable {
    let bytes: [UInt8]
    /// For each field carried to the output (`AnnotationJSON.documentMembers`), in order, the
    /// range of its value in `bytes`, quotes included, when it is a string `JSONWriter` writes
    /// byte for byte the same; nil for any other value.
    let verbatimValues: [Range<Int>?]

    /// Appends the value of the carried field `index` as it stands in the line, or returns false
    /// when it must be written from its value.
    func copyValue(_ index: Int, into buffer: inout ByteBuffer) -> Bool {
        guard index < verbatimValues.count, let range = verbatimValues[index] else { return false }
        bytes.withUnsafeBufferPointer { buffer.append(UnsafeBufferPointer(rebasing: $0[range])) }
        return true
    }
}
