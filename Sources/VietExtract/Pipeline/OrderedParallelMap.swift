import Foundation

/// Transforms a stream of items on several threads and hands the results back in input order.
///
/// The caller submits items one by one and receives results through `deliver`, always on its
/// own thread and in submission order, so reading and writing stay sequential while the work in
/// between runs on `jobs` worker threads. At most `window` items are in flight (queued, being
/// transformed, or done but waiting for an earlier one): `submit` blocks when the window is
/// full, so memory stays bounded on any input size. With one job, items are transformed inline.
///
/// ```swift
/// let map = OrderedParallelMap(jobs: 4) { (text: String) in extractor.extract(text) }
/// for text in texts { map.submit(text) { entities in print(entities.count) } }
/// map.finish { entities in print(entities.count) }
/// ```
public final class OrderedParallelMap<Input: Sendable, Output: Sendable>: Sendable {
    private let transform: @Sendable (Input) -> Output
    private let state: State?
    private let window: Int

    /// A map over `jobs` threads (at least 1) with at most `window` items in flight
    /// (default: four per job).
    public init(jobs: Int, window: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
        self.transform = transform
        let jobs = max(1, jobs)
        self.window = max(jobs, window ?? 4 * jobs)
        state = jobs == 1 ? nil : State()
        if let state {
            for _ in 0..<jobs {
                let thread = Thread { state.work(transform) }
                thread.stackSize = 8 << 20
                thread.start()
            }
        }
    }

    deinit {
        state?.close(dropPending: true)
    }

    /// Queues `input`, first handing every result that is ready, in order, to `deliver`; blocks
    /// while the window is full.
    public func submit(_ input: Input, deliver: (Output) throws -> Void) rethrows {
        guard let state else {
            try deliver(transform(input))
            return
        }
        try drain(state, until: window - 1, deliver)
        state.enqueue(input)
    }

    /// Waits for every submitted item and hands the remaining results, in order, to `deliver`.
    /// The map takes no more items afterwards.
    public func finish(deliver: (Output) throws -> Void) rethrows {
        guard let state else { return }
        try drain(state, until: 0, deliver)
        state.close(dropPending: false)
    }

    /// Delivers ready results in order until at most `limit` items are in flight.
    private func drain(_ state: State, until limit: Int, _ deliver: (Output) throws -> Void) rethrows {
        while true {
            let (ready, inFlight) = state.takeReady(waitingUntilInFlightAtMost: limit)
            for output in ready { try deliver(output) }
            if inFlight <= limit { return }
        }
    }

    /// The queue and the finished results, shared with the worker threads under one lock.
    private final class State: @unchecked Sendable {
        private let condition = NSCondition()
        /// Queued items; a taken slot is emptied at once, so the map keeps no input it is done with.
        private var queue: [(Int, Input)?] = []
        private var queueHead = 0
        private var results: [Int: Output] = [:]
        private var submitted = 0
        private var delivered = 0
        private var closed = false

        func enqueue(_ input: Input) {
            condition.lock()
            if queueHead > 64 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            queue.append((submitted, input))
            submitted += 1
            condition.broadcast()
            condition.unlock()
        }

        /// The results ready in order (possibly none), after waiting until there is one or until
        /// no more than `limit` items are in flight; and how many are in flight after them.
        func takeReady(waitingUntilInFlightAtMost limit: Int) -> ([Output], Int) {
            condition.lock()
            defer { condition.unlock() }
            while results[delivered] == nil && submitted - delivered > limit {
                condition.wait()
            }
            var ready: [Output] = []
            while let output = results.removeValue(forKey: delivered) {
                ready.append(output)
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

        /// A worker's loop: takes queued items until the map is closed and the queue empty.
        func work(_ transform: (Input) -> Output) {
            while true {
                condition.lock()
                while queueHead == queue.count && !closed { condition.wait() }
                if queueHead == queue.count {
                    condition.unlock()
                    return
                }
                let (sequence, input) = queue[queueHead]!
                queue[queueHead] = nil
                queueHead += 1
                condition.unlock()
                let output = transform(input)
                condition.lock()
                results[sequence] = output
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
