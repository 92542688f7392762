import FoundationEssentials
import Testing
@testable import VietExtract

@Suite struct ErrorMessageTests {
    private func readError(_ path: String) -> (any Error)? {
        do { _ = try Data(contentsOf: URL(fileURLWithPath: path)); return nil } catch { return error }
    }

    @Test func aMissingFileReadsAsFoundationSaidIt() throws {
        let error = try #require(readError("/nonexistent-\(UInt64.random(in: 0...UInt64.max))"))
        #expect(ErrorMessage.localized(error) == "The operation could not be completed. The file doesn’t exist.")
    }

    @Test func anErrorWithoutTextGivesItsDomainAndCode() throws {
        let error = try #require(readError("/"))  // a folder: CocoaError 256, which has no text
        #expect(ErrorMessage.localized(error) == "The operation could not be completed. (NSCocoaErrorDomain error 256.)")
        #expect(ErrorMessage.localized(CocoaError(.fileWriteOutOfSpace)) == "The operation could not be completed. There isn’t enough space.")
    }
}
