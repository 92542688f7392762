#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// read(2) on a file descriptor, retried when a signal interrupts it: how the readers of inputs
/// and tables call the system.
enum DescriptorRead {
    /// A failed read(2), with its errno.
    struct Failure: Error, Equatable {
        let code: Int32
        var message: String { String(cString: strerror(code)) }
    }

    /// Reads at most `buffer.count` bytes into `buffer`; returns how many, 0 at the end of input.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        try retrying { systemRead(descriptor, buffer.baseAddress, buffer.count) }
    }

    /// Reads at most `range.count` bytes into `bytes[range]`; returns how many, 0 at the end of input.
    static func read(_ descriptor: Int32, into bytes: inout [UInt8], _ range: Range<Int>) throws(Failure) -> Int {
        try retrying { bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress.map { $0 + range.lowerBound }, range.count) } }
    }

    /// Reads into `buffer` until it is full or the input ends; returns how many bytes it holds.
    static func fill(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = try read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// Makes the call again while a signal interrupts it.
    private static func retrying(_ call: () -> Int) throws(Failure) -> Int {
        while true {
            let count = call()
            if count >= 0 { return count }
            if errno != EINTR { throw Failure(code: errno) }
        }
    }

    private static func systemRead(_ descriptor: Int32, _ address: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, address, count)
        #else
        Darwin.read(descriptor, address, count)
        #endif
    }
}
