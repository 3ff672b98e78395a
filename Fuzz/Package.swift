// swift-tools-version:6.0
import PackageDescription

/// Fuzz targets for Galley, kept apart so that the main build is untouched.
/// Built with `-sanitize=fuzzer,address` by `make fuzz` (Scripts/fuzz).
let package = Package(
    name: "GalleyFuzz",
    dependencies: [.package(name: "Galley", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzReader", dependencies: [
            "FuzzSupport", .product(name: "GalleyStages", package: "Galley"),
        ]),
        .executableTarget(name: "FuzzManifest", dependencies: [
            "FuzzSupport", .product(name: "GalleyStages", package: "Galley"),
        ]),
        .executableTarget(name: "FuzzVerify", dependencies: [
            "FuzzSupport", .product(name: "GalleyStages", package: "Galley"), .product(name: "GalleyPipeline", package: "Galley"),
        ]),
    ]
)
