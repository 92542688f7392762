#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line through a fixed buffer, so memory stays flat on any input.
///
/// A line longer than `maxLineBytes` is not kept: the reader skips to its end and reports it
/// as too long, with its number, and goes on with the next line.
struct LineReader {
    /// One line, without its line break.
    enum Line {
        case text(number: Int, bytes: [UInt8])
        case tooLong(number: Int, length: Int)
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var bufferStart = 0
    private var bufferEnd = 0
    private var finished = false
    private var lineNumber = 0

    /// A reader of `descriptor` that first returns the bytes of `prefix`, already read from it.
    init(descriptor: Int32, maxLineBytes: Int, prefix: [UInt8] = []) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
        if !prefix.isEmpty {
            buffer = prefix + [UInt8](repeating: 0, count: max(0, (1 << 16) - prefix.count))
            bufferEnd = prefix.count
        }
    }

    /// The next line, or nil at the end of input. Throws the `errno` of a failed read.
    mutating func next() throws(DescriptorRead.Failure) -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if bufferStart == bufferEnd {
                if finished { break }
                try fill()
                if bufferStart == bufferEnd { break }
            }
            let available = buffer[bufferStart..<bufferEnd]
            if let newline = nextLineFeed() {
                length += newline - bufferStart
                if length <= maxLineBytes { line.append(contentsOf: buffer[bufferStart..<newline]) }
                bufferStart = newline + 1
                return finish(line, length: length)
            }
            length += available.count
            if length <= maxLineBytes { line.append(contentsOf: available) }
            bufferStart = bufferEnd
        }
        if length == 0 && finished && line.isEmpty { return nil }
        return finish(line, length: length)
    }

    /// The index of the first line feed in the unread part of the buffer, found by `memchr`.
    private func nextLineFeed() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress,
                  let found = memchr(base + bufferStart, 0x0A, bufferEnd - bufferStart) else { return nil }
            return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
        }
    }

    private mutating func finish(_ line: [UInt8], length: Int) -> Line {
        lineNumber += 1
        if length > maxLineBytes { return .tooLong(number: lineNumber, length: length) }
        return .text(number: lineNumber, bytes: line.last == 0x0D ? Array(line.dropLast()) : line)
    }

    private mutating func fill() throws(DescriptorRead.Failure) {
        bufferStart = 0
        bufferEnd = try DescriptorRead.read(descriptor, into: &buffer, buffer.indices)
        finished = bufferEnd == 0
    }
}
