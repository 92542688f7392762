import Foundation
import Testing
@testable import VietExtract

@Suite struct ThreadConditionTests {
    /// A value written on a started thread reaches a caller that waits on the condition for it.
    @Test func aStartedThreadHandsAValueOver() {
        final class Slot: @unchecked Sendable {
            let condition = ThreadCondition()
            var value: Int?
        }
        let slot = Slot()
        startThread {
            slot.condition.lock()
            slot.value = 42
            slot.condition.signal()
            slot.condition.unlock()
        }
        slot.condition.lock()
        while slot.value == nil { slot.condition.wait() }
        let value = slot.value
        slot.condition.unlock()
        #expect(value == 42)
    }

    /// A broadcast wakes every waiting thread, each of which reports back once.
    @Test func broadcastWakesEveryWaiter() {
        final class Gate: @unchecked Sendable {
            let condition = ThreadCondition()
            var open = false
            var passed = 0
        }
        let gate = Gate()
        for _ in 0..<4 {
            startThread {
                gate.condition.lock()
                while !gate.open { gate.condition.wait() }
                gate.passed += 1
                gate.condition.broadcast()
                gate.condition.unlock()
            }
        }
        gate.condition.lock()
        #expect(gate.passed == 0)
        gate.open = true
        gate.condition.broadcast()
        while gate.passed < 4 { gate.condition.wait() }
        gate.condition.unlock()
        #expect(gate.passed == 4)
    }

    /// `BackgroundLoad` returns what its thread computed, even when asked before it is done.
    @Test func backgroundLoadWaitsForItsValue() {
        let load = BackgroundLoad { () -> [String] in
            usleep(20_000)
            return ["done", "Hà Nội"]
        }
        #expect(load.value() == ["done", "Hà Nội"])
    }
}
