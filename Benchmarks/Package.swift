// swift-tools-version:6.1
import PackageDescription

// Benchmarks of VietExtract, kept out of the root package so `swift test` never builds or runs them.
// Run from the repository root: `make bench` (a release build, then the corpus measurements).
let package = Package(
    name: "VietExtractBenchmarks",
    dependencies: [.package(name: "VietExtract", path: "..")],
    targets: [
        .executableTarget(
            name: "vietextract-bench",
            dependencies: [.product(name: "VietExtract", package: "VietExtract")]
        ),
    ]
)
