#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX mutex with one condition variable, for threads that hand each other work and wait
/// for it: lock, check the state, `wait()` while there is nothing to do, `signal()` after a change.
final class ThreadCondition: @unchecked Sendable {
    // Heap slots, since a pthread mutex or condition must not move once initialized.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }

    /// Releases the lock until another thread signals, then takes it again (wakes may be
    /// spurious: wait in a loop over the state awaited).
    func wait() { pthread_cond_wait(condition, mutex) }

    /// Wakes one waiting thread.
    func signal() { pthread_cond_signal(condition) }

    /// Wakes every waiting thread.
    func broadcast() { pthread_cond_broadcast(condition) }
}

/// Runs `body` on a new detached thread with an 8 MB stack, as the main thread has (a new
/// thread's default is smaller on some systems: 512 KB on Darwin).
func startThread(_ body: @escaping @Sendable () -> Void) {
    _ = makeThread(body, detached: true)
}

/// A thread started to be waited for: `join()` returns once `body` has returned and the thread is gone.
struct JoinableThread: @unchecked Sendable {
    private let handle: pthread_t

    /// Runs `body` on a new thread with an 8 MB stack.
    init(_ body: @escaping @Sendable () -> Void) {
        handle = makeThread(body, detached: false)
    }

    func join() {
        pthread_join(handle, nil)
    }
}

private func makeThread(_ body: @escaping @Sendable () -> Void, detached: Bool) -> pthread_t {
    final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    pthread_attr_setdetachstate(&attributes, Int32(detached ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE))
    let context = Unmanaged.passRetained(Box(body)).toOpaque()
    #if canImport(Darwin)
    var thread: pthread_t?
    #else
    var thread = pthread_t()
    #endif
    let status = pthread_create(&thread, &attributes, { context in
        Unmanaged<Box>.fromOpaque(unwrapped(context)).takeRetainedValue().body()
        return nil
    }, context)
    precondition(status == 0, "cannot start a thread: \(String(cString: strerror(status)))")
    #if canImport(Darwin)
    return thread!
    #else
    return thread
    #endif
}

/// The start routine's argument, optional on Linux and not on Darwin.
private func unwrapped(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer { pointer! }
