#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A tab-separated table with a header line, as the files in `Resources/` are written.
///
/// Blank lines and lines starting with `#` are skipped. Every row must have as many fields as
/// the header, or at least the required ones; a malformed row names its file and line.
public struct TSVTable: Sendable {
    /// The table's bytes and where each field lies in them, shared by its rows.
    final class Storage: Sendable {
        let bytes: [UInt8]
        let columns: [String: Int]
        /// Field k of the table spans `bytes[fieldStarts[k]..<fieldEnds[k]]`.
        let fieldStarts: [Int32]
        let fieldEnds: [Int32]

        init(bytes: [UInt8], columns: [String: Int], fieldStarts: [Int32], fieldEnds: [Int32]) {
            self.bytes = bytes
            self.columns = columns
            self.fieldStarts = fieldStarts
            self.fieldEnds = fieldEnds
        }
    }

    /// One data row, with the line it came from.
    public struct Row: Sendable {
        public let line: Int
        private let storage: Storage
        /// The row's fields are the storage's fields `firstField..<firstField + fieldCount`.
        private let firstField: Int
        private let fieldCount: Int

        init(line: Int, storage: Storage, firstField: Int, fieldCount: Int) {
            self.line = line
            self.storage = storage
            self.firstField = firstField
            self.fieldCount = fieldCount
        }

        /// The byte range of the field at `index` (from `TSVTable.column(_:)`), or nil when the row is shorter.
        private func range(at index: Int?) -> Range<Int>? {
            guard let index, index < fieldCount else { return nil }
            return Int(storage.fieldStarts[firstField + index])..<Int(storage.fieldEnds[firstField + index])
        }

        /// The field in `column`, or an empty string when the row is shorter.
        public subscript(column: String) -> String {
            self[field: storage.columns[column]]
        }

        /// The field at column `index` (from `TSVTable.column(_:)`, resolved once for many rows), or an
        /// empty string when the row is shorter or the column is missing (nil).
        public subscript(field index: Int?) -> String {
            guard let range = range(at: index) else { return "" }
            return storage.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }

        /// Whether the field at column `index` (an empty one when the row is shorter or the column
        /// missing) has the bytes of `value`: a test that builds no string. For values whose equal
        /// strings have equal bytes (ASCII words and codes, or both sides in NFC).
        public func field(_ index: Int?, is value: String) -> Bool {
            let range = range(at: index) ?? 0..<0
            var value = value
            return value.withUTF8 { wanted in
                wanted.count == range.count && storage.bytes.withUnsafeBufferPointer { bytes in
                    guard let base = bytes.baseAddress, let wanted = wanted.baseAddress else { return range.isEmpty }
                    return memcmp(base + range.lowerBound, wanted, range.count) == 0
                }
            }
        }

        /// Whether the field at column `index` has the same bytes in this row and in `other`, a row
        /// of the same table (one storage): a test that builds no string.
        @inline(__always)
        func field(_ index: Int?, isSameAs other: borrowing Row) -> Bool {
            let mine = range(at: index) ?? 0..<0, theirs = other.range(at: index) ?? 0..<0
            // Fields are short: a loop costs less than a call to `memcmp`.
            return mine.count == theirs.count && storage.bytes.withUnsafeBufferPointer { bytes in
                bytes[mine].elementsEqual(bytes[theirs])
            }
        }

        /// The field at column `index`, or nil when it is empty or missing.
        public func optional(field index: Int?) -> String? {
            let value = self[field: index]
            return value.isEmpty ? nil : value
        }

        /// Whether the field in `column` is empty or missing.
        public func isEmpty(_ column: String) -> Bool {
            range(at: storage.columns[column])?.isEmpty ?? true
        }

        /// The field in `column`, or nil when it is empty.
        public func optional(_ column: String) -> String? {
            optional(field: storage.columns[column])
        }
    }

    public let path: String
    public let header: [String]
    public let rows: [Row]

    /// The index of `column` in the header, for reading a field of many rows without hashing its name.
    public func column(_ name: String) -> Int? {
        header.lastIndex(of: name)
    }

    /// Loads the built-in table at `relativePath` inside `Resources/`.
    public static func resource(_ relativePath: String, required: [String]) throws(ResourceError) -> TSVTable {
        try TSVTable(path: try ResourceLocator.url(for: relativePath).path, required: required)
    }

    /// Loads a table from a file; `required` columns must exist and be non-empty on every row.
    public init(path: String, required: [String]) throws(ResourceError) {
        let bytes: [UInt8]
        if let contents = Self.contents(ofFile: path) {
            bytes = contents
        } else {
            do {
                bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw .unreadable(path: path, reason: ErrorMessage.localized(error))
            }
        }
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else {
            throw .unreadable(path: path, reason: "not UTF-8")
        }
        try self.init(bytes: bytes, path: path, required: required)
    }

    /// The bytes of the regular file at `path`, read straight into an array (`Data` reads them into
    /// a buffer of its own, which the array then copies); nil when it cannot be read so, for `Data`
    /// to read it again and tell why.
    private static func contents(ofFile path: String) -> [UInt8]? {
        let file = open(path, O_RDONLY)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let chunk = read(file, base + count, size - count)
                guard chunk > 0 else { break }
                count += chunk
            }
        }
        return bytes.count == size ? bytes : nil
    }

    /// Parses a table from text (used for files and for tests).
    ///
    /// Lines and fields are cut on UTF-8 bytes, and a row is a range of one shared list of field
    /// offsets, so large tables load without a string or an allocation per field.
    public init(text: String, path: String, required: [String]) throws(ResourceError) {
        try self.init(bytes: Array(text.utf8), path: path, required: required)
    }

    /// The index of the first `byte` in `bytes[start..<end]`, or `end` (`memchr`, which reads many
    /// bytes at a time).
    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Parses a table from valid UTF-8 bytes.
    private init(bytes: [UInt8], path: String, required: [String]) throws(ResourceError) {
        self.path = path
        var header: [String]?
        var columns: [String: Int] = [:]
        var requiredIndices: [Int] = []
        var starts: [Int32] = [], ends: [Int32] = []
        var rowFields: [(line: Int, first: Int, count: Int)] = []
        // Room for a field every eight bytes and a row every 64 (the tables' fields and rows are longer):
        // the lists are not copied while they grow.
        starts.reserveCapacity(bytes.count / 8)
        ends.reserveCapacity(bytes.count / 8)
        rowFields.reserveCapacity(bytes.count / 64)
        var lineNumber = 0
        var lineStart = 0
        try bytes.withUnsafeBufferPointer { bytes throws(ResourceError) in
        while lineStart <= bytes.count {
            let lineEnd = Self.index(of: 0x0A, in: bytes, from: lineStart, to: bytes.count)
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            if lineEnd == bytes.count, lineStart == lineEnd { break }
            let contentEnd = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
            if bytes[lineStart..<contentEnd].allSatisfy({ $0 == 0x20 }) || bytes[lineStart] == 0x23 { continue }
            let first = starts.count
            var fieldStart = lineStart
            while true {
                let fieldEnd = Self.index(of: 0x09, in: bytes, from: fieldStart, to: contentEnd)
                starts.append(Int32(fieldStart))
                ends.append(Int32(fieldEnd))
                guard fieldEnd < contentEnd else { break }
                fieldStart = fieldEnd + 1
            }
            guard header != nil else {
                let names = (first..<starts.count).map {
                    String(decoding: bytes[Int(starts[$0])..<Int(ends[$0])], as: UTF8.self)
                }
                starts.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                header = names
                for (index, name) in names.enumerated() { columns[name] = index }
                for name in required {
                    guard let index = columns[name] else {
                        throw .malformedLine(path: path, line: lineNumber, reason: "the header has no column '\(name)'")
                    }
                    requiredIndices.append(index)
                }
                continue
            }
            let count = starts.count - first
            // The required columns' names are read only for the error: iterating them retains each.
            for (position, index) in requiredIndices.enumerated() where index >= count || starts[first + index] == ends[first + index] {
                throw .malformedLine(path: path, line: lineNumber, reason: "column '\(required[position])' is empty")
            }
            rowFields.append((lineNumber, first, count))
        }
        }
        guard let header else { throw .malformedLine(path: path, line: 1, reason: "no header line") }
        let storage = Storage(bytes: bytes, columns: columns, fieldStarts: starts, fieldEnds: ends)
        self.header = header
        self.rows = rowFields.map { Row(line: $0.line, storage: storage, firstField: $0.first, fieldCount: $0.count) }
    }
}
