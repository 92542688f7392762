import CICU

/// The word boundaries of a text, the same ICU's word break iterator finds, cut without asking
/// ICU where Unicode's rules leave only one answer.
///
/// Vietnamese news is written in Latin letters, digits, spaces, line breaks and a few dozen
/// punctuation marks. Between those characters the word-break rules of UAX #29, which ICU's
/// iterator implements, come down to a handful: letters and digits hold together, one `.`,
/// `'` or `’` (and `·` between letters, `,` or `;` between digits) joins two letters or two
/// digits, spaces hold together, CR holds to LF, and everything else is cut (`@` counts as a
/// letter and `:` joins nothing in ICU's rules). Those are applied
/// here, to ICU's own Word_Break classes of the characters. A stretch that holds any other
/// character (a combining mark, a format character, `_`, another script, an emoji) goes to ICU
/// whole: from the last boundary no rule can move, the start of a word after white space, to the
/// next one. ICU's iterator walking every character cost more than all the rest of the text layer.
enum WordBreaks {
    /// What a character is to the word-break rules applied here.
    enum Class: UInt8 {
        /// Anything the rules here do not cover: the stretch around it goes to ICU.
        case icu
        case letter
        case digit
        /// Joins two letters (`·`).
        case midLetter
        /// Joins two digits (`,`, `;`).
        case midNumber
        /// Joins two letters or two digits (`.`, `'`, `’`).
        case midLetterOrNumber
        case space
        case lineFeed
        case carriageReturn
        /// Always cut before and after (other punctuation, symbols, tab, quotation marks).
        case other
    }

    /// The classes of units 0..<`UnitClasses.tableSize`, read from ICU's Word_Break property.
    static let table: [Class] = (0..<UnitClasses.tableSize).map { classify(UInt16($0)) }

    /// The class of `unit`, from its Word_Break property. Letters count only in Latin, Greek,
    /// Cyrillic and Armenian (no dictionary and no script-specific rule applies to them) and
    /// digits only in ASCII. ICU's rules tailor two characters of the property: `@` is a letter
    /// (so an e-mail address holds together) and `:` joins nothing (CLDR's root rules).
    static func classify(_ unit: UInt16) -> Class {
        if unit == 0x40 { return .letter }
        if unit == 0x3A { return .other }
        switch cicu_word_break_property(UInt32(unit)) {
        case 1: return unit < 0x0590 || unit >= 0x1E00 && unit < 0x2000 ? .letter : .icu  // ALetter
        case 6: return unit < 0x80 ? .digit : .icu  // Numeric
        case 4: return .midLetter  // MidLetter
        case 5: return .midNumber  // MidNum
        case 11, 15: return .midLetterOrNumber  // MidNumLet, Single_Quote
        case 22: return .space  // WSegSpace
        case 10: return .lineFeed
        case 8: return .carriageReturn
        // Other, and Double_Quote: it joins only Hebrew letters, which go to ICU. Scripts that
        // ICU cuts with dictionaries (Thai, Lao, Khmer, Myanmar) are Other too, and go to ICU.
        case 0, 16: return unit < 0x0590 || unit >= 0x2000 && unit < 0x2E00 ? .other : .icu
        default: return .icu
        }
    }

    /// The boundaries of `text`, from 0 to `text.count`, as `Segmenter.boundaries` finds them.
    static func boundaries(in text: UnsafeBufferPointer<UInt16>) -> [Int32] {
        let length = text.count
        return [Int32](unsafeUninitializedCapacity: length + 1) { out, written in
            table.withUnsafeBufferPointer { table in
                @inline(__always) func at(_ index: Int) -> Class {
                    let unit = Int(text[index])
                    return unit < table.count ? table[unit] : .icu
                }
                /// Whether `index` is a boundary whatever stands around it: a word's start after white space.
                @inline(__always) func isFixed(_ index: Int) -> Bool {
                    let here = at(index)
                    guard here != .space, here != .icu else { return false }
                    switch at(index - 1) {
                    case .space, .lineFeed: return true
                    case .carriageReturn: return here != .lineFeed
                    default: return false
                    }
                }
                out[0] = 0
                var count = 1
                // The boundaries up to and including the last fixed one: ICU restarts from it.
                var fixedCount = 1
                var position = 0
                while position < length {
                    var end = position + 1
                    switch at(position) {
                    case .icu:
                        let start = Int(out[fixedCount - 1])
                        while end < length, !isFixed(end) { end += 1 }
                        count = fixedCount - 1
                        count += icuBoundaries(text, start..<end, into: out.baseAddress! + count)
                        fixedCount = count
                        position = end
                        continue
                    case .letter, .digit:
                        while true {
                            while end < length, at(end) == .letter || at(end) == .digit { end += 1 }
                            guard end + 1 < length, joins(at(end - 1), at(end), at(end + 1)) else { break }
                            end += 2
                        }
                    case .space:
                        while end < length, at(end) == .space { end += 1 }
                    case .carriageReturn:
                        if end < length, at(end) == .lineFeed { end += 1 }
                    default:
                        break
                    }
                    out[count] = Int32(end)
                    count += 1
                    if end < length, isFixed(end) { fixedCount = count }
                    position = end
                }
                written = count
            }
        }
    }

    /// Whether `middle` joins `before` and `after` into one word (rules WB6, WB7, WB11, WB12).
    @inline(__always)
    private static func joins(_ before: Class, _ middle: Class, _ after: Class) -> Bool {
        switch middle {
        case .midLetter: return before == .letter && after == .letter
        case .midNumber: return before == .digit && after == .digit
        case .midLetterOrNumber: return before == after && (before == .letter || before == .digit)
        default: return false
        }
    }

    /// Writes ICU's boundaries of `text[range]`, offset to the whole text, at `out`; returns how
    /// many. Where ICU fails, the stretch is one segment.
    private static func icuBoundaries(
        _ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, into out: UnsafeMutablePointer<Int32>
    ) -> Int {
        let found = Int(cicu_boundaries(
            CICU_BREAK_WORD, text.baseAddress! + range.lowerBound, Int32(range.count), out, Int32(range.count + 1)))
        guard found >= 2 else {
            out[0] = Int32(range.lowerBound)
            out[1] = Int32(range.upperBound)
            return 2
        }
        for index in 0..<found { out[index] += Int32(range.lowerBound) }
        return found
    }
}
