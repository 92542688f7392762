#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to standard output and standard error.
enum StandardStreams {
    static func output(_ bytes: [UInt8]) {
        write(bytes, to: 1)
    }

    static func error(_ line: String) {
        write(Array((line + "\n").utf8), to: 2)
    }

    /// Writes `text` to standard error as it is, with no line break.
    static func errorRaw(_ text: String) {
        write(Array(text.utf8), to: 2)
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
