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
/// for an earlier one), so memory stays bounded on any input size. Each thread frees what it
/// allocated: the caller frees the inputs it made, and a worker's results go back to it once
/// delivered. With one job, items are transformed inline, one by one.
///
/// ```swift
/// let map = OrderedParallelMap(jobs: 4) { (text: String) in extractor.extract(text) }
/// for text in texts { map.submit(text) { entities in print(entities.count) } }
/// map.finish { entities in print(entities.count) }
/// ```
public final class OrderedParallelMap<Input: Sendable, Output: Sendable> {
    private let transform: @Sendable (Input) -> Output
    private let state: State?
    private let window: Int
    private var batches: BatchBuilder<Input>

    /// A map over `jobs` threads (at least 1), with at most `window` batches in flight
    /// (default: four per job), each of at most `batchSize` items and, unless it is a single
    /// item, under `batchWeight` by `weight` (default: every item weighs 1).
    public init(
        jobs: Int, window: Int? = nil, batchSize: Int = 16, batchWeight: Int = .max,
        weight: @escaping (Input) -> Int = { _ in 1 }, transform: @escaping @Sendable (Input) -> Output
    ) {
        self.transform = transform
        let jobs = max(1, jobs)
        self.window = max(jobs, window ?? 4 * jobs)
        batches = BatchBuilder(size: batchSize, weightLimit: batchWeight, weight: weight)
        state = jobs == 1 ? nil : State(queueLength: 2 * (jobs - 1), workers: jobs - 1)
        if let state {
            for worker in 0..<jobs - 1 {
                startThread { state.work(as: worker) { batch in batch.map(transform) } }
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
        try batches.add(input) { try send($0, state, deliver) }
    }

    /// Waits for every submitted item and hands the remaining results, in order, to `deliver`.
    /// The map takes no more items afterwards.
    public func finish(deliver: (Output) throws -> Void) rethrows {
        guard let state else { return }
        try batches.finish { try send($0, state, deliver) }
        try drain(state, until: 0, deliver)
        state.close(dropPending: false)
    }

    /// Once the window has room, queues `inputs` for a worker, or transforms them here when the
    /// workers already have enough queued.
    private func send(_ inputs: [Input], _ state: State, _ deliver: (Output) throws -> Void) rethrows {
        try drain(state, until: window - 1, deliver)
        if let sequence = state.enqueueUnlessFull(inputs) {
            transformHere(inputs, at: sequence, in: state)
        }
        try deliverReady(state, deliver)
    }

    /// Transforms batch `sequence` on the calling thread, which frees its inputs itself.
    private func transformHere(_ inputs: [Input], at sequence: Int, in state: State) {
        state.store(State.Finished(outputs: inputs.map(transform), inputs: [], worker: nil), at: sequence)
    }

    /// Delivers results in order until at most `limit` batches are in flight, transforming
    /// queued batches here rather than waiting while there are any.
    private func drain(_ state: State, until limit: Int, _ deliver: (Output) throws -> Void) rethrows {
        while try deliverReady(state, deliver) > limit {
            if let (sequence, inputs) = state.takeQueued() {
                transformHere(inputs, at: sequence, in: state)
            } else {
                state.waitForResult()
            }
        }
    }

    /// Hands the results ready in order to `deliver`; returns how many batches are in flight after them.
    /// A worker's results go back to it once delivered, and its inputs end here: each thread frees
    /// the memory it allocated (see `State.Finished`).
    @discardableResult
    private func deliverReady(_ state: State, _ deliver: (Output) throws -> Void) rethrows -> Int {
        var (ready, inFlight) = state.takeReady()
        for index in ready.indices {
            for output in ready[index].outputs { try deliver(output) }
            if let worker = ready[index].worker { state.giveBack(ready[index].takeOutputs(), to: worker) }
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
        private var results: [Int: Finished] = [:]
        /// Each worker's results delivered since it last looked, for it to free (under `done`).
        private var givenBack: [[[Output]]]
        private var submitted = 0
        private var delivered = 0
        private var closed = false
        private var callerWaits = false

        /// A transformed batch, until it is delivered. A worker's batch keeps its inputs, for the
        /// caller, which allocated them, to free, and its outputs go back to it once delivered:
        /// memory freed by another thread than the one that allocated it makes both threads take
        /// the allocator's locks of both, whose cache lines then travel between the cores at every
        /// allocation (on some virtual machines, 200 ns each way).
        struct Finished {
            private(set) var outputs: [Output]
            let inputs: [Input]
            /// The worker that transformed the batch, or nil for the caller.
            let worker: Int?

            /// The outputs, moved out: no reference to them is left here.
            mutating func takeOutputs() -> [Output] {
                let taken = outputs
                outputs = []
                return taken
            }
        }

        init(queueLength: Int, workers: Int) {
            self.queueLength = queueLength
            givenBack = Array(repeating: [], count: workers)
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
        func store(_ finished: consuming Finished, at sequence: Int) {
            done.lock()
            results[sequence] = consume finished
            if callerWaits { done.signal() }
            done.unlock()
        }

        /// Hands a worker's delivered results back to it, to be freed there.
        func giveBack(_ outputs: consuming [Output], to worker: Int) {
            done.lock()
            givenBack[worker].append(consume outputs)
            done.unlock()
        }

        /// The results given back to `worker`, taken.
        private func takeGivenBack(_ worker: Int) -> [[Output]] {
            done.lock()
            defer { done.unlock() }
            guard !givenBack[worker].isEmpty else { return [] }
            let taken = givenBack[worker]
            givenBack[worker] = []
            return taken
        }

        /// The batches ready in order (possibly none), and how many are in flight after them.
        func takeReady() -> ([Finished], Int) {
            done.lock()
            defer { done.unlock() }
            var ready: [Finished] = []
            while let finished = results.removeValue(forKey: delivered) {
                ready.append(finished)
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

        /// Worker `worker`'s loop: takes queued batches until the map is closed and the queue
        /// empty, freeing the results given back to it between batches.
        func work(as worker: Int, _ transform: ([Input]) -> [Output]) {
            while true {
                _ = takeGivenBack(worker)
                queued.lock()
                while queueHead == queue.count && !closed { queued.wait() }
                let taken = takeQueuedLocked()
                queued.unlock()
                // Moved, not copied, down to the stored batch: the caller frees its inputs.
                guard let (sequence, batch) = consume taken else {
                    // Closed: everything is delivered, and given back.
                    _ = takeGivenBack(worker)
                    return
                }
                store(Finished(outputs: transform(batch), inputs: consume batch, worker: worker), at: sequence)
            }
        }
    }
}
