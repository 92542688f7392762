/// Cuts a stream of items into batches: up to `size` items, or fewer once their weight reaches
/// `weightLimit` (a single item heavier than that makes a batch of its own). Every job of an
/// ordered map cuts the same stream into the same batches.
struct BatchBuilder<Item> {
    private let size: Int
    private let weightLimit: Int
    private let weight: (Item) -> Int
    private var batch: [Item] = []
    private var batchWeight = 0

    init(size: Int, weightLimit: Int, weight: @escaping (Item) -> Int) {
        self.size = max(1, size)
        self.weightLimit = weightLimit
        self.weight = weight
    }

    /// Takes `item`, handing each batch it completes (none, one, or, when it is too heavy to
    /// join the current one, two) to `complete`.
    mutating func add(_ item: Item, _ complete: ([Item]) throws -> Void) rethrows {
        let itemWeight = weight(item)
        if !batch.isEmpty && batchWeight + itemWeight > weightLimit { try complete(take()) }
        batch.append(item)
        batchWeight += itemWeight
        if batch.count >= size || batchWeight >= weightLimit { try complete(take()) }
    }

    /// Hands the last, incomplete batch to `complete`, if there is one.
    mutating func finish(_ complete: ([Item]) throws -> Void) rethrows {
        if !batch.isEmpty { try complete(take()) }
    }

    private mutating func take() -> [Item] {
        let taken = batch
        batch = []
        batchWeight = 0
        return taken
    }
}
