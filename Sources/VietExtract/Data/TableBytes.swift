#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a table, immutable: a large regular file mapped read-only into memory (its pages
/// are the page cache's own, so loading copies nothing and faults in a few pages at a time), or
/// bytes read or copied into memory. Unmapped or freed when the last row of the table lets go.
final class TableBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    private let isMapped: Bool

    /// Files smaller than this are read rather than mapped: a mapping costs more system calls, and
    /// unmapping it later interrupts the process's other threads.
    static let smallestMapped = 64 << 10

    private init(buffer: UnsafeBufferPointer<UInt8>, isMapped: Bool) {
        self.buffer = buffer
        self.isMapped = isMapped
    }

    /// The contents of the regular file at `path`; nil when it is not one that can be opened and read.
    convenience init?(contentsOfFileAt path: String) {
        let file = open(path, O_RDONLY)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size >= Self.smallestMapped else {
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
            guard (try? DescriptorRead.fill(file, UnsafeMutableRawBufferPointer(bytes))) == size else {
                bytes.deallocate()
                return nil
            }
            self.init(buffer: UnsafeBufferPointer(bytes), isMapped: false)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, file, 0), address != MAP_FAILED else { return nil }
        self.init(buffer: UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size), isMapped: true)
    }

    /// A copy of `bytes`.
    convenience init(copying bytes: some Collection<UInt8>) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        self.init(buffer: UnsafeBufferPointer(copy), isMapped: false)
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
        } else {
            buffer.deallocate()
        }
    }
}
