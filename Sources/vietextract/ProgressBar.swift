#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-line progress report on standard error, drawn only when standard error is a terminal:
/// documents done, MB/s, and, when the inputs' total size is known, a bar and the time left.
struct ProgressBar {
    private let enabled: Bool
    private let totalBytes: Int?
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var documents = 0
    private var finishedBytes = 0
    private var currentBytes = 0

    /// A bar for reading `inputs` (files, folders or `-`).
    init(inputs: [String], enabled: Bool = isatty(2) != 0) {
        self.enabled = enabled
        totalBytes = enabled ? Self.totalSize(of: inputs) : nil
    }

    /// Counts a document of `bytes` bytes of text.
    mutating func document(bytes: Int) {
        documents += 1
        currentBytes += bytes
        draw()
    }

    /// Counts an input as read whole.
    mutating func finished(input path: String) {
        finishedBytes += Self.totalSize(of: [path]) ?? currentBytes
        currentBytes = 0
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
        StandardStreams.errorRaw("\r\u{1B}[K" + Self.line(documents: documents, bytes: finishedBytes + currentBytes,
                                                             seconds: seconds, totalBytes: totalBytes))
    }

    /// The text of the bar: `[#####.....]  50%  120 docs  3.2 MB/s  0:42 left`.
    static func line(documents: Int, bytes: Int, seconds: Double, totalBytes: Int?) -> String {
        let rate = seconds > 0 ? Double(bytes) / seconds : 0
        var parts = ["\(documents) docs", String(format: "%.1f MB/s", rate / 1e6)]
        if let totalBytes, totalBytes > 0 {
            let fraction = min(Double(bytes) / Double(totalBytes), 0.99)
            let filled = Int(fraction * 20)
            parts.insert("[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
                         + String(format: " %3d%%", Int(fraction * 100)), at: 0)
            if rate > 0 {
                let left = Int(Double(max(totalBytes - bytes, 0)) / rate)
                parts.append(String(format: "%d:%02d left", left / 60, left % 60))
            }
        }
        return parts.joined(separator: "  ")
    }

    /// The total size of the inputs, or nil when one is standard input.
    private static func totalSize(of inputs: [String]) -> Int? {
        var total = 0
        for path in inputs {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".txt") }.map { (path as NSString).appendingPathComponent($0) }
                : [path]
            for file in files {
                total += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
