import Foundation

/// Runs the built `vietextract` executable, as a user would, and captures what it prints.
struct CLIRunner {
    struct Outcome {
        let status: Int32
        let output: String
        let error: String
    }

    /// The folder holding the built products (the test bundle sits in it).
    static var productsDirectory: URL {
        Bundle.main.bundleURL
    }

    /// Runs `vietextract` with `arguments`, from `directory`, with `input` on standard input.
    static func run(_ arguments: [String], input: String = "", in directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("vietextract")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                       error: String(decoding: error, as: UTF8.self))
    }

    /// A new empty temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vietextract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
