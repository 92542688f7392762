#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers formatted by the C library's `printf` formats, for tables and progress lines:
/// `CFormat.string("%6.2f", 91.04)` → `" 91.04"`. A Swift `Int` is C's `long`: write it with `%ld`.
public enum CFormat {
    /// `format` with `arguments` filled in, as `snprintf` writes them.
    public static func string(_ format: String, _ arguments: CVarArg...) -> String {
        var capacity = 256
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let length = Int(withVaList(arguments) { vsnprintf(&buffer, capacity, format, $0) })
            guard length >= capacity else {
                return String(decoding: buffer[..<max(length, 0)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = length + 1
        }
    }
}
