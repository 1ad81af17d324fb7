import Foundation
import Testing
import ScanInspection

/// Our resolutions against exiftool's reading of the same files (written by Pillow and by the
/// fixture script, never by exiftool): every source we report, and no source we miss.
@Suite struct CrossCheckWithExiftool {
    private static var files: [String] {
        let samples = ["passport-300dpi.jpg", "lease-150dpi.png", "ownership-extract-300dpi.png",
                       "phone-photo-exif-72dpi.jpg", "consent-exif-only-300dpi.jpg",
                       "birth-certificate-conflicting-600-300dpi.jpg", "migration-card-no-resolution.jpg",
                       "lease-no-resolution.png"].map(Fixture.sample)
        let fixtures = ["jfif-300dpi.jpg", "jfif-dpcm-118.jpg", "jfif-anisotropic-300x150.jpg", "jfif-units0.jpg",
                        "no-jfif-no-exif.jpg", "exif-le-300dpi.jpg", "exif-be-300dpi.jpg", "exif-be-cm-118.jpg",
                        "exif-le-no-unit-600.jpg", "exif-rational-fraction.jpg", "jfif-300-exif-200.jpg",
                        "jfif-200-exif-300.jpg", "jfif-300x200-exif-200x400.jpg", "cmyk-300dpi.jpg",
                        "png-phys-300dpi.png", "png-phys-unit0.png", "png-16bit-300dpi.png",
                        "png-interlaced-300dpi.png", "png-palette-300dpi.png", "png-gray-alpha-150dpi.png"].map(Fixture.path)
        return samples + fixtures
    }

    /// What exiftool says, converted to whole dpi by the same rules Attest applies.
    private static func exiftoolResolutions(_ entry: [String: Any]) -> [Resolution] {
        func number(_ key: String) -> Double? { (entry[key] as? NSNumber)?.doubleValue }
        var found: [Resolution] = []
        if let unit = number("JFIF:ResolutionUnit"), unit == 1 || unit == 2,
           let x = number("JFIF:XResolution"), let y = number("JFIF:YResolution") {
            let scale = unit == 2 ? 2.54 : 1
            found.append(Resolution(x: Int((x * scale).rounded()), y: Int((y * scale).rounded()), source: .jfif))
        }
        if let x = number("IFD0:XResolution"), let y = number("IFD0:YResolution") {
            let unit = number("IFD0:ResolutionUnit") ?? 2
            if unit == 2 || unit == 3 {
                let scale = unit == 3 ? 2.54 : 1
                found.append(Resolution(x: Int((x * scale).rounded()), y: Int((y * scale).rounded()), source: .exif))
            }
        }
        if number("PNG-pHYs:PixelUnits") == 1,
           let x = number("PNG-pHYs:PixelsPerUnitX"), let y = number("PNG-pHYs:PixelsPerUnitY") {
            found.append(Resolution(x: Int((x * 0.0254).rounded()), y: Int((y * 0.0254).rounded()), source: .pngPhys))
        }
        return found
    }

    @Test func everyStatedResolutionMatchesExiftool() throws {
        let output = try runTool("exiftool", ["-json", "-n", "-G1", "-a", "-XResolution", "-YResolution",
                                              "-ResolutionUnit", "-PixelsPerUnitX", "-PixelsPerUnitY",
                                              "-PixelUnits", "-ImageWidth", "-ImageHeight"] + Self.files)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(entries.count == Self.files.count)
        for entry in entries {
            let path = try #require(entry["SourceFile"] as? String)
            let report = ScanInspector.inspect(fileAt: path)
            #expect(report.resolutions == Self.exiftoolResolutions(entry), "\(path)")
            let width = (entry["File:ImageWidth"] ?? entry["PNG:ImageWidth"]) as? Int
            #expect(report.pixelWidth == width, "\(path) width")
        }
    }

    @Test func dpiMatchesImageMagickIdentify() throws {
        let pngs = Self.files.filter { $0.hasSuffix(".png") && !$0.contains("no-resolution") && !$0.contains("unit0") }
        for path in pngs {
            // %x and %y are the resolution ImageMagick read; with -units PixelsPerInch in dpi.
            let output = try runTool("identify", ["-units", "PixelsPerInch", "-format", "%x %y", path])
            let values = output.split(separator: " ").compactMap { Double($0) }
            let report = ScanInspector.inspect(fileAt: path)
            #expect(values.map { Int($0.rounded()) } == [report.dpi?.x, report.dpi?.y].compactMap { $0 }, "\(path)")
        }
    }
}
