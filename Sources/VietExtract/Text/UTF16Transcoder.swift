/// Converts a String's UTF-8 storage to UTF-16 code units in one pass.
///
/// `Array(text.utf16)` first counts the units through the string's breadcrumbs, then copies
/// unit by unit through the generic view; over Vietnamese text that costs more than ICU's word
/// break. A String's storage is valid UTF-8 by construction, so the decoding needs no checks.
enum UTF16Transcoder {
    /// The UTF-16 code units of `text`, equal to `Array(text.utf16)`.
    static func units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            // Every UTF-8 sequence is at least as many bytes as the UTF-16 units it becomes.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
                var input = 0
                var output = 0
                let end = bytes.count
                while input < end {
                    let lead = UInt32(bytes[input])
                    if lead < 0x80 {
                        units[output] = UInt16(lead)
                        input += 1
                        output += 1
                    } else if lead < 0xE0 {
                        units[output] = UInt16((lead & 0x1F) << 6 | UInt32(bytes[input + 1] & 0x3F))
                        input += 2
                        output += 1
                    } else if lead < 0xF0 {
                        units[output] = UInt16(truncatingIfNeeded: (lead & 0x0F) << 12
                            | UInt32(bytes[input + 1] & 0x3F) << 6 | UInt32(bytes[input + 2] & 0x3F))
                        input += 3
                        output += 1
                    } else {
                        let scalar = (lead & 0x07) << 18 | UInt32(bytes[input + 1] & 0x3F) << 12
                            | UInt32(bytes[input + 2] & 0x3F) << 6 | UInt32(bytes[input + 3] & 0x3F)
                        let offset = scalar - 0x10000
                        units[output] = UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10))
                        units[output + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF))
                        input += 4
                        output += 2
                    }
                }
                count = output
            }
        }
    }
}
