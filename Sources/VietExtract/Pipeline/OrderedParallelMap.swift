import Foundation

/// Transforms a stream of items on several threads and hands the results back in input order.
///
/// The caller submits items one by one and receives results through `deliver`, always on its
/// own thread and in submission order, so reading and writing stay sequential while the work in
/// between runs on `jobs` worker threads. Items travel in batches (up to `batchSize` items, or
/// fewer once their `weight` reaches `batchWeight`), so threads meet once per batch rather than
/// once per item. At most `window` batches are in flight (queued, being transformed, or done but
/// waiting for an earlier one): `submit` blocks when the window is full, so memory stays bounded
/// on any input size. With one job, items are transformed inline, one by one.
///
/// ```swift
/// let map = OrderedParallelMap(jobs: 4) { (text: String) in extractor.extract(text) }
/// for text in texts { map.submit(text) { entities in print(entities.count) } }
/// map.finish { entities in print(entities.count) }
/// ```
public final class OrderedParallelMap<Input: Sendable, Output: Sendable> {
    private let transform: @Sendable (Input) -> Output
    private let weight: (Input) -> Int
    private let state: State?
    private let window: Int
    private let batchSize: Int
    private let batchWeight: Int
    private var batch: [Input] = []
    private var pendingWeight = 0

    /// A map over `jobs` threads (at least 1), with at most `window` batches in flight
    /// (default: four per job), each of at most `batchSize` items and, unless it is a single
    /// item, under `batchWeight` by `weight` (default: every item weighs 1).
    public init(
        jobs: Int, window: Int? = nil, batchSize: Int = 16, batchWeight: Int = .max,
        weight: @escaping (Input) -> Int = { _ in 1 }, transform: @escaping @Sendable (Input) -> Output
    ) {
        self.transform = transform
        self.weight = weight
        let jobs = max(1, jobs)
        self.window = max(jobs, window ?? 4 * jobs)
        self.batchSize = max(1, batchSize)
        self.batchWeight = batchWeight
        state = jobs == 1 ? nil : State()
        if let state {
            for _ in 0..<jobs {
                let thread = Thread { state.work { batch in batch.map(transform) } }
                thread.stackSize = 8 << 20
                thread.start()
            }
        }
    }

    deinit {
        state?.close(dropPending: true)
    }

    /// Takes `input`, first handing every result that is ready, in order, to `deliver`; blocks
    /// while the window is full.
    public func submit(_ input: Input, deliver: (Output) throws -> Void) rethrows {
        guard let state else {
            try deliver(transform(input))
            return
        }
        let inputWeight = weight(input)
        if !batch.isEmpty && pendingWeight + inputWeight > batchWeight { try send(state, deliver) }
        batch.append(input)
        pendingWeight += inputWeight
        if batch.count >= batchSize || pendingWeight >= batchWeight { try send(state, deliver) }
    }

    /// Waits for every submitted item and hands the remaining results, in order, to `deliver`.
    /// The map takes no more items afterwards.
    public func finish(deliver: (Output) throws -> Void) rethrows {
        guard let state else { return }
        if !batch.isEmpty { try send(state, deliver) }
        try drain(state, until: 0, deliver)
        state.close(dropPending: false)
    }

    /// Queues the current batch once the window has room for it.
    private func send(_ state: State, _ deliver: (Output) throws -> Void) rethrows {
        try drain(state, until: window - 1, deliver)
        state.enqueue(batch)
        batch = []
        pendingWeight = 0
    }

    /// Delivers ready results in order until at most `limit` batches are in flight.
    private func drain(_ state: State, until limit: Int, _ deliver: (Output) throws -> Void) rethrows {
        while true {
            let (ready, inFlight) = state.takeReady(waitingUntilInFlightAtMost: limit)
            for outputs in ready {
                for output in outputs { try deliver(output) }
            }
            if inFlight <= limit { return }
        }
    }

    /// The queue and the finished batches, shared with the worker threads under one lock.
    private final class State: @unchecked Sendable {
        private let condition = NSCondition()
        /// Queued batches; a taken slot is emptied at once, so the map keeps no input it is done with.
        private var queue: [(Int, [Input])?] = []
        private var queueHead = 0
        private var results: [Int: [Output]] = [:]
        private var submitted = 0
        private var delivered = 0
        private var closed = false

        func enqueue(_ batch: [Input]) {
            condition.lock()
            if queueHead == queue.count {
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
            }
            queue.append((submitted, batch))
            submitted += 1
            condition.broadcast()
            condition.unlock()
        }

        /// The batches ready in order (possibly none), after waiting until there is one or until
        /// no more than `limit` are in flight; and how many are in flight after them.
        func takeReady(waitingUntilInFlightAtMost limit: Int) -> ([[Output]], Int) {
            condition.lock()
            defer { condition.unlock() }
            while results[delivered] == nil && submitted - delivered > limit {
                condition.wait()
            }
            var ready: [[Output]] = []
            while let outputs = results.removeValue(forKey: delivered) {
                ready.append(outputs)
                delivered += 1
            }
            return (ready, submitted - delivered)
        }

        func close(dropPending: Bool) {
            condition.lock()
            closed = true
            if dropPending {
                queue.removeAll()
                queueHead = 0
            }
            condition.broadcast()
            condition.unlock()
        }

        /// A worker's loop: takes queued batches until the map is closed and the queue empty.
        func work(_ transform: ([Input]) -> [Output]) {
            while true {
                condition.lock()
                while queueHead == queue.count && !closed { condition.wait() }
                if queueHead == queue.count {
                    condition.unlock()
                    return
                }
                let (sequence, batch) = queue[queueHead]!
                queue[queueHead] = nil
                queueHead += 1
                condition.unlock()
                let outputs = transform(batch)
                condition.lock()
                results[sequence] = outputs
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
