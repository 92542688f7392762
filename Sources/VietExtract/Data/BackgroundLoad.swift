/// A value loaded on a thread of its own while the caller does other work: start-up loads the
/// resources that share no state on one, while it compiles the ones that do on the other.
///
/// The loading thread writes the result once and ends; the caller reads it once it has joined
/// that thread, so nothing is read while it is written, and no thread of the loader outlives
/// start-up (a process may fork after it: see `OrderedProcessMap`).
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private var thread: JoinableThread?

    /// Starts `load` on a new thread.
    init(_ load: @escaping @Sendable () -> Value) {
        thread = JoinableThread { [self] in result = load() }
    }

    /// The loaded value, once `load` has returned (waiting for it if need be). Read it once.
    func value() -> Value {
        thread?.join()
        thread = nil
        return result!
    }
}
