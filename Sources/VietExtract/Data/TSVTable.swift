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
    /// The table's bytes and where its separators lie in them, shared by its rows.
    final class Storage: Sendable {
        let bytes: TableBytes
        let columns: [String: Int]
        /// The offset of every tab and line feed of `bytes`, in order.
        let separators: [Int32]

        init(bytes: TableBytes, columns: [String: Int], separators: [Int32]) {
            self.bytes = bytes
            self.columns = columns
            self.separators = separators
        }
    }

    /// Where a line's fields lie: the line is `bytes[start..<end]` (a carriage return at its end left
    /// out); field k > 0 starts after the table's separator `firstSeparator + k - 1`, and field
    /// k < `count - 1` ends at separator `firstSeparator + k`.
    struct Fields: Sendable {
        let start: Int32
        let end: Int32
        let firstSeparator: Int32
        let count: Int32

        /// The byte range of field `index` (less than `count`), given the table's separators.
        @inline(__always)
        func range(of index: Int, separators: [Int32]) -> Range<Int> {
            let separator = Int(firstSeparator) + index
            let lower = index == 0 ? Int(start) : Int(separators[separator - 1]) + 1
            let upper = index == count - 1 ? Int(end) : Int(separators[separator])
            return lower..<upper
        }
    }

    /// One data row, with the line it came from.
    public struct Row: Sendable {
        public let line: Int
        private let storage: Storage
        private let fields: Fields

        init(line: Int, storage: Storage, fields: Fields) {
            self.line = line
            self.storage = storage
            self.fields = fields
        }

        /// The byte range of the field at `index` (from `TSVTable.column(_:)`), or nil when the row is shorter.
        private func range(at index: Int?) -> Range<Int>? {
            guard let index, index < fields.count else { return nil }
            return fields.range(of: index, separators: storage.separators)
        }

        /// The field in `column`, or an empty string when the row is shorter.
        public subscript(column: String) -> String {
            self[field: storage.columns[column]]
        }

        /// The field at column `index` (from `TSVTable.column(_:)`, resolved once for many rows), or an
        /// empty string when the row is shorter or the column is missing (nil).
        public subscript(field index: Int?) -> String {
            guard let range = range(at: index) else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: storage.bytes.buffer[range]), as: UTF8.self)
        }

        /// Whether the field at column `index` (an empty one when the row is shorter or the column
        /// missing) has the bytes of `value`: a test that builds no string. For values whose equal
        /// strings have equal bytes (ASCII words and codes, or both sides in NFC).
        public func field(_ index: Int?, is value: String) -> Bool {
            let range = range(at: index) ?? 0..<0
            var value = value
            return value.withUTF8 { wanted in
                guard wanted.count == range.count else { return false }
                guard let base = storage.bytes.buffer.baseAddress, let wanted = wanted.baseAddress else { return range.isEmpty }
                return memcmp(base + range.lowerBound, wanted, range.count) == 0
            }
        }

        /// Whether the field at column `index` has the same bytes in this row and in `other`, a row
        /// of the same table (one storage): a test that builds no string.
        @inline(__always)
        func field(_ index: Int?, isSameAs other: borrowing Row) -> Bool {
            let mine = range(at: index) ?? 0..<0, theirs = other.range(at: index) ?? 0..<0
            // Fields are short: a loop costs less than a call to `memcmp`.
            return mine.count == theirs.count && storage.bytes.buffer[mine].elementsEqual(storage.bytes.buffer[theirs])
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

    /// Loads the built-in table at `relativePath` inside `Resources/`. Its bytes are not checked
    /// for UTF-8 at every start (a megabyte of place names took a millisecond): the tests check
    /// every file of `Resources/` once.
    public static func resource(_ relativePath: String, required: [String]) throws(ResourceError) -> TSVTable {
        try TSVTable(path: try ResourceLocator.url(for: relativePath).path, required: required, checksUTF8: false)
    }

    /// Loads a table from a file; `required` columns must exist and be non-empty on every row.
    public init(path: String, required: [String]) throws(ResourceError) {
        try self.init(path: path, required: required, checksUTF8: true)
    }

    /// Loads a table from a file, its bytes checked for UTF-8 when `checksUTF8`.
    private init(path: String, required: [String], checksUTF8: Bool) throws(ResourceError) {
        let bytes: TableBytes
        if let contents = TableBytes(contentsOfFileAt: path) {
            bytes = contents
        } else {
            // Not a regular file that could be read: `Data` reads it, or tells why it cannot.
            do {
                bytes = TableBytes(copying: try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw .unreadable(path: path, reason: ErrorMessage.localized(error))
            }
        }
        guard !checksUTF8 || UTF8Validation.firstInvalidOffset(in: bytes.buffer) == nil else {
            throw .unreadable(path: path, reason: "not UTF-8")
        }
        try self.init(bytes: bytes, path: path, required: required)
    }

    /// Parses a table from text (files are read with `init(path:required:)`).
    ///
    /// Lines and fields are cut on UTF-8 bytes, and a row points into one shared list of separator
    /// offsets, so large tables load without a string or an allocation per field.
    public init(text: String, path: String, required: [String]) throws(ResourceError) {
        try self.init(bytes: TableBytes(copying: text.utf8), path: path, required: required)
    }

    /// The offsets of every tab and line feed in `bytes`, found eight bytes at a time: a field is
    /// about ten bytes, too short for a call to `memchr` per field to pay.
    private static func separators(in bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: bytes.count) { found, count in
            count = 0
            guard let base = bytes.baseAddress else { return }
            @inline(__always) func check(_ offset: Int) {
                if bytes[offset] == 0x09 || bytes[offset] == 0x0A {
                    found[count] = Int32(offset)
                    count += 1
                }
            }
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                let tabs = word ^ 0x0909_0909_0909_0909, feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
                // A zero byte of `tabs` or `feeds` sets its high bit here (and maybe a byte's after it,
                // hence the check of each byte marked).
                var marked = ((tabs &- 0x0101_0101_0101_0101) & ~tabs | (feeds &- 0x0101_0101_0101_0101) & ~feeds)
                    & 0x8080_8080_8080_8080
                while marked != 0 {
                    check(offset + marked.trailingZeroBitCount >> 3)
                    marked &= marked - 1
                }
                offset += 8
            }
            while offset < bytes.count {
                check(offset)
                offset += 1
            }
        }
    }

    /// Parses a table from valid UTF-8 bytes.
    private init(bytes table: TableBytes, path: String, required: [String]) throws(ResourceError) {
        self.path = path
        let bytes = table.buffer
        let separators = Self.separators(in: bytes)
        var header: [String]?
        var requiredIndices: [Int] = []
        var storage: Storage?
        var rows: [Row] = []
        rows.reserveCapacity(bytes.count / 64)
        var lineNumber = 0
        var lineStart = 0
        var separator = 0  // the first separator of the line
        while lineStart < bytes.count {
            lineNumber += 1
            // The line's tabs are the separators before its line feed.
            var lineEnd = separator
            while lineEnd < separators.count, bytes[Int(separators[lineEnd])] == 0x09 { lineEnd += 1 }
            let end = lineEnd < separators.count ? Int(separators[lineEnd]) : bytes.count
            let start = lineStart, contentEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            let fields = Fields(start: Int32(start), end: Int32(contentEnd), firstSeparator: Int32(separator),
                                count: Int32(lineEnd - separator + 1))
            separator = lineEnd + 1
            lineStart = end + 1
            if bytes[start..<contentEnd].allSatisfy({ $0 == 0x20 }) || bytes[start] == 0x23 { continue }
            guard let storage else {
                let names = (0..<Int(fields.count)).map {
                    String(decoding: bytes[fields.range(of: $0, separators: separators)], as: UTF8.self)
                }
                let columns = Dictionary(names.enumerated().map { ($1, $0) }) { _, last in last }
                for name in required {
                    guard let index = columns[name] else {
                        throw .malformedLine(path: path, line: lineNumber, reason: "the header has no column '\(name)'")
                    }
                    requiredIndices.append(index)
                }
                header = names
                storage = Storage(bytes: table, columns: columns, separators: separators)
                continue
            }
            // The required columns' names are read only for the error: iterating them retains each.
            for (position, index) in requiredIndices.enumerated()
            where index >= fields.count || fields.range(of: index, separators: separators).isEmpty {
                throw .malformedLine(path: path, line: lineNumber, reason: "column '\(required[position])' is empty")
            }
            rows.append(Row(line: lineNumber, storage: storage, fields: fields))
        }
        guard let header else { throw .malformedLine(path: path, line: 1, reason: "no header line") }
        self.header = header
        self.rows = rows
    }
}
