// swift-tools-version:6.0
import PackageDescription

/// Galley: check, enrich and package plain-text historical documents.
///
/// Dependencies point one way: the `galley` CLI → `GalleyPipeline` → stages
/// (`GalleyReader`, `GalleyRules`, `GalleyReport`) → `GalleyModel`.
let package = Package(
    name: "Galley",
    products: [
        .executable(name: "galley", targets: ["galley"]),
        .library(name: "GalleyPipeline", targets: ["GalleyPipeline"]),
        // The stages on their own, for the fuzz targets in Fuzz/.
        .library(name: "GalleyStages", targets: ["GalleyModel", "GalleyReader", "GalleyRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: - C libraries from the system (pkg-config), never vendored
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // MARK: - Model, stages, pipeline, CLI
        .target(name: "GalleyModel"),
        .target(
            name: "GalleyReader",
            dependencies: ["GalleyModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "GalleyRules", dependencies: ["GalleyModel"]),
        .target(name: "GalleyXML"),
        .target(
            name: "GalleyReport",
            dependencies: ["GalleyModel", "GalleyXML", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "GalleyEnrich",
            dependencies: ["GalleyModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "GalleyEPUB",
            dependencies: ["GalleyModel", "GalleyEnrich", "GalleyXML", "CZlib"]
        ),
        .target(
            name: "GalleyArchive",
            dependencies: ["GalleyModel", "CLibArchive", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "GalleyRelease",
            dependencies: ["GalleyModel", "GalleyEnrich", "GalleyXML", "GalleyArchive"]
        ),
        .target(
            name: "GalleyPipeline",
            dependencies: [
                "GalleyModel", "GalleyReader", "GalleyRules", "GalleyReport", "GalleyEnrich", "GalleyEPUB", "GalleyArchive", "GalleyRelease",
                "CLibXML2", "CLibArchive",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "galley",
            dependencies: [
                "GalleyPipeline", "GalleyReport", "GalleyModel", "GalleyRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests
        .testTarget(
            name: "GalleyTests",
            dependencies: ["GalleyModel", "GalleyReader", "GalleyRules", "GalleyReport", "GalleyEnrich", "GalleyEPUB", "GalleyArchive", "GalleyRelease", "GalleyXML", "GalleyPipeline", "galley"],
            exclude: ["Fixtures"]
        ),
    ]
)
