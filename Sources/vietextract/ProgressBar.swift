#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VietExtract

/// A one-line progress report on standard error, drawn only when standard error is a terminal:
/// documents done, MB/s, and, when the inputs' total size is known, a bar and the time left.
struct ProgressBar {
    private let enabled: Bool
    private let totalBytes: Int?
    private let started = ContinuousClock.now
    private var documentLine = 0
    private var lastDrawn: ContinuousClock.Instant?
    private var documents = 0
    /// The bytes of the inputs read whole.
    private var finishedBytes = 0
    /// The input being read: its path, size, line count, and the text bytes read from it.
    private var current: (source: String, size: Int, lines: Int, textBytes: Int)?

    /// A bar for reading `inputs` (files, folders or `-`).
    init(inputs: [String], enabled: Bool = isatty(2) != 0) {
        self.enabled = enabled
        totalBytes = enabled ? Self.totalSize(of: inputs) : nil
    }

    /// Counts a document read from `source`, starting at `line`, with `bytes` bytes of text.
    ///
    /// How far into its input a document lies is the larger of its line's share of the input's
    /// lines (JSON Lines, articles) and its text's share of the input's bytes (a text file).
    mutating func document(source: String, line: Int?, bytes: Int) {
        guard enabled else { return }
        documents += 1
        if current?.source != source {
            finishedBytes += current?.size ?? 0
            let size = Self.totalSize(of: [source]) ?? 0
            current = (source, size, size > 0 ? Self.lineCount(source) : 0, 0)
        }
        current!.textBytes += bytes
        documentLine = line ?? 0
        draw()
    }

    /// Clears the line.
    func clear() {
        if enabled && lastDrawn != nil { StandardStreams.errorRaw("\r\u{1B}[K") }
    }

    private mutating func draw() {
        guard enabled else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(200) { return }
        lastDrawn = now
        let elapsed = now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        StandardStreams.errorRaw("\r\u{1B}[K" + Self.line(documents: documents, bytes: finishedBytes + positionInCurrent,
                                                             seconds: seconds, totalBytes: totalBytes))
    }

    /// How many bytes of the current input are behind us.
    private var positionInCurrent: Int {
        guard let current else { return 0 }
        let byLines = current.lines > 0 ? Int(Double(current.size) * Double(documentLine) / Double(current.lines)) : 0
        return min(max(byLines, current.textBytes), current.size)
    }

    /// The text of the bar: `[#####.....]  50%  120 docs  3.2 MB/s  0:42 left`.
    static func line(documents: Int, bytes: Int, seconds: Double, totalBytes: Int?) -> String {
        let rate = seconds > 0 ? Double(bytes) / seconds : 0
        var parts = ["\(documents) docs", CFormat.string("%.1f MB/s", rate / 1e6)]
        if let totalBytes, totalBytes > 0 {
            let fraction = min(Double(bytes) / Double(totalBytes), 0.99)
            let filled = Int(fraction * 20)
            parts.insert("[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
                         + CFormat.string(" %3ld%%", Int(fraction * 100)), at: 0)
            if rate > 0 && seconds >= 1 {
                let left = Int(Double(max(totalBytes - bytes, 0)) / rate)
                parts.append(CFormat.string("%ld:%02ld left", left / 60, left % 60))
            }
        }
        return parts.joined(separator: "  ")
    }

    /// The number of line breaks in a file, read in large chunks.
    private static func lineCount(_ path: String) -> Int {
        let file = open(path, O_RDONLY)
        guard file >= 0 else { return 0 }
        defer { close(file) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var count = 0
        while case let length = read(file, &chunk, chunk.count), length > 0 {
            count += chunk[..<length].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return count
    }

    /// The total size of the inputs, or nil when one is standard input.
    private static func totalSize(of inputs: [String]) -> Int? {
        var total = 0
        for path in inputs {
            if path == "-" { return nil }
            guard let isFolder = FileTree.isFolder(path) else { continue }
            for file in isFolder ? FileTree.textFiles(under: path) : [path] {
                var status = stat()
                if stat(file, &status) == 0 { total += Int(status.st_size) }
            }
        }
        return total
    }
}
