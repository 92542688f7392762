extension Array {
    /// Empties the array and keeps its storage, for the short buffers recognizers reuse per text
    /// (a person run's words, a list's items, the date grammar's matches): one element at a time,
    /// which for a few elements is much cheaper than `removeAll(keepingCapacity: true)` and the generic `replaceSubrange` it calls.
    @inline(__always)
    mutating func clearKeepingCapacity() {
        while !isEmpty { removeLast() }
    }
}
