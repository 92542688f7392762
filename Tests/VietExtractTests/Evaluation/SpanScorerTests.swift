import Testing
@testable import VietExtract

/// The scorer's counts against numbers worked out by hand, on spans built by hand.
@Suite struct SpanScorerTests {
    static func span(_ start: Int, _ end: Int, _ label: String, level: Int? = nil, nested: Bool? = nil) -> JSONValue {
        var object = JSONObjectBuilder()
        object.add("start", .int(start))
        object.add("end", .int(end))
        object.add("label", .string(label))
        object.add("level", level)
        object.add("nested", nested)
        return object.value
    }

    static func evaluate(_ options: SpanScorer.Options, text: String = String(repeating: "x", count: 60),
                         gold: [JSONValue], predicted: [JSONValue]?) throws -> Evaluation {
        var evaluation = Evaluation()
        try SpanScorer(options: options).score(id: "d", text: text, gold: gold, predicted: predicted, into: &evaluation)
        return evaluation
    }

    @Test func exactMatchesCountPerLabelAndMicro() throws {
        // Gold: PER 0-5, PER 10-15, DOC 20-30. Predicted: PER 0-5 (tp), PER 10-14 (off by one: fp + fn),
        // DOC 20-30 (tp), ORG 40-45 (fp). PER: tp 1, fp 1, fn 1 → P = R = F1 = 0.5. DOC: 1/0/0 → 1.
        // ORG: 0/1/0 → 0. Micro: tp 2, fp 2, fn 1 → P 0.5, R 2/3, F1 4/7.
        let evaluation = try Self.evaluate(SpanScorer.Options(),
            gold: [Self.span(0, 5, "PER"), Self.span(10, 15, "PER"), Self.span(20, 30, "DOC")],
            predicted: [Self.span(0, 5, "PER"), Self.span(10, 14, "PER"), Self.span(20, 30, "DOC"), Self.span(40, 45, "ORG")])
        #expect(evaluation.labels == ["DOC", "ORG", "PER"])
        #expect(evaluation.counts["PER"] == Evaluation.Counts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(evaluation.counts["PER"]!.f1 == 0.5)
        #expect(evaluation.counts["DOC"]!.f1 == 1)
        #expect(evaluation.counts["ORG"]!.precision == 0)
        let micro = evaluation.micro
        #expect((micro.truePositives, micro.falsePositives, micro.falseNegatives) == (2, 2, 1))
        #expect(micro.precision == 0.5)
        #expect(abs(micro.recall - 2.0 / 3) < 1e-15)
        #expect(abs(micro.f1 - 4.0 / 7) < 1e-15)
        #expect(evaluation.table == """
            documents 1, without a prediction 0
            label         P      R     F1     tp     fp     fn
            DOC      100.00 100.00 100.00      1      0      0
            ORG        0.00   0.00   0.00      0      1      0
            PER       50.00  50.00  50.00      1      1      1
            micro     50.00  66.67  57.14      2      2      1

            """)
    }

    @Test func nestedLevelsCountOnlyWithAllLevels() throws {
        let gold = [Self.span(0, 20, "ORG", level: 1), Self.span(5, 20, "LOC", level: 2)]
        let predicted = [Self.span(0, 20, "ORG"), Self.span(5, 20, "LOC", nested: true)]
        let outer = try Self.evaluate(SpanScorer.Options(), gold: gold, predicted: predicted)
        #expect(outer.labels == ["ORG"], "level 2 gold and nested predictions are not scored by default")
        var options = SpanScorer.Options()
        options.allLevels = true
        let all = try Self.evaluate(options, gold: gold, predicted: predicted)
        #expect(all.counts["LOC"] == Evaluation.Counts(truePositives: 1))
        #expect(all.micro.truePositives == 2)
    }

    @Test func labelMapRenamesAndDropsGoldLabelsAndLabelsFilterAfterMapping() throws {
        var options = SpanScorer.Options()
        options.goldLabelMap = SpanScorer.Options.labelMap(["PERSON=PER,MISC=", "LOCATION=LOC"])
        #expect(options.goldLabelMap == ["PERSON": "PER", "MISC": "", "LOCATION": "LOC"])
        options.labels = ["PER", "MISC"]
        let evaluation = try Self.evaluate(options,
            gold: [Self.span(0, 5, "PERSON"), Self.span(6, 9, "MISC"), Self.span(10, 12, "LOCATION")],
            predicted: [Self.span(0, 5, "PER"), Self.span(10, 12, "LOC")])
        #expect(evaluation.labels == ["PER"], "MISC is dropped by the map, LOC by --labels")
        #expect(evaluation.micro == Evaluation.Counts(truePositives: 1))
    }

    @Test func relaxTriggersCutsLeadingTriggerWordsOnBothSides() throws {
        let text = "Họp vào sáng ngày 22/10 tại Hà Nội"
        // Gold "ngày 22/10" (13-23); predicted "vào sáng ngày 22/10" (4-23): equal once cut to 18-23.
        var options = SpanScorer.Options()
        let strict = try Self.evaluate(options, text: text, gold: [Self.span(13, 23, "DATE")], predicted: [Self.span(4, 23, "DATE")])
        #expect(strict.micro == Evaluation.Counts(falsePositives: 1, falseNegatives: 1))
        options.relaxTriggers = true
        let relaxed = try Self.evaluate(options, text: text, gold: [Self.span(13, 23, "DATE")], predicted: [Self.span(4, 23, "DATE")])
        #expect(relaxed.micro == Evaluation.Counts(truePositives: 1))
        let scorer = try SpanScorer(options: options)
        #expect(scorer.strippingTriggers(Array("ngàyxưa".unicodeScalars), start: 0, end: 7) == 0,
                "a trigger must be followed by a space")
    }

    @Test func aDocumentWithoutPredictionCountsAsMissingAndItsGoldAsMissed() throws {
        let evaluation = try Self.evaluate(SpanScorer.Options(), gold: [Self.span(0, 5, "PER")], predicted: nil)
        #expect(evaluation.missingPredictions == 1)
        #expect(evaluation.micro == Evaluation.Counts(falseNegatives: 1))
        #expect(evaluation.json == """
            {"documents": 1, "missing_predictions": 1, "scores": {"PER": {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, \
            "recall": 0.0, "f1": 0.0}, "micro": {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}}}

            """)
    }

    @Test func mistakesAreListedWithContext() throws {
        let text = "Hôm qua ông Tô Huy Rứa đến Hà Nội."
        let evaluation = try Self.evaluate(SpanScorer.Options(), text: text,
            gold: [Self.span(12, 22, "PER")], predicted: [Self.span(27, 33, "LOC")])
        #expect(evaluation.mistakeLines(limit: 5) == [
            "spurious LOC [Hà Nội] in d: …Hôm qua ông Tô Huy Rứa đến [Hà Nội].…",
            "missed PER [Tô Huy Rứa] in d: …Hôm qua ông [Tô Huy Rứa] đến Hà Nội.…",
        ])
        #expect(evaluation.mistakeLines(limit: 0).isEmpty)
    }

    @Test func goldRecordsAreKeyedAsPythonWritesIdsAndALaterDuplicateReplacesAnEarlierOne() throws {
        let corpus = try GoldCorpus(Array("""
            {"id": 7, "text": "một"}

            {"text": "hai", "entities": []}
            {"id": 7, "text": "ba"}
            """.utf8))
        #expect(corpus.records.map(\.key) == ["7", "None"])
        #expect(corpus.records.map(\.text) == ["ba", "hai"])
        #expect(throws: GoldCorpus.Malformed.self) { try GoldCorpus(Array("{\"id\": 1}\n".utf8)) }
    }
}
