/// Converts between a String's UTF-8 storage and UTF-16 code units in one pass each way.
///
/// `Array(text.utf16)` first counts the units through the string's breadcrumbs, then copies
/// unit by unit through the generic view; over Vietnamese text that costs more than ICU's word
/// break. A String's storage is valid UTF-8 by construction, so the decoding needs no checks.
/// The other way, `String(decoding:as: UTF16.self)` parses scalar by scalar through a generic
/// decoder (thousands of instructions for a name); `string(of:)` writes the UTF-8 bytes directly.
enum UTF16Transcoder {
    /// The UTF-16 code units of `text`, equal to `Array(text.utf16)`.
    static func units(of text: String) -> [UInt16] {
        units(of: text) { _, _ in }
    }

    /// The UTF-16 code units of `text`, equal to `Array(text.utf16)`, each unit that is not
    /// ASCII shown to `visit` with its position as it is written.
    @inline(__always)
    static func units(of text: String, visitingNonASCII visit: (_ unit: UInt16, _ position: Int) -> Void) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            // Every UTF-8 sequence is at least as many bytes as the UTF-16 units it becomes.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
                count = 0
                guard let source = bytes.baseAddress, let target = units.baseAddress else { return }
                var input = 0
                var output = 0
                let end = bytes.count
                while input < end {
                    let lead = UInt32(source[input])
                    if lead < 0x80 {
                        target[output] = UInt16(truncatingIfNeeded: lead)
                        input &+= 1
                        output &+= 1
                        continue
                    }
                    if lead < 0xE0 {
                        let unit = UInt16(truncatingIfNeeded: (lead & 0x1F) << 6 | UInt32(source[input &+ 1] & 0x3F))
                        target[output] = unit
                        visit(unit, output)
                        input &+= 2
                        output &+= 1
                    } else if lead < 0xF0 {
                        let unit = UInt16(truncatingIfNeeded: (lead & 0x0F) << 12
                            | UInt32(source[input &+ 1] & 0x3F) << 6 | UInt32(source[input &+ 2] & 0x3F))
                        target[output] = unit
                        visit(unit, output)
                        input &+= 3
                        output &+= 1
                    } else {
                        let scalar = (lead & 0x07) << 18 | UInt32(source[input &+ 1] & 0x3F) << 12
                            | UInt32(source[input &+ 2] & 0x3F) << 6 | UInt32(source[input &+ 3] & 0x3F)
                        let offset = scalar &- 0x10000
                        target[output] = UInt16(truncatingIfNeeded: 0xD800 &+ (offset >> 10))
                        target[output &+ 1] = UInt16(truncatingIfNeeded: 0xDC00 &+ (offset & 0x3FF))
                        visit(target[output], output)
                        visit(target[output &+ 1], output &+ 1)
                        input &+= 4
                        output &+= 2
                    }
                }
                count = output
            }
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
