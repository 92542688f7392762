#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the processes of an `OrderedProcessMap` share, in memory mapped into all of them: the
/// next batch to claim, the batch whose results are written next (the turn), whether the jobs
/// stopped, and what each job reports at its end. One process-shared lock guards it, with one
/// condition that every change of the turn, stop or end is broadcast on.
///
/// The lock is robust: a job that dies holding it stops the others rather than blocking them.
/// A job waits for its turn in steps of a tenth of a second, asking between steps whether the
/// others are alive, so a job that vanishes without a word stops the rest too.
final class TurnBoard: @unchecked Sendable {
    /// What a job says at its end.
    struct Report {
        /// How many batches the job cut its input into: every job must count the same.
        var batches = 0
        /// The job's own count of whatever its caller tallies (the CLI: bad inputs).
        var tally = 0
        var ended = false
    }

    /// Why the jobs stopped before the end of their input.
    enum Stop: Int, Error {
        /// A job's delivery failed, and that job said why.
        case delivery = 1
        /// A job vanished, or held the lock when it died.
        case vanished
        /// A job waits for a turn that no job is left to give: the jobs read different inputs.
        case inputsDiffer
    }

    private struct Shared {
        var nextClaim = 0
        /// The batch whose results are written next; -1 until every job is started, so none writes before.
        var turn = -1
        /// A `Stop`'s raw value, or 0.
        var stop = 0
    }

    private let memory: UnsafeMutableRawPointer
    private let byteCount: Int
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private let shared: UnsafeMutablePointer<Shared>
    private let reports: UnsafeMutablePointer<Report>
    let jobs: Int

    /// A board for `jobs` jobs, or nil when the system gives no shared memory or shared lock.
    init?(jobs: Int) {
        func aligned(_ offset: Int) -> Int { (offset + 63) & ~63 }
        let conditionOffset = aligned(MemoryLayout<pthread_mutex_t>.size)
        let sharedOffset = aligned(conditionOffset + MemoryLayout<pthread_cond_t>.size)
        let reportsOffset = aligned(sharedOffset + MemoryLayout<Shared>.size)
        byteCount = reportsOffset + jobs * MemoryLayout<Report>.stride
        guard let memory = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0),
              memory != MAP_FAILED else { return nil }
        self.memory = memory
        self.jobs = jobs
        mutex = memory.bindMemory(to: pthread_mutex_t.self, capacity: 1)
        condition = (memory + conditionOffset).bindMemory(to: pthread_cond_t.self, capacity: 1)
        shared = (memory + sharedOffset).initializeMemory(as: Shared.self, repeating: Shared(), count: 1)
        reports = (memory + reportsOffset).initializeMemory(as: Report.self, repeating: Report(), count: jobs)
        var mutexAttributes = pthread_mutexattr_t()
        var conditionAttributes = pthread_condattr_t()
        pthread_mutexattr_init(&mutexAttributes)
        pthread_condattr_init(&conditionAttributes)
        defer {
            pthread_mutexattr_destroy(&mutexAttributes)
            pthread_condattr_destroy(&conditionAttributes)
        }
        guard pthread_mutexattr_setpshared(&mutexAttributes, Int32(PTHREAD_PROCESS_SHARED)) == 0,
              Self.makeRobust(&mutexAttributes),
              pthread_condattr_setpshared(&conditionAttributes, Int32(PTHREAD_PROCESS_SHARED)) == 0,
              pthread_mutex_init(mutex, &mutexAttributes) == 0,
              pthread_cond_init(condition, &conditionAttributes) == 0 else {
            return nil  // `deinit` unmaps the memory: every stored property is set
        }
    }

    deinit {
        munmap(memory, byteCount)
    }

    /// The next batch nobody has claimed, now claimed by the caller.
    func claim() throws(Stop) -> Int {
        try locked { () throws(Stop) in
            try checkStop()
            defer { shared.pointee.nextClaim += 1 }
            return shared.pointee.nextClaim
        }
    }

    /// Whether it is `batch`'s turn to be written. With `waiting`, waits until it is, asking
    /// `othersAlive` between steps; a stop, or a turn that no job left could give, throws.
    func isTurn(of batch: Int, waiting: Bool, job: Int, othersAlive: () -> Bool) throws(Stop) -> Bool {
        try locked { () throws(Stop) in
            while true {
                try checkStop()
                if shared.pointee.turn == batch { return true }
                if !waiting { return false }
                if (0..<jobs).allSatisfy({ $0 == job || reports[$0].ended }) { stopLocked(.inputsDiffer) }
                if waitStep() == ETIMEDOUT && !othersAlive() { stopLocked(.vanished) }
            }
        }
    }

    /// Gives the turn to the batch after `batch`.
    func pass(after batch: Int) {
        locked {
            shared.pointee.turn = batch + 1
            pthread_cond_broadcast(condition)
        }
    }

    /// Stops every job, for `reason`, unless they are stopped already.
    func stop(_ reason: Stop) {
        locked { stopLocked(reason) }
    }

    /// Why the jobs stopped, if they did.
    var stopped: Stop? {
        locked { Stop(rawValue: shared.pointee.stop) }
    }

    /// Records the end of job `job`, which wrote all it had to.
    func end(job: Int, batches: Int, tally: Int) {
        locked {
            reports[job] = Report(batches: batches, tally: tally, ended: true)
            pthread_cond_broadcast(condition)
        }
    }

    /// What job `job` reported at its end (all zero and not `ended` if it did not get there).
    func report(of job: Int) -> Report {
        locked { reports[job] }
    }

    private func checkStop() throws(Stop) {
        if let reason = Stop(rawValue: shared.pointee.stop) { throw reason }
    }

    private func stopLocked(_ reason: Stop) {
        if shared.pointee.stop == 0 { shared.pointee.stop = reason.rawValue }
        pthread_cond_broadcast(condition)
    }

    /// Waits on the condition for at most a tenth of a second; returns `ETIMEDOUT` if nothing came.
    private func waitStep() -> Int32 {
        var deadline = timespec()
        clock_gettime(CLOCK_REALTIME, &deadline)
        deadline.tv_nsec += 100_000_000
        if deadline.tv_nsec >= 1_000_000_000 {
            deadline.tv_sec += 1
            deadline.tv_nsec -= 1_000_000_000
        }
        let status = pthread_cond_timedwait(condition, mutex, &deadline)
        if status == EOWNERDEAD { ownerDied() }
        return status
    }

    /// Runs `body` holding the lock. A job that died holding it leaves the board as it was at its
    /// death: the lock is made usable again and the jobs stop.
    private func locked<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        if pthread_mutex_lock(mutex) == EOWNERDEAD { ownerDied() }
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    private func ownerDied() {
        #if os(Linux)
        pthread_mutex_consistent(mutex)
        #endif
        stopLocked(.vanished)
    }

    /// Makes the lock robust, where the system can (Linux): a board without that is not made.
    private static func makeRobust(_ attributes: inout pthread_mutexattr_t) -> Bool {
        #if os(Linux)
        pthread_mutexattr_setrobust(&attributes, Int32(PTHREAD_MUTEX_ROBUST)) == 0
        #else
        false
        #endif
    }
}
