import Foundation

/// A value loaded on a thread of its own while the caller does other work: start-up loads the
/// resources that share no state on one, while it compiles the ones that do on the other.
///
/// The loading thread writes the result once, before it signals; the caller reads it only after
/// waiting for that signal, so nothing is read while it is written.
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `load` on a new thread.
    init(_ load: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = load()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The loaded value, once `load` has returned (waiting for it if need be). Read it once.
    func value() -> Value {
        done.wait()
        return result!
    }
}
