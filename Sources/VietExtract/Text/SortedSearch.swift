/// Binary searches over sorted arrays and buffers, shared by every layer (offsets, recognizers,
/// overlap resolution).
extension Array {
    /// The first index whose element satisfies `predicate`, which must be false then true along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension RandomAccessCollection where Index == Int {
    /// The first index whose `key` is `bound` or more, the keys rising along the collection
    /// (`endIndex` when none is).
    ///
    /// With no branch on a probe (where it lands is as good as random, and a branch on it
    /// mispredicts half the time): the bound moves by the sign of the key's difference, a mask.
    /// A `Bool` or a `? :` there is compiled back into a branch. The loop runs a number of times
    /// set by `count` alone.
    @inline(__always)
    func firstIndex(atLeast bound: Int, key: (Element) -> Int) -> Int {
        guard !isEmpty else { return startIndex }
        var base = startIndex
        var length = count
        while length > 1 {
            let half = length &>> 1
            // The index lies in base...base + length, past base + half when the key there is below `bound`.
            base &+= half & ((key(self[base &+ half]) &- bound) &>> (Int.bitWidth - 1))
            length &-= half
        }
        return base &+ Int(bitPattern: UInt(bitPattern: key(self[base]) &- bound) &>> (Int.bitWidth - 1))
    }
}
