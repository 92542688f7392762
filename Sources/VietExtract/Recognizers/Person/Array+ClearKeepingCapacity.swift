extension Array {
    /// Empties the array and keeps its storage, for the short buffers the person passes reuse
    /// (a run's words, a list's items): one element at a time, which for a few elements is much
    /// cheaper than `removeAll(keepingCapacity: true)` and the generic `replaceSubrange` it calls.
    @inline(__always)
    mutating func clearKeepingCapacity() {
        while !isEmpty { removeLast() }
    }
}
