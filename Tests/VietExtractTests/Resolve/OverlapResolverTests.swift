import Testing
@testable import VietExtract

@Suite struct OverlapResolverTests {
    private func candidate(_ label: EntityLabel, _ range: Range<Int>, priority: Int = 0) -> Candidate {
        Candidate(label: label, viewRange: range, value: .attributes(.null), source: "test", priority: priority)
    }

    private func spans(_ resolved: [ResolvedEntity]) -> [String] {
        resolved.map { "\($0.candidate.label.rawValue)\($0.candidate.viewRange)\($0.isNested ? "n" : "")" }
    }

    @Test func longestWinsAndContainedBecomesNested() {
        let resolved = OverlapResolver.resolve(
            [candidate(.location, 5..<20), candidate(.organization, 0..<20)], includeNested: true)
        #expect(spans(resolved) == ["ORG0..<20", "LOC5..<20n"])
    }

    @Test func nestedAreDroppedWhenNotWanted() {
        let resolved = OverlapResolver.resolve(
            [candidate(.location, 5..<20), candidate(.organization, 0..<20)], includeNested: false)
        #expect(spans(resolved) == ["ORG0..<20"])
    }

    @Test func crossingCandidateIsDroppedEvenWhenNestedAreWanted() {
        let resolved = OverlapResolver.resolve(
            [candidate(.person, 0..<10), candidate(.location, 8..<14)], includeNested: true)
        #expect(spans(resolved) == ["PER0..<10"])
    }

    @Test func equalLengthTiesGoToEarlierThenPriority() {
        let earlier = OverlapResolver.resolve(
            [candidate(.location, 2..<6), candidate(.person, 0..<4)], includeNested: false)
        #expect(spans(earlier) == ["PER0..<4"])
        let priority = OverlapResolver.resolve(
            [candidate(.location, 0..<4), candidate(.person, 0..<4, priority: 5)], includeNested: false)
        #expect(spans(priority) == ["PER0..<4"])
    }

    @Test func disjointCandidatesAllSurviveInOrder() {
        let resolved = OverlapResolver.resolve(
            [candidate(.date, 10..<12), candidate(.location, 0..<3), candidate(.person, 4..<8)], includeNested: false)
        #expect(spans(resolved) == ["LOC0..<3", "PER4..<8", "DATE10..<12"])
    }
}
