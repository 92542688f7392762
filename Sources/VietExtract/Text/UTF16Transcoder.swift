/// Converts between a String's UTF-8 storage and UTF-16 code units in one pass each way.
///
/// `Array(text.utf16)` first counts the units through the string's breadcrumbs, then copies
/// unit by unit through the generic view; over Vietnamese text that costs more than ICU's word
/// break. A String's storage is valid UTF-8 by construction, so the decoding needs no checks.
/// The other way, `String(decoding:as: UTF16.self)` parses scalar by scalar through a generic
/// decoder (thousands of instructions for a name); `string(of:)` writes the UTF-8 bytes directly.
enum UTF16Transcoder {
    /// The UTF-16 code units of `text`, equal to `Array(text.utf16)`.
    ///
    /// Vietnamese text mixes ASCII letters with 2- and 3-byte letters at random: a loop that
    /// steps from one character to the next waits at each on its lead byte's length, or on a
    /// mispredicted branch. This one steps byte by byte, with no branch but for the rare 4-byte
    /// sequences: a lead byte starts a unit (its payload bits) and the unit's position, a
    /// continuation byte shifts its 6 bits into the unit, and each byte writes the unit so far
    /// at its position.
    static func units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            // Every UTF-8 sequence is at least as many bytes as the UTF-16 units it becomes.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
                count = 0
                guard let source = bytes.baseAddress, let target = units.baseAddress else { return }
                byteKinds.withUnsafeBufferPointer { kinds in
                    var input = 0
                    var output = -1  // the position of the unit being decoded
                    var unit: UInt32 = 0
                    let end = bytes.count
                    while input < end {
                        let byte = UInt32(source[input])
                        if byte >= 0xF0 {
                            let scalar = (byte & 0x07) << 18 | UInt32(source[input &+ 1] & 0x3F) << 12
                                | UInt32(source[input &+ 2] & 0x3F) << 6 | UInt32(source[input &+ 3] & 0x3F)
                            let offset = scalar &- 0x10000
                            target[output &+ 1] = UInt16(truncatingIfNeeded: 0xD800 &+ (offset >> 10))
                            target[output &+ 2] = UInt16(truncatingIfNeeded: 0xDC00 &+ (offset & 0x3FF))
                            input &+= 4
                            output &+= 2
                            continue
                        }
                        let kind = kinds[Int(byte)]
                        let starts = kind &>> 8
                        unit = (unit &<< 6) & (starts &- 1) | byte & kind
                        output &+= Int(truncatingIfNeeded: starts)
                        target[output] = UInt16(truncatingIfNeeded: unit)
                        input &+= 1
                    }
                    count = output &+ 1
                }
            }
        }
    }

    /// For each UTF-8 byte value, the mask of its payload bits (low byte: 0x7F for ASCII, 0x3F for
    /// a continuation byte, 0x1F for a 2-byte lead, 0x0F for a 3-byte one), and 0x100 unless it
    /// is a continuation byte (it starts a unit).
    private static let byteKinds: [UInt32] = (0..<256).map { byte in
        switch byte {
        case ..<0x80: return 0x17F
        case ..<0xC0: return 0x3F
        case ..<0xE0: return 0x11F
        default: return 0x10F
        }
    }

    /// The string of `units`, equal to `String(decoding: units, as: UTF16.self)`: a lone surrogate
    /// becomes U+FFFD.
    static func string(of units: UnsafeBufferPointer<UInt16>) -> String {
        // Every unit becomes at most 3 bytes (a pair: 4 bytes for 2 units).
        String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var input = 0
            var output = 0
            let end = units.count
            while input < end {
                let unit = UInt32(units[input])
                input += 1
                if unit < 0x80 {
                    bytes[output] = UInt8(truncatingIfNeeded: unit)
                    output += 1
                } else if unit < 0x800 {
                    bytes[output] = UInt8(truncatingIfNeeded: 0xC0 | unit >> 6)
                    bytes[output + 1] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
                    output += 2
                } else if unit & 0xFC00 == 0xD800, input < end, units[input] & 0xFC00 == 0xDC00 {
                    let scalar = 0x10000 + ((unit & 0x3FF) << 10 | UInt32(units[input]) & 0x3FF)
                    input += 1
                    bytes[output] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
                    bytes[output + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
                    bytes[output + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
                    bytes[output + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
                    output += 4
                } else {
                    let scalar = unit & 0xF800 == 0xD800 ? 0xFFFD : unit  // a lone surrogate
                    bytes[output] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
                    bytes[output + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
                    bytes[output + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
                    output += 3
                }
            }
            return output
        }
    }

    /// The string of `units`, as `string(of:)` on their storage.
    static func string(of units: ArraySlice<UInt16>) -> String {
        units.withUnsafeBufferPointer { string(of: $0) }
    }
}
