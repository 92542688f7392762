#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Transforms a stream of items in several processes, each delivering its own results, all in
/// input order, by turns.
///
/// Made once start-up is over, in a process with a single thread, the map forks `jobs - 1` copies
/// of it. The caller's loop then runs in every job: each reads the whole input itself and cuts it
/// into the same batches (as `OrderedParallelMap` does), and transforms only the batches it
/// claims, one at a time, from a counter on a shared `TurnBoard`: a job that is free claims the
/// next batch nobody has. It keeps its transformed batches until their turn (every earlier batch
/// delivered, by whichever job had it), delivers them then and passes the turn on; in between it
/// goes on with the next batch, and waits only with more than `window` batches kept. Nothing but
/// batch numbers crosses between the jobs, so no memory is written by two cores: two threads of
/// one process share their allocator and their reference counts, which on some virtual machines
/// costs a tenth more CPU.
///
/// So `deliver` must write where every job writes, in order (standard output, shared by the forked
/// processes, or files of their own), with nothing held back once `endTurn` returns. The first job
/// is the caller's process; the others end in `finish`, never returning to the caller, and so does
/// a job other than the first whose delivery throws. The first job throws the error of its own
/// delivery, or `JobsStopped` when another job stopped it.
public final class OrderedProcessMap<Input, Output> {
    private let transform: (Input) -> Output
    private let board: TurnBoard
    private let window: Int
    /// 0 for the caller's process.
    private let job: Int
    private let processes: JobProcesses
    private var batches: BatchBuilder<Input>
    /// How many batches the input was cut into so far.
    private var cut = 0
    /// The batch this job transforms next; a number below `cut` was claimed by another job.
    private var claimed: Int
    /// Batches transformed and waiting for their turn, in order.
    private var kept: [(number: Int, outputs: [Output])] = []

    /// A map over `jobs` processes (the caller's and `jobs - 1` forked ones), cutting batches as
    /// `OrderedParallelMap` does; nil when the process has other threads than the caller's, or the
    /// system gives no shared memory or fork (the caller then uses threads).
    public init?(
        jobs: Int, window: Int = 4, batchSize: Int = 16, batchWeight: Int = .max,
        weight: @escaping (Input) -> Int = { _ in 1 }, transform: @escaping (Input) -> Output
    ) {
        guard jobs > 1, JobProcesses.isSingleThreaded, let board = TurnBoard(jobs: jobs),
              let (job, processes) = JobProcesses.start(jobs - 1, board: board) else { return nil }
        self.transform = transform
        self.board = board
        self.window = max(1, window)
        self.job = job
        self.processes = processes
        batches = BatchBuilder(size: batchSize, weightLimit: batchWeight, weight: weight)
        // A job that finds the others stopped already claims nothing and stops at its end.
        claimed = (try? board.claim()) ?? .max
    }

    /// Takes `input`; when it completes a batch this job claimed, transforms it and delivers
    /// every kept batch whose turn it is, each followed by `endTurn`.
    public func submit(_ input: Input, deliver: (Output) throws -> Void, endTurn: () throws -> Void) throws {
        do {
            try batches.add(input) { try take($0, deliver, endTurn) }
        } catch {
            try fail(error)
        }
    }

    /// Delivers the rest of this job's batches, each in its turn, and ends the job. In the
    /// caller's process, waits for the other jobs to end, and returns the sum of every job's
    /// `tally()` read at its end; in the others, ends the process.
    public func finish(deliver: (Output) throws -> Void, endTurn: () throws -> Void, tally: () -> Int) throws -> Int {
        do {
            try batches.finish { try take($0, deliver, endTurn) }
            try deliverKept(keeping: 0, deliver, endTurn)
            board.end(job: job, batches: cut, tally: tally())
        } catch {
            try fail(error)
        }
        guard job == 0 else { _exit(0) }
        processes.waitForAll()
        if let stop = board.stopped { throw JobsStopped(stop, detail: processes.vanishedDetail) }
        var total = 0
        for other in 0..<board.jobs {
            let report = board.report(of: other)
            guard report.batches == cut else { throw JobsStopped.inputsDiffer }
            total += report.tally
        }
        return total
    }

    private func take(_ batch: [Input], _ deliver: (Output) throws -> Void, _ endTurn: () throws -> Void) throws {
        let number = cut
        cut += 1
        guard number == claimed else { return }
        kept.append((number, batch.map(transform)))
        claimed = try board.claim()
        try deliverKept(keeping: window, deliver, endTurn)
    }

    /// Delivers the kept batches whose turn it is, waiting for the turn while more than `limit` are kept.
    private func deliverKept(keeping limit: Int, _ deliver: (Output) throws -> Void, _ endTurn: () throws -> Void) throws {
        while let number = kept.first?.number,
              try board.isTurn(of: number, waiting: kept.count > limit, job: job, othersAlive: processes.othersAlive) {
            do {
                for output in kept.removeFirst().outputs { try deliver(output) }
                try endTurn()
            } catch {
                // What was delivered before the failure still goes out, as from a single job.
                try? endTurn()
                board.stop(.delivery)
                throw error
            }
            board.pass(after: number)
        }
    }

    /// Ends a job other than the first; in the first, waits for the others and throws why it stopped.
    private func fail(_ error: any Error) throws -> Never {
        guard job == 0 else { _exit(1) }
        let stop = error as? TurnBoard.Stop
        if stop == nil { board.stop(.delivery) }
        processes.waitForAll()
        throw stop.map { JobsStopped($0, detail: processes.vanishedDetail) } ?? error
    }
}

/// Why the jobs of an `OrderedProcessMap` stopped before the end of their input.
public enum JobsStopped: Error, CustomStringConvertible {
    /// Another job's delivery failed, and that job said why.
    case delivery
    /// A job ended without finishing its work.
    case vanished(String)
    /// The jobs did not read the same input (a file changed while it was read).
    case inputsDiffer

    init(_ stop: TurnBoard.Stop, detail: String) {
        switch stop {
        case .delivery: self = .delivery
        case .vanished: self = .vanished(detail)
        case .inputsDiffer: self = .inputsDiffer
        }
    }

    public var description: String {
        switch self {
        case .delivery: "a job stopped"
        case .vanished(let detail): "\(detail); the output is incomplete"
        case .inputsDiffer: "the jobs did not read the same input (did a file change while it was read?); the output is incomplete"
        }
    }
}
