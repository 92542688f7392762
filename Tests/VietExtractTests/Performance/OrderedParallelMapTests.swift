import Foundation
import Synchronization
import Testing
@testable import VietExtract

@Suite struct OrderedParallelMapTests {
    /// Items that take uneven times still come back in submission order, each exactly once.
    @Test(arguments: [(1, 16), (2, 1), (2, 16), (4, 5)])
    func resultsComeBackInInputOrder(jobs: Int, batchSize: Int) {
        let map = OrderedParallelMap(jobs: jobs, window: 8, batchSize: batchSize) { (number: Int) -> Int in
            if number % 7 == 0 { usleep(2000) }
            return number * 10
        }
        var delivered: [Int] = []
        for number in 0..<200 { map.submit(number) { delivered.append($0) } }
        map.finish { delivered.append($0) }
        #expect(delivered == (0..<200).map { $0 * 10 })
    }

    /// The window bounds how many batches (here of one item) are in flight, whatever the input size.
    @Test func noMoreThanTheWindowIsInFlight() {
        let running = Mutex((now: 0, peak: 0))
        let map = OrderedParallelMap(jobs: 3, window: 5, batchSize: 1) { (number: Int) -> Int in
            running.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) }
            usleep(500)
            running.withLock { $0.now -= 1 }
            return number
        }
        var submittedMinusDelivered = 0
        var peakInFlight = 0
        var count = 0
        for number in 0..<100 {
            map.submit(number) { _ in submittedMinusDelivered -= 1; count += 1 }
            submittedMinusDelivered += 1
            peakInFlight = max(peakInFlight, submittedMinusDelivered)
        }
        map.finish { _ in count += 1 }
        #expect(count == 100)
        #expect(peakInFlight <= 5)
        #expect(running.withLock { $0.peak } <= 3)
    }

    /// `jobs` counts the caller's thread: two jobs transform on the caller and one worker, no more.
    @Test func theCallerIsOneOfTheJobs() {
        let caller = pthread_self()
        let threads = Mutex<[pthread_t]>([])
        let map = OrderedParallelMap(jobs: 2, window: 8, batchSize: 1) { (number: Int) -> Int in
            let this = pthread_self()
            threads.withLock { if !$0.contains(where: { pthread_equal($0, this) != 0 }) { $0.append(this) } }
            usleep(1000)
            return number
        }
        var delivered: [Int] = []
        for number in 0..<40 { map.submit(number) { delivered.append($0) } }
        map.finish { delivered.append($0) }
        #expect(delivered == Array(0..<40))
        let seen = threads.withLock { $0 }
        #expect(seen.count == 2)
        #expect(seen.contains { pthread_equal($0, caller) != 0 })
    }

    /// For each value freed, whether the thread that freed it is the one that made it.
    final class FreeLog: Sendable {
        private let freedByMaker = Mutex<[Bool]>([])
        func record(_ byMaker: Bool) { freedByMaker.withLock { $0.append(byMaker) } }
        var entries: [Bool] { freedByMaker.withLock { $0 } }
    }

    /// A value that tells its log, when freed, whether its maker frees it.
    final class Tracked: Sendable {
        let maker = pthread_self()
        let log: FreeLog
        init(_ log: FreeLog) { self.log = log }
        deinit { log.record(pthread_equal(maker, pthread_self()) != 0) }
    }

    /// Each thread frees what it made: a worker's results go back to it once delivered, and the
    /// inputs the caller made are freed by the caller (memory freed across threads makes both take
    /// the allocator's locks of both).
    @Test func eachThreadFreesWhatItMade() {
        let inputs = FreeLog(), outputs = FreeLog()
        do {
            let map = OrderedParallelMap(jobs: 2, window: 8, batchSize: 1) { (_: Tracked) -> Tracked in
                usleep(200)
                return Tracked(outputs)
            }
            var delivered = 0
            for _ in 0..<200 { map.submit(Tracked(inputs)) { _ in delivered += 1 } }
            map.finish { _ in delivered += 1 }
            #expect(delivered == 200)
        }
        // The worker frees its last results as it stops, which may be a moment after `finish`.
        for _ in 0..<2000 where outputs.entries.count < 200 { usleep(1000) }
        #expect(inputs.entries.count == 200 && inputs.entries.allSatisfy { $0 })
        #expect(outputs.entries.count == 200 && outputs.entries.allSatisfy { $0 })
        // Both threads made outputs: the test would pass vacuously with one.
    }

    /// A delivery that throws stops the stream there; nothing after it is delivered.
    @Test func aThrowingDeliveryStopsTheStream() {
        struct Stop: Error {}
        let map = OrderedParallelMap(jobs: 2) { (number: Int) in number }
        var delivered: [Int] = []
        #expect(throws: Stop.self) {
            let deliver = { (value: Int) throws in
                if value == 10 { throw Stop() }
                delivered.append(value)
            }
            for number in 0..<50 { try map.submit(number, deliver: deliver) }
            try map.finish(deliver: deliver)
        }
        #expect(delivered == Array(0..<10))
    }

    /// Batches closed by weight (a heavy item travels alone) keep the order too.
    @Test func weightedBatchesKeepInputOrder() {
        let sizes = [1, 1, 100, 1, 1, 1, 100, 100, 1]
        let map = OrderedParallelMap(jobs: 2, window: 2, batchSize: 4, batchWeight: 50, weight: { (size: Int) in size }) {
            (size: Int) -> Int in size
        }
        var delivered: [Int] = []
        for size in sizes { map.submit(size) { delivered.append($0) } }
        map.finish { delivered.append($0) }
        #expect(delivered == sizes)
    }

    @Test func emptyInputDeliversNothing() {
        let map = OrderedParallelMap(jobs: 2) { (number: Int) in number }
        var delivered: [Int] = []
        map.finish { delivered.append($0) }
        #expect(delivered.isEmpty)
    }
}
