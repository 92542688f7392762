// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "VietExtract",
    products: [
        .library(name: "VietExtract", targets: ["VietExtract"]),
        .executable(name: "vietextract", targets: ["vietextract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // A thin C shim over the system ICU (Debian's libicu-dev). Its header exposes only plain C
        // types, so Swift never sees <unicode/*.h> next to Foundation's own ICU module, and the
        // versioned symbol macros (ubrk_open -> ubrk_open_72) stay on the C side.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .target(name: "VietExtract", dependencies: ["CICU"]),
        .executableTarget(
            name: "vietextract",
            dependencies: ["VietExtract", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "VietExtractTests", dependencies: ["VietExtract"]),
        .testTarget(name: "vietextractCLITests", dependencies: ["vietextract"]),
    ]
)
