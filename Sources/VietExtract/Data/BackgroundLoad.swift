/// A value loaded on a thread of its own while the caller does other work: start-up loads the
/// resources that share no state on one, while it compiles the ones that do on the other.
///
/// The loading thread writes the result once, under the lock, before it signals; the caller reads
/// it under the same lock once it is there, so nothing is read while it is written.
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = ThreadCondition()

    /// Starts `load` on a new thread.
    init(_ load: @escaping @Sendable () -> Value) {
        startThread { [self] in
            let loaded = load()
            done.lock()
            result = loaded
            done.signal()
            done.unlock()
        }
    }

    /// The loaded value, once `load` has returned (waiting for it if need be). Read it once.
    func value() -> Value {
        done.lock()
        defer { done.unlock() }
        while result == nil { done.wait() }
        return result!
    }
}
