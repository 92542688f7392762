import Foundation
import Testing
@testable import VietExtract

@Suite struct FileTreeTests {
    /// A scratch folder with text files at two depths, a hidden folder, another extension, a
    /// link to a folder (listed by Foundation's enumerator, not walked) and a dangling link.
    private func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("filetree-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/.hidden", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/other", withIntermediateDirectories: true)
        for file in ["top.txt", "a/x.txt", "a/b/y.txt", ".hidden/z.txt", "a/notes.md", "other/w.txt"] {
            try Data("Ông Ba".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try manager.createSymbolicLink(atPath: root + "/a/linked", withDestinationPath: root + "/other")
        try manager.createSymbolicLink(atPath: root + "/gone.txt", withDestinationPath: root + "/missing")
        return root
    }

    @Test func textFilesAreListedSortedAndLinkedFoldersAreNotWalked() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let expected = ["/.hidden/z.txt", "/a/b/y.txt", "/a/x.txt", "/gone.txt", "/other/w.txt", "/top.txt"].map { root + $0 }
        #expect(FileTree.textFiles(under: root) == expected)
        #expect(FileTree.textFiles(under: root + "/") == expected)
    }

    @Test func foldersFilesAndNothing() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(FileTree.isFolder(root) == true)
        #expect(FileTree.isFolder(root + "/a/linked") == true)
        #expect(FileTree.isFolder(root + "/top.txt") == false)
        #expect(FileTree.isFolder(root + "/gone.txt") == nil)
        #expect(FileTree.textFiles(under: root + "/missing") == [])
    }
}
