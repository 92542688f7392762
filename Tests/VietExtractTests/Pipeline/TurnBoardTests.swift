import Glibc
import Testing
@testable import VietExtract

/// The board's rules, from one process playing every job (forked jobs are tested through the CLI).
@Suite struct TurnBoardTests {
    @Test func claimsAreConsecutiveAndNoTurnIsOpenBeforeTheStart() throws {
        let board = try #require(TurnBoard(jobs: 2))
        #expect(try board.claim() == 0)
        #expect(try board.claim() == 1)
        #expect(try board.isTurn(of: 0, waiting: false, job: 0, othersAlive: { true }) == false)
        board.pass(after: -1)
        #expect(try board.isTurn(of: 0, waiting: false, job: 0, othersAlive: { true }))
        #expect(try board.isTurn(of: 1, waiting: false, job: 1, othersAlive: { true }) == false)
        board.pass(after: 0)
        #expect(try board.isTurn(of: 1, waiting: true, job: 1, othersAlive: { true }))
    }

    @Test func aStopReachesEveryCallAndKeepsItsFirstReason() throws {
        let board = try #require(TurnBoard(jobs: 2))
        board.pass(after: -1)
        board.stop(.delivery)
        board.stop(.vanished)
        #expect(board.stopped == .delivery)
        #expect(throws: TurnBoard.Stop.delivery) { try board.claim() }
        #expect(throws: TurnBoard.Stop.delivery) { try board.isTurn(of: 0, waiting: false, job: 0, othersAlive: { true }) }
    }

    /// A job waiting for a turn that no job left can give stops, rather than waiting for ever.
    @Test func waitingWhenEveryOtherJobHasEndedMeansTheInputsDiffer() throws {
        let board = try #require(TurnBoard(jobs: 3))
        board.pass(after: -1)
        board.end(job: 1, batches: 4, tally: 2)
        board.end(job: 2, batches: 4, tally: 0)
        #expect(throws: TurnBoard.Stop.inputsDiffer) { try board.isTurn(of: 3, waiting: true, job: 0, othersAlive: { true }) }
        #expect(board.report(of: 1).tally == 2 && board.report(of: 1).ended)
        #expect(!board.report(of: 0).ended)
    }

    /// A job that vanished is noticed at the next step of the wait (a tenth of a second).
    @Test func waitingWhileAnotherJobVanishedStops() throws {
        let board = try #require(TurnBoard(jobs: 2))
        board.pass(after: -1)
        #expect(throws: TurnBoard.Stop.vanished) { try board.isTurn(of: 2, waiting: true, job: 0, othersAlive: { false }) }
        #expect(board.stopped == .vanished)
    }

    /// The test process runs threads of its own, so it must not fork.
    @Test func aProcessWithSeveralThreadsIsNotSingleThreaded() {
        let thread = JoinableThread { usleep(50_000) }
        #expect(!JobProcesses.isSingleThreaded)
        thread.join()
    }
}
