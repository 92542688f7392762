#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path and the `*.txt` files below a folder, read with POSIX calls.
public enum FileTree {
    /// Whether `path` names a folder (following links); nil when nothing is there.
    public static func isFolder(_ path: String) -> Bool? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT == S_IFDIR
    }

    /// The `*.txt` entries below `folder` (files, or links to anything), sorted by path, each
    /// `folder` joined to its path inside it. Links to folders are listed, not walked into.
    public static func textFiles(under folder: String) -> [String] {
        var files: [String] = []
        collect(folder.hasSuffix("/") ? folder : folder + "/", into: &files)
        return files.sorted()
    }

    /// Adds the `*.txt` entries of `folder` (ending in `/`) and of the folders below it.
    private static func collect(_ folder: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + name
            if isWalkedFolder(entry.pointee.d_type, path) {
                collect(path + "/", into: &files)
            } else if name.hasSuffix(".txt") {
                files.append(path)
            }
        }
    }

    /// Whether an entry is a folder itself (not a link to one), asking `lstat` when the entry's
    /// type is not known.
    private static func isWalkedFolder(_ type: UInt8, _ path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
