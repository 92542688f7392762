import CICU

/// Whole strings decomposed (NFD), composed (NFC) or case-folded by ICU, for tables read at
/// start-up and for rare names; a text is composed by `NormalizedText` as it is read, keeping its
/// offsets.
enum UnicodeNormalization {
    /// `string` in NFD: `"Hòa"` → `"Ho\u{300}a"`.
    static func decomposed(_ string: String) -> String { normalize(string, cicu_nfd) }

    /// `string` in NFC: `"Ho\u{300}a"` → `"Hòa"`.
    static func composed(_ string: String) -> String { normalize(string, cicu_nfc) }

    /// `string` with Unicode's full case folding: `"Straße"` → `"strasse"`.
    static func caseFolded(_ string: String) -> String { normalize(string, cicu_fold_case) }

    /// `string` through one of the shim's normalizers; unchanged should ICU fail.
    private static func normalize(
        _ string: String,
        _ form: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32
    ) -> String {
        let units = Array(string.utf16)
        // None of the three makes a text more than three times longer in UTF-16.
        var result = [UInt16](repeating: 0, count: units.count * 3 + 4)
        let length = units.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                form(source.baseAddress, Int32(source.count), target.baseAddress, Int32(target.count))
            }
        }
        guard length >= 0 else { return string }
        return String(decoding: result[..<Int(length)], as: UTF16.self)
    }
}
