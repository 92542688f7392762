import CICU
import Foundation
import VietExtract

// Measures, over the texts of a news corpus, in one run so every case sees the same machine load:
// the floor (ICU word break alone, the UTF-16 conversion `Array(text.utf16)` included; its ICU part
// alone is shown beside it, for reference), the text layer, each built-in recognizer, and the whole
// pipeline (JSON Lines in and out). The corpus is cut into chunks of 32 texts and every case runs
// on a chunk before the next chunk, in a rotating order, so a change of load during a run touches
// all cases alike. Each figure is the median over several runs of the whole corpus.
// Usage: vietextract-bench [CORPUS.jsonl] [--runs N] [--limit N] [--only TEXT]
// (--only: the floor and the cases whose name contains TEXT, for profiling one of them.)

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> Int? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return Int(arguments[index + 1])
}
let runs = option("--runs") ?? 7
let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
let positional = arguments.enumerated().filter { index, argument in
    !argument.hasPrefix("--") && (index == 0 || !arguments[index - 1].hasPrefix("--"))
}.map(\.element)
let corpusPath = positional.first ?? "../shared/corpus/dantri-2019-2021.jsonl"

guard FileManager.default.fileExists(atPath: corpusPath) else {
    print("vietextract-bench: no corpus at \(corpusPath); nothing measured (give a JSON Lines file with title/body or text).")
    exit(0)
}

let corpus = try Corpus(path: corpusPath, limit: option("--limit"))
let chunks = stride(from: 0, to: corpus.texts.count, by: 32).map { $0..<min($0 + 32, corpus.texts.count) }
let chunkFiles = try chunks.map { try corpus.writeJSONLines($0) }
defer { for path in chunkFiles { try? FileManager.default.removeItem(atPath: path) } }

var startup = Measurement(name: "Extractor() start-up")
var extractor = try Extractor()
for _ in 0..<runs { startup.seconds.append(try Stopwatch.time { extractor = try Extractor() }) }
let recognizers = try Extractor.builtInRecognizers()
let analyzed = corpus.texts.map(AnalyzedText.init)
let utf16Texts = corpus.texts.map { Array($0.utf16) }
let context = RecognitionContext(referenceDate: nil)
var checksum = 0

/// The floor's work on one text: ICU's word boundaries into a buffer of their own.
func wordBoundaryCount(_ units: [UInt16]) -> Int {
    var boundaries = [Int32](repeating: 0, count: units.count + 1)
    let count = units.withUnsafeBufferPointer { text in
        boundaries.withUnsafeMutableBufferPointer { out in
            cicu_boundaries(CICU_BREAK_WORD, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
        }
    }
    return Int(count)
}

/// A benchmark case: its name and its work on one chunk (a range of texts, and the chunk's number).
struct Case {
    let name: String
    let run: (Range<Int>, Int) -> Void
}

var cases = [
    Case(name: "ICU word break (floor)") { range, _ in
        for index in range { checksum &+= wordBoundaryCount(Array(corpus.texts[index].utf16)) }
    },
    Case(name: "  its ICU part alone") { range, _ in
        for index in range { checksum &+= wordBoundaryCount(utf16Texts[index]) }
    },
    Case(name: "text layer: AnalyzedText") { range, _ in
        for index in range { checksum &+= AnalyzedText(corpus.texts[index]).tokens.count }
    },
    Case(name: "text layer + sentences()") { range, _ in
        for index in range { checksum &+= AnalyzedText(corpus.texts[index]).sentences().count }
    },
]
// Each recognizer alone over the analyzed texts, seeing the candidates of the ones before it.
for (position, recognizer) in recognizers.enumerated() {
    cases.append(Case(name: "recognizer: \(type(of: recognizer))") { range, _ in
        for index in range {
            var candidates: [Candidate] = []
            for earlier in recognizers[..<position] { earlier.recognize(in: analyzed[index], context: context, candidates: &candidates) }
            let before = candidates.count
            let start = Stopwatch.now()
            recognizer.recognize(in: analyzed[index], context: context, candidates: &candidates)
            recognizerSeconds[position] += Stopwatch.seconds(since: start)
            checksum &+= candidates.count - before
        }
    })
}
var recognizerSeconds = [Double](repeating: 0, count: recognizers.count)
cases.append(Case(name: "extract (text → entities)") { range, _ in
    for index in range { checksum &+= extractor.extract(corpus.texts[index]).count }
})
// What `vietextract annotate --format jsonl --jobs 1` does: records read, parsed and annotated,
// each rendered as its line by the writer's renderer and appended to the output.
let lineRenderer = JSONAnnotationWriter(linesOnly: true).documentRenderer!
cases.append(Case(name: "pipeline: JSONL in → out") { _, chunk in
    var output: [UInt8] = []
    InputReader().readPending(chunkFiles[chunk]) { item in
        if case .success(let document) = item.resolved() {
            var line: [UInt8] = []
            lineRenderer.render(AnnotatedDocument(document, extractor: extractor), into: &line)
            output.append(contentsOf: line)
        }
    }
    checksum &+= output.count
})

let selected = cases.indices.map { $0 == 0 || only.map(cases[$0].name.contains) ?? true }
var measurements = cases.map { Measurement(name: $0.name) }
let recognizerCases = 4..<(4 + recognizers.count)
for _ in 0..<runs {
    var seconds = [Double](repeating: 0, count: cases.count)
    recognizerSeconds = recognizerSeconds.map { _ in 0 }
    for (chunk, range) in chunks.enumerated() {
        for offset in cases.indices where selected[(chunk + offset) % cases.count] {
            let index = (chunk + offset) % cases.count
            seconds[index] += Stopwatch.time { cases[index].run(range, chunk) }
        }
    }
    // A recognizer's own time excludes the recognizers run before it.
    for (position, index) in recognizerCases.enumerated() { seconds[index] = recognizerSeconds[position] }
    for index in cases.indices { measurements[index].seconds.append(seconds[index]) }
}

print("corpus: \(corpusPath): \(corpus.texts.count) texts, \(corpus.utf8Bytes) UTF-8 bytes (MB/s over these bytes)")
Report.print(measurements.indices.filter { selected[$0] }.map { measurements[$0] }, bytes: corpus.utf8Bytes, floor: measurements[0], runs: runs)
print("start-up, Extractor() with resources loaded: median \(Report.format(startup.median * 1000, 2)) ms")
print("(checksum \(checksum))")
