#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processes of an `OrderedProcessMap`, as one of them sees them: the first job knows the
/// others by their process ids and waits for them; another job knows the first.
final class JobProcesses {
    private struct Child {
        let job: Int
        let pid: pid_t
        /// The status `waitpid` gave once the process ended.
        var status: Int32?
    }

    private let firstJob: pid_t
    private var children: [Child]

    private init(firstJob: pid_t, children: [Child]) {
        self.firstJob = firstJob
        self.children = children
    }

    /// Whether the calling process runs no thread but the caller's (forking copies only the
    /// calling thread: a lock another one held would stay locked in the copy).
    static var isSingleThreaded: Bool {
        #if os(Linux)
        guard let folder = opendir("/proc/self/task") else { return false }
        defer { closedir(folder) }
        var threads = 0
        while let entry = readdir(folder) {
            if entry.pointee.d_name.0 != UInt8(ascii: ".") { threads += 1 }
        }
        return threads == 1
        #else
        return false
        #endif
    }

    /// Forks `count` copies of this process, for jobs 1 to `count`, then opens the first turn;
    /// returns the calling job's number (0 in this process) and what it knows of the others, or
    /// nil, once the copies made are gone, if a fork fails.
    static func start(_ count: Int, board: TurnBoard) -> (Int, JobProcesses)? {
        let firstJob = getpid()
        var children: [Child] = []
        for job in 1...count {
            let pid = fork()
            if pid == 0 { return (job, JobProcesses(firstJob: firstJob, children: [])) }
            guard pid > 0 else {
                board.stop(.vanished)
                JobProcesses(firstJob: firstJob, children: children).waitForAll()
                return nil
            }
            children.append(Child(job: job, pid: pid))
        }
        board.pass(after: -1)
        return (0, JobProcesses(firstJob: firstJob, children: children))
    }

    /// In the first job, whether no other job died (a job that stops on its own exits with 0 or 1);
    /// in another, whether the first job is still there.
    func othersAlive() -> Bool {
        guard !children.isEmpty else { return getppid() == firstJob }
        for index in children.indices where children[index].status == nil {
            var status: Int32 = 0
            if waitpid(children[index].pid, &status, WNOHANG) == children[index].pid { children[index].status = status }
        }
        return children.allSatisfy { $0.status.map(Self.endedOnItsOwn) ?? true }
    }

    /// Waits until every other job has ended. A job killed by a broken pipe (its reader gone) ends
    /// this process the same way, as one process writing to that pipe would have ended.
    func waitForAll() {
        for index in children.indices where children[index].status == nil {
            var status: Int32 = 0
            while waitpid(children[index].pid, &status, 0) < 0 && errno == EINTR {}
            children[index].status = status
        }
        if children.contains(where: { $0.status.map(Self.killingSignal) == SIGPIPE }) {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
    }

    /// Which job died, and how, for an error message.
    var vanishedDetail: String {
        for child in children {
            guard let status = child.status, !Self.endedOnItsOwn(status) else { continue }
            let signal = Self.killingSignal(status)
            return signal == 0 ? "job \(child.job) ended with status \((status >> 8) & 0xff)"
                : "job \(child.job) was killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        }
        return "a job died"
    }

    /// The signal that killed a process, from its `waitpid` status, or 0 if it exited.
    private static func killingSignal(_ status: Int32) -> Int32 { status & 0x7f }

    private static func endedOnItsOwn(_ status: Int32) -> Bool {
        killingSignal(status) == 0 && (status >> 8) & 0xff <= 1
    }
}
