// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "PlanGraph",
  products: [
    .library(name: "PlanGraph", targets: ["PlanGraph", "PlanAnalyses"]),
    .executable(name: "plangraph", targets: ["PlanGraphCLI"]),
    .executable(name: "plangraph-bench", targets: ["plangraph-bench"]),
  ],
  dependencies: [],
  targets: [
    .systemLibrary(
      name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CCrypto", path: "Sources/CCrypto", providers: [.apt(["libssl-dev"])]),
    .systemLibrary(name: "CMemmem", path: "Sources/CMemmem"),
    .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
    .target(
      name: "PlanGraph", dependencies: ["CSQLite", "CZlib", "CCrypto", "CMemmem", "CMalloc"],
      path: "Sources/PlanGraph",
      resources: [
        .copy("Targets/indicators.tsv"), .copy("Normalization/agency-functions.tsv"),
        .copy("Normalization/divisions.tsv"), .copy("Normalization/division-words.txt"),
        .copy("Normalization/ts-characters.tsv"),
      ],
      // A file sees Foundation's `String` methods only if it imports Foundation itself, so the
      // parse path's files, which do not, cannot call `range(of:)` or `replacingOccurrences`.
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
    .target(name: "PlanAnalyses", dependencies: ["PlanGraph"], path: "Analyses"),
    .executableTarget(
      name: "PlanGraphCLI", dependencies: ["PlanGraph", "PlanAnalyses"],
      path: "Sources/PlanGraphCLI"),
    .executableTarget(
      name: "plangraph-bench", dependencies: ["PlanGraph", "PlanAnalyses", "PlanGraphTestSupport"],
      path: "Sources/plangraph-bench"),
    .executableTarget(
      name: "workload-tables", dependencies: ["PlanGraph", "PlanAnalyses"],
      path: "Notebooks-as-scripts/workload-tables", exclude: ["output"]),
    .executableTarget(
      name: "coresponsibility-network", dependencies: ["PlanGraph", "PlanAnalyses"],
      path: "Notebooks-as-scripts/coresponsibility-network", exclude: ["output"]),
    .executableTarget(
      name: "target-changes", dependencies: ["PlanGraph", "PlanAnalyses"],
      path: "Notebooks-as-scripts/target-changes", exclude: ["output"]),
    .target(name: "PlanGraphTestSupport", path: "Sources/PlanGraphTestSupport"),
    .testTarget(name: "PlanGraphTests", dependencies: ["PlanGraph", "PlanGraphTestSupport"]),
    .testTarget(
      name: "PlanAnalysesTests",
      dependencies: ["PlanAnalyses", "PlanGraph", "PlanGraphTestSupport"]),
    .testTarget(
      name: "PlanGraphCLITests",
      dependencies: ["PlanGraphCLI", "PlanGraph", "PlanAnalyses", "PlanGraphTestSupport"]),
  ]
)
