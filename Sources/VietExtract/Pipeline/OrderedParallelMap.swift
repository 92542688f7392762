/// Transforms a stream of items on several threads and hands the results back in input order.
///
/// The caller submits items one by one and receives results through `deliver`, always on its
/// own thread and in submission order, so reading and writing stay sequential while the work in
/// between runs on `jobs` threads: the caller's own and `jobs - 1` workers. Items travel in
/// batches (up to `batchSize` items, or fewer once their `weight` reaches `batchWeight`), so
/// threads meet once per batch rather than once per item. The caller keeps a few batches queued
/// for the workers and transforms the next one itself whenever the queue is full, so there is
/// never a thread more than there are jobs, and no thread waits while there is work it could
/// do. At most `window` batches are in flight (queued, being transformed, or done but waiting
/// for an earlier one), so memory stays bounded on any input size. With one job, items are
/// transformed inline, one by one.
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
        state = jobs == 1 ? nil : State(queueLength: 2 * (jobs - 1))
        if let state {
            for _ in 1..<jobs {
                startThread { state.work { batch in batch.map(transform) } }
            }
        }
    }

    deinit {
        state?.close(dropPending: true)
    }

    /// Takes `input`, first handing every result that is ready, in order, to `deliver`; while
    /// the window is full, transforms queued batches or waits for the workers.
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

    /// Once the window has room, queues the current batch for a worker, or transforms it here
    /// when the workers already have enough queued.
    private func send(_ state: State, _ deliver: (Output) throws -> Void) rethrows {
        try drain(state, until: window - 1, deliver)
        let inputs = batch
        batch = []
        pendingWeight = 0
        if let sequence = state.enqueueUnlessFull(inputs) {
            state.store(inputs.map(transform), at: sequence)
        }
        try deliverReady(state, deliver)
    }

    /// Delivers results in order until at most `limit` batches are in flight, transforming
    /// queued batches here rather than waiting while there are any.
    private func drain(_ state: State, until limit: Int, _ deliver: (Output) throws -> Void) rethrows {
        while try deliverReady(state, deliver) > limit {
            if let (sequence, inputs) = state.takeQueued() {
                state.store(inputs.map(transform), at: sequence)
            } else {
                state.waitForResult()
            }
        }
    }

    /// Hands the results ready in order to `deliver`; returns how many batches are in flight after them.
    @discardableResult
    private func deliverReady(_ state: State, _ deliver: (Output) throws -> Void) rethrows -> Int {
        let (ready, inFlight) = state.takeReady()
        for outputs in ready {
            for output in outputs { try deliver(output) }
        }
        return inFlight
    }

    /// The queue and the finished batches, shared with the worker threads under one lock; the
    /// workers wait on one condition (a batch queued), the caller on another (a batch done).
    private final class State: @unchecked Sendable {
        private let queued = ThreadCondition()
        private let done = ThreadCondition()
        private let queueLength: Int
        /// Queued batches, oldest first; a taken slot is emptied at once, so the map keeps no
        /// input it is done with.
        private var queue: [(Int, [Input])?] = []
        private var queueHead = 0
        private var results: [Int: [Output]] = [:]
        private var submitted = 0
        private var delivered = 0
        private var closed = false
        private var callerWaits = false

        init(queueLength: Int) {
            self.queueLength = queueLength
        }

        /// Numbers the batch and queues it for a worker, unless `queueLength` batches are
        /// already queued: then returns its number, for the caller to transform it.
        func enqueueUnlessFull(_ batch: [Input]) -> Int? {
            queued.lock()
            defer { queued.unlock() }
            let sequence = submitted
            submitted += 1
            if queue.count - queueHead >= queueLength { return sequence }
            if queueHead == queue.count {
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
            }
            queue.append((sequence, batch))
            queued.signal()
            return nil
        }

        /// The oldest queued batch, taken off the queue, if any.
        func takeQueued() -> (Int, [Input])? {
            queued.lock()
            defer { queued.unlock() }
            return takeQueuedLocked()
        }

        private func takeQueuedLocked() -> (Int, [Input])? {
            guard queueHead < queue.count else { return nil }
            let taken = queue[queueHead]
            queue[queueHead] = nil
            queueHead += 1
            return taken
        }

        /// Keeps a transformed batch until it is its turn to be delivered.
        func store(_ outputs: [Output], at sequence: Int) {
            done.lock()
            results[sequence] = outputs
            if callerWaits { done.signal() }
            done.unlock()
        }

        /// The batches ready in order (possibly none), and how many are in flight after them.
        func takeReady() -> ([[Output]], Int) {
            done.lock()
            defer { done.unlock() }
            var ready: [[Output]] = []
            while let outputs = results.removeValue(forKey: delivered) {
                ready.append(outputs)
                delivered += 1
            }
            queued.lock()
            let inFlight = submitted - delivered
            queued.unlock()
            return (ready, inFlight)
        }

        /// Waits until the next batch in order is done.
        func waitForResult() {
            done.lock()
            callerWaits = true
            while results[delivered] == nil { done.wait() }
            callerWaits = false
            done.unlock()
        }

        func close(dropPending: Bool) {
            queued.lock()
            closed = true
            if dropPending {
                queue.removeAll()
                queueHead = 0
            }
            queued.broadcast()
            queued.unlock()
        }

        /// A worker's loop: takes queued batches until the map is closed and the queue empty.
        func work(_ transform: ([Input]) -> [Output]) {
            while true {
                queued.lock()
                while queueHead == queue.count && !closed { queued.wait() }
                let taken = takeQueuedLocked()
                queued.unlock()
                guard let (sequence, batch) = taken else { return }
                store(transform(batch), at: sequence)
            }
        }
    }
}
