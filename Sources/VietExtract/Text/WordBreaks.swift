import CICU

/// The word-break rules the segmenter applies itself, so that it finds the boundaries ICU's word
/// break iterator finds without asking ICU where Unicode's rules leave only one answer.
///
/// Vietnamese news is written in Latin letters, digits, spaces, line breaks and a few dozen
/// punctuation marks. Between those characters the word-break rules of UAX #29, which ICU's
/// iterator implements, come down to a handful: letters and digits hold together, one `.`,
/// `'` or `’` (and `·` between letters, `,` or `;` between digits) joins two letters or two
/// digits, spaces hold together, CR holds to LF, and everything else is cut (`@` counts as a
/// letter and `:` joins nothing in ICU's rules). They are applied to ICU's own Word_Break
/// classes of the characters. A stretch that holds any other character (a combining mark, a
/// format character, `_`, another script, an emoji) goes to ICU whole: from the last boundary no
/// rule can move, the start of a word after white space, to the next one. ICU's iterator walking
/// every character cost more than all the rest of the text layer.
enum WordBreaks {
    /// What a character is to the word-break rules applied here (a byte, read from the
    /// segmenter's table with no conversion).
    struct Class: Equatable {
        let rawValue: UInt8

        /// Anything the rules here do not cover: the stretch around it goes to ICU.
        static let icu = Class(rawValue: 0)
        static let letter = Class(rawValue: 1)
        static let digit = Class(rawValue: 2)
        /// Joins two letters (`·`).
        static let midLetter = Class(rawValue: 3)
        /// Joins two digits (`,`, `;`).
        static let midNumber = Class(rawValue: 4)
        /// Joins two letters or two digits (`.`, `'`, `’`).
        static let midLetterOrNumber = Class(rawValue: 5)
        static let space = Class(rawValue: 6)
        static let lineFeed = Class(rawValue: 7)
        static let carriageReturn = Class(rawValue: 8)
        /// Always cut before and after (other punctuation, symbols, tab, quotation marks).
        static let other = Class(rawValue: 9)

        /// A letter or a digit: what words are runs of.
        var isLetterOrDigit: Bool { rawValue &- 1 < 2 }
        /// May join two letters or two digits (`midLetter`, `midNumber`, `midLetterOrNumber`).
        var canJoin: Bool { rawValue &- 3 < 3 }
    }

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

    /// Whether a boundary between `before` and `here` stays whatever stands around them: the
    /// start of a word (not white space, not a character ICU must judge) after white space.
    @inline(__always)
    static func isFixed(_ before: Class, _ here: Class) -> Bool {
        guard here != .space, here != .icu else { return false }
        switch before {
        case .space, .lineFeed: return true
        case .carriageReturn: return here != .lineFeed
        default: return false
        }
    }

    /// Whether `middle` joins `before` and `after` into one word (rules WB6, WB7, WB11, WB12).
    @inline(__always)
    static func joins(_ before: Class, _ middle: Class, _ after: Class) -> Bool {
        switch middle {
        case .midLetter: return before == .letter && after == .letter
        case .midNumber: return before == .digit && after == .digit
        case .midLetterOrNumber: return before == after && before.isLetterOrDigit
        default: return false
        }
    }

    /// ICU's word boundaries of `text[range]`, as positions in the whole text. Where ICU fails,
    /// the stretch is one segment.
    static func icuBoundaries(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> [Int32] {
        let boundaries = Segmenter.boundaries(CICU_BREAK_WORD, in: UnsafeBufferPointer(rebasing: text[range]))
        return boundaries.map { $0 + Int32(range.lowerBound) }
    }
}
