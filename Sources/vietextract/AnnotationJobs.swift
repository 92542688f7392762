#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VietExtract

/// The jobs that annotate documents for `annotate`: threads of this process, or processes forked
/// from it once the extractor is built, each reading the inputs itself and writing its own
/// documents' output by turns (see `OrderedProcessMap`). Either way the output is the same, in
/// input order; processes share no memory between cores, so they scale better on machines where
/// that is dear, and need inputs that can be read more than once and output that needs no state
/// across documents.
enum AnnotationJobs {
    typealias Input = InputReader.Pending
    typealias Output = Result<AnnotatedOutput, InputError>

    case threads(OrderedParallelMap<Input, Output>)
    case processes(OrderedProcessMap<Input, Output>)

    /// Documents go in batches of up to 16, or fewer over 256 KB of input.
    private static let batchWeight = 1 << 18

    /// `count` jobs as `kind` (nil: processes where they can be, threads otherwise); nil when
    /// several jobs are asked for as processes and the system cannot fork them.
    init?(count: Int, kind: JobKind?, processesPossible: Bool, transform: @escaping @Sendable (Input) -> Output) {
        if kind != .threads, processesPossible, let map = OrderedProcessMap(
            jobs: count, batchWeight: Self.batchWeight, weight: { (item: Input) in item.weight }, transform: transform) {
            self = .processes(map)
        } else if kind == .processes && count > 1 {
            return nil
        } else {
            self = .threads(OrderedParallelMap(jobs: count, batchWeight: Self.batchWeight, weight: { $0.weight },
                                               transform: transform))
        }
    }

    /// Whether processes can read `paths` and write `format`: files and folders can be read again
    /// by each job (standard input, a pipe or a device cannot), and a format of lines rendered
    /// document by document needs no state across documents.
    static func processesPossible(paths: [String], renderer: (any DocumentRenderer)?) -> Bool {
        renderer != nil && paths.allSatisfy { path in
            guard path != "-" else { return false }
            var status = stat()
            guard stat(path, &status) == 0 else { return true }
            let type = status.st_mode & S_IFMT
            return type == S_IFREG || type == S_IFDIR
        }
    }

    func submit(_ item: Input, deliver: (Output) throws -> Void, endTurn: () throws -> Void) throws {
        switch self {
        case .threads(let map): try map.submit(item, deliver: deliver)
        case .processes(let map): try map.submit(item, deliver: deliver, endTurn: endTurn)
        }
    }

    /// Delivers the rest; returns the failures of every job, `failures()` being this process's.
    func finish(deliver: (Output) throws -> Void, endTurn: () throws -> Void, failures: () -> Int) throws -> Int {
        switch self {
        case .threads(let map):
            try map.finish(deliver: deliver)
            return failures()
        case .processes(let map):
            return try map.finish(deliver: deliver, endTurn: endTurn, tally: failures)
        }
    }
}

/// How `annotate --jobs` runs its jobs (a hidden option, for tests and benchmarks: by default,
/// processes where they can be, threads otherwise).
enum JobKind: String, CaseIterable {
    case threads, processes
}
