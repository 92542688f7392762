import Foundation

/// The timings of one benchmark case over several runs, and what they come to.
struct Measurement {
    let name: String
    var seconds: [Double] = []

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Megabytes (10^6 bytes) per second at the median time.
    func megabytesPerSecond(bytes: Int) -> Double { Double(bytes) / 1e6 / median }
}

/// A monotonic stopwatch.
enum Stopwatch {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    /// Runs `body` and returns how long it took, in seconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return seconds(since: start)
    }
}

/// Prints the results as a table: median time, throughput, and the ratio to the floor.
enum Report {
    static func print(_ measurements: [Measurement], bytes: Int, floor: Measurement, runs: Int) {
        let floorSpeed = floor.megabytesPerSecond(bytes: bytes)
        let nameWidth = max(24, measurements.map(\.name.count).max() ?? 0)
        Swift.print("\(pad("case", nameWidth))  median ms    MB/s  × floor   (median of \(runs) runs)")
        for measurement in measurements {
            let speed = measurement.megabytesPerSecond(bytes: bytes)
            Swift.print(pad(measurement.name, nameWidth) + "  "
                + pad(format(measurement.median * 1000, 1), 9, right: true) + " "
                + pad(format(speed, 1), 7, right: true) + "  "
                + pad(format(speed / floorSpeed, 2), 7, right: true))
        }
    }

    static func format(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
