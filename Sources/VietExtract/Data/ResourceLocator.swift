#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the folder of built-in tables (the repository's `Resources/`).
///
/// Looked up in order: the `VIETEXTRACT_RESOURCES` environment variable; a `vietextract-resources`
/// folder beside the running executable (an installed copy); the `Resources/` folder of the
/// checkout the library was built from, so a built `vietextract` works from any working directory.
public enum ResourceLocator {
    /// The environment variable that names the resources folder.
    public static let environmentVariable = "VIETEXTRACT_RESOURCES"

    /// The resources folder, or an error listing where it was looked for.
    public static func resourcesDirectory() throws(ResourceError) -> URL {
        try located.get()
    }

    /// The folder, looked for once per process: the environment and the executable's place do not
    /// change while it runs, and every table asks.
    private static let located: Result<URL, ResourceError> = {
        do throws(ResourceError) { return .success(try locate()) } catch { return .failure(error) }
    }()

    private static func locate() throws(ResourceError) -> URL {
        var tried: [String] = []
        for candidate in candidates() {
            tried.append(candidate.path)
            if FileTree.isFolder(candidate.path) == true { return candidate }
        }
        throw ResourceError.missingDirectory(tried: tried)
    }

    private static func candidates() -> [URL] {
        var result: [URL] = []
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
            result.append(URL(fileURLWithPath: path))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        result.append(executable.deletingLastPathComponent().appendingPathComponent("vietextract-resources"))
        // This file is Sources/VietExtract/Data/ResourceLocator.swift in the checkout.
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        result.append(checkout.appendingPathComponent("Resources"))
        return result
    }

    /// The URL of a file inside the resources folder, such as `documents/types.tsv`.
    public static func url(for relativePath: String) throws(ResourceError) -> URL {
        try resourcesDirectory().appendingPathComponent(relativePath)
    }
}

/// Why built-in or user-supplied tables could not be loaded.
public enum ResourceError: Error, Equatable, CustomStringConvertible {
    /// No resources folder was found in any of the places tried.
    case missingDirectory(tried: [String])
    /// A table file could not be read.
    case unreadable(path: String, reason: String)
    /// A line of a table is malformed.
    case malformedLine(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingDirectory(let tried):
            return "resources folder not found; tried \(tried.joined(separator: ", ")); "
                + "set \(ResourceLocator.environmentVariable) to the repository's Resources folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .malformedLine(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        }
    }
}
