/// Scores predicted entity spans against gold spans exactly as the project scorer does.
///
/// A match is exact: same start, end (code points) and label after label mapping. Unless
/// `allLevels`, only outermost entities count: gold ones at `level` 1 (or without a level),
/// predicted ones not marked `nested`. With `relaxTriggers`, leading trigger words (`ngày`,
/// `sáng`...) are cut from both sides first. Spans are counted as sets per document.
public struct SpanScorer: Sendable {
    /// What is scored and how labels are read.
    public struct Options: Sendable {
        /// Renames of gold labels; a label mapped to the empty string is dropped.
        public var goldLabelMap: [String: String] = [:]
        /// Renames of predicted labels, likewise.
        public var predictedLabelMap: [String: String] = [:]
        /// The labels to score (after mapping); nil for all.
        public var labels: Set<String>?
        /// Whether nested entities count too.
        public var allLevels = false
        /// Whether leading trigger words are ignored on both sides.
        public var relaxTriggers = false

        public init() {}

        /// Parses renames given as `A=B,C=` (possibly several such arguments); `C=` drops `C`.
        public static func labelMap(_ arguments: [String]) -> [String: String] {
            var map: [String: String] = [:]
            for argument in arguments {
                for pair in argument.split(separator: ",", omittingEmptySubsequences: true) {
                    let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    map[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
                }
            }
            return map
        }
    }

    /// An entity object that cannot be scored (no usable `start` or `end`).
    public struct MalformedEntity: Error, CustomStringConvertible {
        public let document: String
        public let entity: JSONValue
        public var description: String { "document \(document): entity without integer start and end: \(JSONWriter().string(entity))" }
    }

    public let options: Options
    private let triggers: [[Unicode.Scalar]]

    /// A scorer; loads the trigger words of `relaxTriggers` from `Resources/eval/relax-triggers.tsv`.
    public init(options: Options) throws(ResourceError) {
        self.options = options
        triggers = try TSVTable.resource("eval/relax-triggers.tsv", required: ["trigger"]).rows.map {
            Array($0["trigger"].unicodeScalars)
        }
    }

    /// Adds one document's counts to `evaluation`; `predicted` nil means no prediction for it.
    public func score(id: String, text: String, gold: [JSONValue], predicted: [JSONValue]?,
                      into evaluation: inout Evaluation) throws(MalformedEntity) {
        let scalars = Array(text.unicodeScalars)
        let goldSpans = try spans(gold, mapping: options.goldLabelMap, text: scalars, document: id)
        if predicted == nil { evaluation.missingPredictions += 1 }
        let predictedSpans = try spans(predicted ?? [], mapping: options.predictedLabelMap, text: scalars, document: id)
        evaluation.documents += 1
        for span in goldSpans.intersection(predictedSpans) { evaluation.counts[span.label, default: .init()].truePositives += 1 }
        for (kind, found) in [(Evaluation.Mistake.Kind.missed, goldSpans.subtracting(predictedSpans)),
                              (.spurious, predictedSpans.subtracting(goldSpans))] {
            for span in found.sorted(by: { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }) {
                if kind == .missed {
                    evaluation.counts[span.label, default: .init()].falseNegatives += 1
                } else {
                    evaluation.counts[span.label, default: .init()].falsePositives += 1
                }
                evaluation.mistakes.append(Evaluation.Mistake(
                    kind: kind, label: span.label, document: id,
                    text: Self.slice(scalars, span.start, span.end),
                    before: Self.slice(scalars, span.start - 40, span.start),
                    after: Self.slice(scalars, span.end, span.end + 40)))
            }
        }
    }

    /// A span as the scorer compares them.
    struct Span: Hashable {
        let start: Int
        let end: Int
        let label: String
    }

    private func spans(_ entities: [JSONValue], mapping: [String: String], text: [Unicode.Scalar],
                       document: String) throws(MalformedEntity) -> Set<Span> {
        var spans: Set<Span> = []
        for entity in entities {
            if !options.allLevels && (!Self.isLevelOne(entity["level"]) || Self.isTruthy(entity["nested"])) { continue }
            guard let written = (entity["label"] ?? entity["type"])?.stringValue else { continue }
            let label = mapping[written] ?? written
            if label.isEmpty || !(options.labels?.contains(label) ?? true) { continue }
            guard var start = Self.integer(entity["start"]), let end = Self.integer(entity["end"]) else {
                throw MalformedEntity(document: document, entity: entity)
            }
            if options.relaxTriggers { start = strippingTriggers(text, start: start, end: end) }
            spans.insert(Span(start: start, end: end, label: label))
        }
        return spans
    }

    /// The start after cutting leading trigger words, each followed by a space, as often as any
    /// matches (the scorer's loop: every trigger in order, again while one matched).
    func strippingTriggers(_ text: [Unicode.Scalar], start: Int, end: Int) -> Int {
        var start = start
        var lower = Array(String(String.UnicodeScalarView(Self.slice(text, start, end))).lowercased().unicodeScalars)
        var changed = true
        while changed {
            changed = false
            for trigger in triggers where lower.count > trigger.count && lower.starts(with: trigger) && lower[trigger.count] == " " {
                start += trigger.count + 1
                lower.removeFirst(trigger.count + 1)
                changed = true
            }
        }
        return start
    }

    /// `text[from:to]` with Python's clamping of slice bounds.
    static func slice(_ text: [Unicode.Scalar], _ from: Int, _ to: Int) -> [Unicode.Scalar] {
        let lower = min(max(from, 0), text.count), upper = min(max(to, 0), text.count)
        return lower < upper ? Array(text[lower..<upper]) : []
    }

    /// `e.get("level", 1) == 1` in Python.
    private static func isLevelOne(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .int(1)?, .double(1)?, .bool(true)?: return true
        default: return false
        }
    }

    /// Python's truth value of a JSON value.
    private static func isTruthy(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let flag)?: return flag
        case .int(let number)?: return number != 0
        case .double(let number)?: return number != 0
        case .string(let string)?: return !string.isEmpty
        case .array(let values)?: return !values.isEmpty
        case .object(let members)?: return !members.isEmpty
        }
    }

    /// Python's `int()` of a JSON number or numeric string.
    private static func integer(_ value: JSONValue?) -> Int? {
        switch value {
        case .int(let number)?: return number
        case .double(let number)? where number.isFinite: return Int(number)
        case .string(let string)?: return Int(string[...].trimmingWhitespace())
        default: return nil
        }
    }
}
