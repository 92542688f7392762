/// The counts of a scoring run and what it got wrong, with the scorer's table and JSON reports.
public struct Evaluation: Sendable {
    /// True positives, false positives and false negatives of one label, and the scores from them.
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

        private static func ratio(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }
    }

    /// A gold span the predictions missed, or a predicted span not in the gold.
    public struct Mistake: Sendable {
        public enum Kind: String, Sendable { case missed, spurious }
        public let kind: Kind
        public let label: String
        public let document: String
        public let text: [Unicode.Scalar]
        /// Up to 40 code points on each side.
        public let before: [Unicode.Scalar]
        public let after: [Unicode.Scalar]
    }

    public var documents = 0
    public var missingPredictions = 0
    /// Counts by label (after mapping).
    public var counts: [String: Counts] = [:]
    /// Mistakes in document order, then by start.
    public var mistakes: [Mistake] = []

    public init() {}

    /// The labels with any count, in code point order (as Python sorts them).
    public var labels: [String] {
        counts.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// The counts summed over labels.
    public var micro: Counts {
        counts.values.reduce(into: Counts()) {
            $0.truePositives += $1.truePositives
            $0.falsePositives += $1.falsePositives
            $0.falseNegatives += $1.falseNegatives
        }
    }

    /// The rows of the report: each label, then `micro`.
    public var rows: [(label: String, counts: Counts)] {
        labels.map { ($0, counts[$0]!) } + [("micro", micro)]
    }

    /// The table the project scorer prints: P, R, F1 in percent, then tp, fp, fn.
    public var table: String {
        var lines = ["documents \(documents), without a prediction \(missingPredictions)",
                     "label         P      R     F1     tp     fp     fn"]
        for (label, counts) in rows {
            let padded = label + String(repeating: " ", count: max(0, 8 - label.unicodeScalars.count))
            lines.append(padded + CFormat.string(" %6.2f %6.2f %6.2f %6ld %6ld %6ld", counts.precision * 100,
                                         counts.recall * 100, counts.f1 * 100, counts.truePositives,
                                         counts.falsePositives, counts.falseNegatives))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON object the project scorer prints with `--json`, written as Python's `json.dumps` does.
    public var json: String {
        var out = "{\"documents\": \(documents), \"missing_predictions\": \(missingPredictions), \"scores\": {"
        for (index, row) in rows.enumerated() {
            var key: [UInt8] = []
            JSONWriter.writeString(row.label, into: &key)
            let c = row.counts
            out += (index > 0 ? ", " : "") + String(decoding: key, as: UTF8.self)
                + ": {\"tp\": \(c.truePositives), \"fp\": \(c.falsePositives), \"fn\": \(c.falseNegatives), "
                + "\"precision\": \(c.precision), \"recall\": \(c.recall), \"f1\": \(c.f1)}"
        }
        return out + "}}\n"
    }

    /// Up to `limit` missed and `limit` spurious spans per label, one a line with its context:
    /// `missed PER [Tô Huy Rứa] in doc-1: …gặp ông [Tô Huy Rứa] hôm qua…`.
    public func mistakeLines(limit: Int) -> [String] {
        var lines: [String] = []
        let labels = Set(mistakes.map(\.label)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        for label in labels {
            for kind in [Mistake.Kind.missed, .spurious] {
                for mistake in mistakes.lazy.filter({ $0.label == label && $0.kind == kind }).prefix(limit) {
                    func text(_ scalars: [Unicode.Scalar]) -> String {
                        String(String.UnicodeScalarView(scalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
                    }
                    lines.append("\(kind.rawValue) \(label) [\(text(mistake.text))] in \(mistake.document): "
                                 + "…\(text(mistake.before))[\(text(mistake.text))]\(text(mistake.after))…")
                }
            }
        }
        return lines
    }
}
