// swift-tools-version:6.0
// gilbench: measures how CPU-bound Python scales over cores with threads, sub-interpreters and processes.
import PackageDescription

let package = Package(
    name: "gilbench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gilbench", targets: ["gilbench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only target that touches CPython: loads libpython at run time and shims its C API.
        .target(name: "CPythonBridge", linkerSettings: [.linkedLibrary("dl")]),
        // Swift wrappers over the bridge; nothing else imports CPythonBridge.
        .target(name: "PythonEmbedding", dependencies: ["CPythonBridge", "GILBenchBuiltins"]),
        // What ships inside the binary, embedded at build time: the built-in workloads (Benchmarks/), the chart
        // templates (plots/) and the Python that runs inside workers (python/). Nothing is read from disk.
        .target(
            name: "GILBenchBuiltins",
            resources: [.embedInCode("Benchmarks"), .embedInCode("plots"), .embedInCode("python")]
        ),
        // C shims for Linux calls Swift cannot import (prctl is variadic). No CPython.
        .target(name: "SystemShims"),
        // Pure Swift, no CPython; one folder per stage: plan (model, discovery), execute (processes, clocks),
        // record (trial records, metadata), summarise (statistics, geometric means), and compare, history.
        .target(name: "GILBenchCore", dependencies: ["GILBenchBuiltins", "SystemShims"]),
        // Runs inside child host processes: the strategies that drive embedded interpreters.
        .target(name: "GILBenchHost", dependencies: ["GILBenchCore", "GILBenchBuiltins", "PythonEmbedding"]),
        // Record, on disk: RunResults, the store that rewrites a run folder's files after every trial, the strict
        // reader, the column schema, the no-follow folder writer, merged campaigns and ab's folder.
        .target(name: "GILBenchResults", dependencies: ["GILBenchCore"]),
        // Export, the last stage: turns results into bytes (CSV, JSON, pyperf, Markdown, gnuplot); its numbers come
        // from GILBenchCore/Summarise. Plan -> execute (Core, Host) -> record (Results) -> summarise (Core) -> export.
        .target(name: "GILBenchExport", dependencies: ["GILBenchCore", "GILBenchResults", "GILBenchBuiltins"]),
        // Argument parsing and wiring only.
        .executableTarget(
            name: "gilbench",
            dependencies: [
                "GILBenchCore", "GILBenchHost", "GILBenchResults", "GILBenchExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GILBenchBuiltinsTests", dependencies: ["GILBenchBuiltins", "GILBenchCore"]),
        // Fixtures the test targets share: a small run, hostile strings. Built for the tests only.
        .target(name: "GILBenchTestSupport", dependencies: ["GILBenchCore", "GILBenchResults"], path: "Tests/GILBenchTestSupport"),
        .testTarget(name: "GILBenchCoreTests", dependencies: ["GILBenchCore", "GILBenchTestSupport"]),
        .testTarget(name: "GILBenchResultsTests", dependencies: ["GILBenchResults", "GILBenchCore", "GILBenchTestSupport"]),
        .testTarget(name: "GILBenchExportTests", dependencies: ["GILBenchExport", "GILBenchResults", "GILBenchCore", "GILBenchTestSupport"]),
        .testTarget(name: "PythonEmbeddingTests", dependencies: ["PythonEmbedding", "GILBenchCore"]),
        .testTarget(name: "GILBenchHostTests", dependencies: ["GILBenchHost", "GILBenchCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["gilbench", "GILBenchCore"]),
    ],
    swiftLanguageModes: [.v5]
)
