import Testing
@testable import VietExtract

@Suite struct BatchBuilderTests {
    private func batches(of items: [Int], size: Int, weightLimit: Int) -> [[Int]] {
        var builder = BatchBuilder(size: size, weightLimit: weightLimit) { (item: Int) in item }
        var cut: [[Int]] = []
        for item in items { builder.add(item) { cut.append($0) } }
        builder.finish { cut.append($0) }
        return cut
    }

    @Test func cutsEverySizeItemsAndKeepsTheRest() {
        #expect(batches(of: [1, 1, 1, 1, 1, 1, 1], size: 3, weightLimit: .max) == [[1, 1, 1], [1, 1, 1], [1]])
    }

    /// A batch ends once its weight reaches the limit, and an item that would take it over the
    /// limit starts the next one.
    @Test func cutsAtTheWeightLimit() {
        #expect(batches(of: [4, 6, 3, 3, 5, 2], size: 16, weightLimit: 10) == [[4, 6], [3, 3], [5, 2]])
    }

    /// An item heavier than the limit is a batch of its own, ending the one before it.
    @Test func aHeavyItemIsABatchOfItsOwn() {
        #expect(batches(of: [2, 50, 1], size: 16, weightLimit: 10) == [[2], [50], [1]])
    }

    @Test func noItemsMakeNoBatch() {
        #expect(batches(of: [], size: 4, weightLimit: 10).isEmpty)
    }
}
