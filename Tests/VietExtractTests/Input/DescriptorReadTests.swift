#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import VietExtract

@Suite struct DescriptorReadTests {
    /// A pipe holding `bytes`, its writing end closed: reading it ends after them.
    private func pipeHolding(_ bytes: [UInt8]) throws -> Int32 {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        #expect(write(ends[1], bytes, bytes.count) == bytes.count)
        close(ends[1])
        return ends[0]
    }

    @Test func fillStopsAtTheEndOfInputAndSaysHowMuchItRead() throws {
        let file = try pipeHolding(Array("Nghị định 15/2020/NĐ-CP".utf8))
        defer { close(file) }
        var buffer = [UInt8](repeating: 0, count: 100)
        let count = try buffer.withUnsafeMutableBytes { try DescriptorRead.fill(file, $0) }
        #expect(count == "Nghị định 15/2020/NĐ-CP".utf8.count)
        #expect(String(decoding: buffer[..<count], as: UTF8.self) == "Nghị định 15/2020/NĐ-CP")
        #expect(try buffer.withUnsafeMutableBytes { try DescriptorRead.read(file, into: $0) } == 0)
    }

    @Test func fillStopsWhenTheBufferIsFullAndLeavesTheRest() throws {
        let file = try pipeHolding(Array("0123456789".utf8))
        defer { close(file) }
        var buffer = [UInt8](repeating: 0, count: 4)
        #expect(try buffer.withUnsafeMutableBytes { try DescriptorRead.fill(file, $0) } == 4)
        #expect(buffer == Array("0123".utf8))
        #expect(try buffer.withUnsafeMutableBytes { try DescriptorRead.fill(file, $0) } == 4)
        #expect(buffer == Array("4567".utf8))
        #expect(try buffer.withUnsafeMutableBytes { try DescriptorRead.fill(file, $0) } == 2)
        #expect(buffer[..<2] == Array("89".utf8)[...])
    }

    @Test func aReadIntoAnArrayFillsOnlyTheRangeGiven() throws {
        let file = try pipeHolding(Array("ABCDEF".utf8))
        defer { close(file) }
        var bytes = Array("........".utf8)
        #expect(try DescriptorRead.read(file, into: &bytes, 2..<5) == 3)
        #expect(String(decoding: bytes, as: UTF8.self) == "..ABC...")
    }

    @Test func aFailedReadThrowsItsErrno() {
        var buffer = [UInt8](repeating: 0, count: 8)
        #expect(throws: DescriptorRead.Failure(code: EBADF)) {
            try buffer.withUnsafeMutableBytes { try DescriptorRead.read(-1, into: $0) }
        }
        #expect(DescriptorRead.Failure(code: EBADF).message == String(cString: strerror(EBADF)))
    }
}
