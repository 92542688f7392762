import CICU
import Foundation
import VietExtract

// Measures, over the texts of a news corpus, in one run so every case sees the same machine load:
// the floor (ICU word break alone, the UTF-16 conversion `Array(text.utf16)` included; its ICU part
// alone is shown beside it, for reference), the text layer, each built-in
// recognizer, and the whole pipeline (JSON Lines in and out). Each case is the median of several
// runs; runs are interleaved case by case. Usage: vietextract-bench [CORPUS.jsonl] [--runs N] [--limit N]

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> Int? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return Int(arguments[index + 1])
}
let runs = option("--runs") ?? 7
let positional = arguments.enumerated().filter { index, argument in
    !argument.hasPrefix("--") && (index == 0 || !arguments[index - 1].hasPrefix("--"))
}.map(\.element)
let corpusPath = positional.first ?? "../shared/corpus/dantri-2019-2021.jsonl"

guard FileManager.default.fileExists(atPath: corpusPath) else {
    print("vietextract-bench: no corpus at \(corpusPath); nothing measured (give a JSON Lines file with title/body or text).")
    exit(0)
}

let corpus = try Corpus(path: corpusPath, limit: option("--limit"))
let bytes = corpus.utf8Bytes
let jsonLinesPath = try corpus.writeJSONLines()
defer { try? FileManager.default.removeItem(atPath: jsonLinesPath) }

var startup = Measurement(name: "Extractor() start-up")
var extractor = try Extractor()
for _ in 0..<runs { startup.seconds.append(try Stopwatch.time { extractor = try Extractor() }) }

let recognizers = try Extractor.builtInRecognizers()
let analyzed = corpus.texts.map(AnalyzedText.init)
let context = RecognitionContext(referenceDate: nil)

let utf16Texts = corpus.texts.map { Array($0.utf16) }
var floor = Measurement(name: "ICU word break (floor)")
var breakOnly = Measurement(name: "  its ICU part alone")
var textLayer = Measurement(name: "text layer: AnalyzedText")
var sentences = Measurement(name: "text layer + sentences()")
var recognizerTimes = recognizers.map { Measurement(name: "recognizer: \(type(of: $0))") }
var extract = Measurement(name: "extract (text → entities)")
var pipeline = Measurement(name: "pipeline: JSONL in → out")
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

for _ in 0..<runs {
    floor.seconds.append(Stopwatch.time {
        for text in corpus.texts { checksum &+= wordBoundaryCount(Array(text.utf16)) }
    })
    breakOnly.seconds.append(Stopwatch.time {
        for units in utf16Texts { checksum &+= wordBoundaryCount(units) }
    })
    textLayer.seconds.append(Stopwatch.time {
        for text in corpus.texts { checksum &+= AnalyzedText(text).tokens.count }
    })
    sentences.seconds.append(Stopwatch.time {
        for text in corpus.texts { checksum &+= AnalyzedText(text).sentences().count }
    })
    var spent = [Double](repeating: 0, count: recognizers.count)
    for text in analyzed {
        var candidates: [Candidate] = []
        for (index, recognizer) in recognizers.enumerated() {
            let start = Stopwatch.now()
            recognizer.recognize(in: text, context: context, candidates: &candidates)
            spent[index] += Stopwatch.seconds(since: start)
        }
        checksum &+= candidates.count
    }
    for index in recognizers.indices { recognizerTimes[index].seconds.append(spent[index]) }
    extract.seconds.append(Stopwatch.time {
        for text in corpus.texts { checksum &+= extractor.extract(text).count }
    })
    pipeline.seconds.append(Stopwatch.time {
        let reader = InputReader(layout: .jsonl)
        let writer = JSONWriter()
        var output: [UInt8] = []
        reader.read(jsonLinesPath) { item in
            if case .success(let document) = item {
                writer.write(AnnotationJSON.document(AnnotatedDocument(document, extractor: extractor)), into: &output)
                output.append(0x0A)
            }
            if output.count >= 1 << 16 {
                checksum &+= output.count
                output.removeAll(keepingCapacity: true)
            }
        }
    })
}

print("corpus: \(corpusPath): \(corpus.texts.count) texts, \(bytes) UTF-8 bytes (MB/s over these bytes)")
Report.print([floor, breakOnly, textLayer, sentences] + recognizerTimes + [extract, pipeline], bytes: bytes, floor: floor, runs: runs)
print("start-up, Extractor() with resources loaded: median \(Report.format(startup.median * 1000, 2)) ms")
print("(checksum \(checksum))")
