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
        withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 256)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, list))
            guard needed >= buffer.count else { return String(cString: buffer) }
            return withVaList(arguments) { again in
                buffer = [CChar](repeating: 0, count: needed + 1)
                vsnprintf(&buffer, buffer.count, format, again)
                return String(cString: buffer)
            }
        }
    }
}
