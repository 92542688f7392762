#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VietExtract

/// Drives an `AnnotationWriter` for the CLI: its bytes go to standard output as they come, its
/// files into the output folder.
struct DocumentStreamWriter {
    private var writer: any AnnotationWriter
    private var output = WriterOutput()
    private let folder: URL?

    init(writer: any AnnotationWriter, folder: URL?) {
        self.writer = writer
        self.folder = folder
        self.writer.begin(into: &output)
    }

    /// The renderer of the writer's format, if it renders each document on its own.
    var documentRenderer: (any DocumentRenderer)? { writer.documentRenderer }

    mutating func write(_ annotated: AnnotatedOutput) throws {
        switch annotated.content {
        case .document(let document): writer.write(document, into: &output)
        case .rendered(let bytes) where bytes.count >= Self.writtenAlone:
            // Written as it is, after what is held: a write that large costs less than copying it first.
            try flush()
            StandardStreams.output(bytes)
        case .rendered(let bytes): output.bytes.append(contentsOf: bytes)
        }
        try flushIfLarge()
    }

    /// A bad input: in JSON Lines an error record keeps output lines aligned with input lines.
    mutating func write(_ error: InputError) throws {
        writer.write(error, into: &output)
        try flushIfLarge()
    }

    mutating func finish() throws {
        writer.finish(into: &output)
        try flush()
    }

    /// The size from which a rendered document is written on its own rather than gathered with others.
    private static let writtenAlone = 1 << 12

    private mutating func flushIfLarge() throws {
        if output.bytes.count >= 1 << 16 || !output.files.isEmpty { try flush() }
    }

    /// Writes out everything held.
    mutating func flush() throws {
        StandardStreams.output(output.bytes)
        output.bytes.removeAll(keepingCapacity: true)
        for file in output.files {
            guard let folder else { continue }
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
        }
        output.files.removeAll()
    }
}
