/// Whether each token of one text is spelled as a Vietnamese syllable (`VietnameseSyllable`), read
/// once when first asked: the person rules ask it of the same name words again and again. One per
/// text, made with its `PersonScan` and never shared; a buffer, so that a lookup takes no access check.
final class NativeSyllables {
    /// By token: 0 not asked yet, 1 native, 2 not.
    private let known: UnsafeMutableBufferPointer<UInt8>

    /// Nothing known yet of `count` tokens.
    init(count: Int) {
        known = .allocate(capacity: count)
        known.initialize(repeating: 0)
    }

    deinit { known.deallocate() }

    /// Whether token `index`, whose units are `units[range]`, is spelled as a Vietnamese syllable.
    @inline(__always)
    func isNative(_ index: Int, _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        switch known[index] {
        case 1: return true
        case 2: return false
        default:
            let native = VietnameseSyllable.isNative(units, range)
            known[index] = native ? 1 : 2
            return native
        }
    }
}
