// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Exposure",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "exposure", targets: ["exposure"]),
        .library(name: "ExposureKit", targets: ["ExposureKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CExif",
            pkgConfig: "libexif",
            providers: [.apt(["libexif-dev"]), .brew(["libexif"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "ExposureKit",
            dependencies: [
                "CExif",
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["LibexifVersion"]
        ),
        .plugin(name: "LibexifVersion", capability: .buildTool(), path: "Sources/LibexifVersion"),
        .executableTarget(
            name: "exposure",
            dependencies: [
                "ExposureKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ExposureKitTests",
            dependencies: [
                "ExposureKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
