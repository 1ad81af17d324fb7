import Foundation
import Testing

private let reportKeys: Set<String> = [
    "path", "accepted", "format", "bytes", "pixelWidth", "pixelHeight", "dpi", "resolutions", "pages", "problems",
]

@Suite struct InspectCommandTests {
    @Test func acceptedFileExitsZeroWithOneLineAndASummary() throws {
        let result = try CLI.run(["inspect", "SampleScans/passport-300dpi.jpg"])
        #expect(result.status == 0)
        #expect(result.lines == [
            "SampleScans/passport-300dpi.jpg: accepted (JPEG, 1476×1039 px, 300 dpi).",
            "1 file: 1 accepted, 0 rejected.",
        ])
        #expect(result.stderr.isEmpty)
    }

    @Test func rejectedFileExitsOneAndSaysWhy() throws {
        let result = try CLI.run(["inspect", "SampleScans/lease-150dpi.png", "SampleScans/passport-300dpi.jpg"])
        #expect(result.status == 1)
        #expect(result.lines == [
            "SampleScans/lease-150dpi.png: rejected (PNG, 1240×1754 px, 150 dpi). 150 dpi is below the required 300 dpi.",
            "SampleScans/passport-300dpi.jpg: accepted (JPEG, 1476×1039 px, 300 dpi).",
            "2 files: 1 accepted, 1 rejected.",
        ])
    }

    @Test func jsonIsOneDocumentWithASummaryAndEveryKey() throws {
        let result = try CLI.run([
            "inspect", "--format", "json", "SampleScans/passport-300dpi.jpg", "SampleScans/lease-150dpi.png",
        ])
        #expect(result.status == 1)
        let document = try result.json()
        #expect(document["summary"] as? [String: Int] == ["files": 2, "accepted": 1, "rejected": 1])
        let reports = try #require(document["reports"] as? [[String: Any]])
        #expect(reports.count == 2)
        for report in reports { #expect(Set(report.keys) == reportKeys) }
        let first = reports[0]
        #expect(first["path"] as? String == "SampleScans/passport-300dpi.jpg")
        #expect(first["accepted"] as? Bool == true)
        #expect(first["format"] as? String == "jpeg")
        #expect(first["bytes"] as? Int == 76884)
        #expect(first["pixelWidth"] as? Int == 1476)
        #expect(first["pixelHeight"] as? Int == 1039)
        #expect(first["dpi"] as? NSDictionary == ["x": 300, "y": 300, "source": "jfif"] as NSDictionary)
        #expect(first["pages"] is NSNull)
        let problems = try #require(reports[1]["problems"] as? [[String: String]])
        #expect(problems == [[
            "code": "low-resolution", "severity": "error", "message": "150 dpi is below the required 300 dpi.",
        ]])
        #expect((reports[1]["dpi"] as? [String: Any])?["source"] as? String == "png-phys")
    }

    @Test func jsonlIsOneObjectPerLineAndNothingElse() throws {
        let result = try CLI.run(["inspect", "--format", "jsonl", "SampleScans"])
        #expect(result.status == 1)
        let objects = try result.lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("SampleScans").path)
        #expect(objects.count == files.count)
        for object in objects { #expect(Set(object.keys) == reportKeys) }
    }

    @Test func everyProblemCodeOfTheSamplesAppears() throws {
        let result = try CLI.run(["inspect", "--deep", "--format", "jsonl", "SampleScans", "/nonexistent.jpg"])
        let codes = Set(try result.lines.flatMap { line -> [String] in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (object["problems"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        })
        #expect(codes == [
            "unreadable", "empty-file", "unsupported-format", "corrupt", "too-many-pixels", "low-resolution",
            "missing-resolution", "extension-mismatch", "conflicting-resolution", "trailing-data",
            "polyglot",
        ])
    }

    @Test func maxBytesMakesFilesTooLarge() throws {
        let result = try CLI.run(["inspect", "--max-bytes", "1000", "--format", "jsonl", "SampleScans/passport-300dpi.jpg"])
        #expect(result.status == 1)
        #expect(result.stdout.contains(#""code":"too-large""#))
        #expect(result.stdout.contains(#""dpi":{"x":300,"y":300,"source":"jfif"}"#))
    }

    @Test func minDpiAndMaxPixelsAreThePolicy() throws {
        #expect(try CLI.run(["inspect", "--min-dpi", "150", "SampleScans/lease-150dpi.png"]).status == 0)
        #expect(try CLI.run(["inspect", "--max-pixels", "1000", "SampleScans/passport-300dpi.jpg"]).stdout
            .contains("at most 1,000 are accepted"))
    }

    @Test func deepFindsTruncatedData() throws {
        #expect(try CLI.run(["inspect", "SampleScans/passport-truncated-300dpi.jpg"]).status == 0)
        let deep = try CLI.run(["inspect", "--deep", "SampleScans/passport-truncated-300dpi.jpg"])
        #expect(deep.status == 1)
        #expect(deep.lines.first == "SampleScans/passport-truncated-300dpi.jpg: rejected (JPEG, 1476×1039 px, 300 dpi). "
            + "The file is damaged or incomplete (the image data cannot be decoded to the end).")
        let json = try CLI.run(["inspect", "--deep", "--format", "json", "SampleScans/passport-truncated-300dpi.jpg"])
        #expect(json.stdout.contains(#""detail": "Premature end of JPEG file""#), "\(json.stdout)")
        let ru = try CLI.run(["inspect", "--deep", "--lang", "ru", "SampleScans/passport-truncated-300dpi.jpg"])
        #expect(ru.lines.first?.hasSuffix("Файл повреждён или неполон (данные изображения не декодируются до конца).") == true, "\(ru.stdout)")
    }

    @Test func standardInputIsInspectedAsDash() throws {
        let bytes = try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/lease-150dpi.png"))
        let result = try CLI.run(["inspect", "--format", "jsonl", "-"], stdin: bytes)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["path"] as? String == "-")
        #expect(object["bytes"] as? Int == bytes.count)
        #expect((object["dpi"] as? [String: Any])?["x"] as? Int == 150)
    }

    @Test func standardInputOverTheLimitIsCountedNotKept() throws {
        let bytes = try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/passport-300dpi.jpg"))
        let result = try CLI.run(["inspect", "--max-bytes", "4096", "--format", "jsonl", "-"], stdin: bytes)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["bytes"] as? Int == bytes.count)
        #expect(result.stdout.contains(#""code":"too-large""#))
        #expect(object["format"] as? String == "jpeg")
    }

    @Test func russianMessages() throws {
        let result = try CLI.run(["inspect", "--lang", "ru", "SampleScans/lease-150dpi.png"])
        #expect(result.lines == [
            "SampleScans/lease-150dpi.png: отклонён (PNG, 1240×1754 пикс., 150 dpi). Разрешение 150 dpi ниже требуемых 300 dpi.",
            "Файлов: 1; принято: 0, отклонено: 1.",
        ])
        let fromLocale = try CLI.run(["inspect", "SampleScans/lease-150dpi.png"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(fromLocale.stdout == result.stdout)
    }

    @Test func usageErrorsExit64OnStderr() throws {
        for arguments in [["inspect"], ["inspect", "--format", "xml", "a.jpg"], ["inspect", "--min-dpi", "0", "a.jpg"],
                          ["inspect", "--bogus", "a.jpg"], ["frobnicate"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test func helpHasAnExample() throws {
        let result = try CLI.run(["inspect", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("attest inspect SampleScans"))
        #expect(result.stdout.contains("--deep"))
        #expect(try CLI.run(["--help"]).stdout.contains("inspect"))
    }

    @Test func missingFileIsAReportNotAnAbort() throws {
        let result = try CLI.run(["inspect", "/nonexistent/scan.jpg", "SampleScans/passport-300dpi.jpg"])
        #expect(result.status == 1)
        #expect(result.lines == [
            "/nonexistent/scan.jpg: rejected. The file cannot be read: there is no such file.",
            "SampleScans/passport-300dpi.jpg: accepted (JPEG, 1476×1039 px, 300 dpi).",
            "2 files: 1 accepted, 1 rejected.",
        ])
    }

    /// PDFs are read by libAttestPDF.so, which attest loads from beside itself on the first PDF.
    /// A copy of attest without it still inspects images, and says of each PDF why it cannot.
    @Test func withoutThePDFReaderPDFsSayWhyAndImagesAreInspected() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let alone = directory.appendingPathComponent("attest")
        try FileManager.default.copyItem(at: CLI.executable, to: alone)
        let arguments = ["inspect", "SampleScans/passport-scan-300dpi.pdf", "SampleScans/passport-300dpi.jpg"]
        let result = try CLI.run(arguments, copy: alone)
        #expect(result.status == 1)
        #expect(result.lines == [
            "SampleScans/passport-scan-300dpi.pdf: rejected (PDF). The file cannot be read: PDF support cannot be loaded.",
            "SampleScans/passport-300dpi.jpg: accepted (JPEG, 1476×1039 px, 300 dpi).",
            "2 files: 1 accepted, 1 rejected.",
        ])
        // A certificate to verify is read by the same library.
        let verify = try CLI.run(["certificate", "verify", "docs/certificate.pdf", "--ca", "docs/sample-ca.pem",
                                  "--issuer-cert", "docs/sample-issuer.pem"], copy: alone)
        #expect(verify.status == 1)
        #expect(verify.lines == [
            "docs/certificate.pdf: INVALID certificate. The file cannot be read: PDF support cannot be loaded.",
        ])
        // The loader's own words follow in JSON.
        let json = try CLI.run(arguments + ["--format", "jsonl"], copy: alone)
        #expect(json.lines.first?.contains(#""detail":"PDF support cannot be loaded (libAttestPDF.so: cannot open shared object file: No such file or directory)""#) == true,
                "\(json.stdout)")
        // A library beside it that does not load (damaged, or missing libqpdf) says why.
        try Data("not a library".utf8).write(to: directory.appendingPathComponent("libAttestPDF.so"))
        let broken = try CLI.run(arguments + ["--format", "jsonl"], copy: alone)
        #expect(broken.lines.first?.contains("PDF support cannot be loaded (\(directory.path)/libAttestPDF.so: ") == true, "\(broken.lines)")
        // The attest built beside it reads the PDF.
        let beside = try CLI.run(arguments)
        #expect(beside.lines.first == "SampleScans/passport-scan-300dpi.pdf: accepted (PDF, 1748×1240 px, 300 dpi).")
    }

    @Test func textKeepsOneLinePerFileWhateverTheName() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x47, 0x49, 0x46]).write(to: directory.appendingPathComponent("two\nlines.gif"))
        let result = try CLI.run(["inspect", directory.path])
        #expect(result.lines.count == 2)
        #expect(result.lines[0].contains("two\\u{a}lines.gif"))
    }
}

@Suite struct DirectoryWalkTests {
    /// A name in another encoding than UTF-8 (here Windows-1251, as old Windows systems name
    /// files in Russian) is reported mended and the file inspected all the same.
    @Test func namesThatAreNotUTF8AreInspected() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jpeg = try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/passport-300dpi.jpg"))
        try writeNamedInWindows1251(jpeg, in: directory)
        for jobs in ["1", "2"] {
            let result = try CLI.run(["inspect", "--jobs", jobs, directory.path])
            #expect(result.status == 0)
            #expect(result.lines == [
                "\(directory.path)/\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.jpg: accepted (JPEG, 1476×1039 px, 300 dpi).",
                "1 file: 1 accepted, 0 rejected.",
            ])
        }
    }

    /// A walk keeps at most an eighth of the descriptors the process may have open for the
    /// directories it lists; the files of the others are opened by their paths. With 64
    /// descriptors, 8 of these 20 directories are kept: every file is inspected all the same,
    /// a name that is not UTF-8 in the last of them too.
    @Test func filesOfDirectoriesNotKeptOpenAreOpenedByPath() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jpeg = try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/passport-300dpi.jpg"))
        var expected: [String] = []
        for index in 0..<20 {
            let folder = directory.appendingPathComponent(String(format: "d%02d", index))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try jpeg.write(to: folder.appendingPathComponent("scan.jpg"))
            expected.append("\(folder.path)/scan.jpg: accepted (JPEG, 1476×1039 px, 300 dpi).")
        }
        try writeNamedInWindows1251(jpeg, in: directory.appendingPathComponent("d19"))
        // Byte 0xEF sorts after "scan.jpg".
        expected.append("\(directory.path)/d19/\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.jpg: accepted (JPEG, 1476×1039 px, 300 dpi).")
        for jobs in ["1", "2"] {
            let result = try CLI.run(["inspect", "--jobs", jobs, directory.path], descriptorLimit: 64)
            #expect(result.status == 0)
            #expect(result.lines == expected + ["21 files: 21 accepted, 0 rejected."])
        }
    }

    @Test func walksInByteOrderWithHiddenFilesAndWithoutSymlinks() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jpeg = try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/passport-300dpi.jpg"))
        for name in ["b.jpg", "a-c.jpg", ".hidden.jpg", "a/b.jpg", "a/z/deep.jpg", "B.jpg", "Я.jpg"] {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try jpeg.write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.jpg").path, withDestinationPath: "b.jpg")
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("loop").path, withDestinationPath: ".")

        let result = try CLI.run(["inspect", "--format", "jsonl", directory.path + "/"])
        let paths = try result.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        // Byte order of the whole path: "-" (0x2D) < "/" (0x2F), uppercase before lowercase, Cyrillic last.
        let expected = [".hidden.jpg", "B.jpg", "a-c.jpg", "a/b.jpg", "a/z/deep.jpg", "b.jpg", "Я.jpg"]
        #expect(paths == expected.map { directory.path + "/" + $0 })
        #expect(result.status == 0)
    }

    @Test func namesSharingTheirFirstEightBytesAreInByteOrderToo() throws {
        // The walk sorts on a name's first eight bytes, then the rest of names that share them.
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var names = ["applicat", "applicatio", "application", "application-", "app", "a", "b", "applicatiom-9"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            names.append("application-\(UInt16.random(in: 0...9999, using: &generator))-\(["passport", "lease", "Консент"].randomElement()!).jpg")
        }
        names = Array(Set(names))
        for name in names.shuffled() { try Data().write(to: directory.appendingPathComponent(name)) }

        let result = try CLI.run(["inspect", "--format", "jsonl", directory.path])
        let paths = try result.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        let expected = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(paths == expected.map { directory.path + "/" + $0 })
    }

    @Test func unreadableDirectoryIsReported() throws {
        let scratch = try LockableFolder()
        defer { withExtendedLifetime(scratch) {} }  // until the test ends, not the last use
        let (directory, locked) = (scratch.directory, scratch.locked)
        try Data().write(to: directory.appendingPathComponent("empty.pdf"))
        chmod(locked.path, 0)
        // root lists every directory whatever its mode, so the binary runs as nobody.
        let result = try CLI.run(["inspect", directory.path], asNobody: getuid() == 0)
        #expect(result.status == 1)
        #expect(result.lines == [
            "\(directory.path)/empty.pdf: rejected. The file is empty.",
            "\(directory.path)/locked: rejected. The file cannot be read: no permission to read it.",
            "2 files: 0 accepted, 2 rejected.",
        ])
    }

    /// Ten thousand files, a mix of good, damaged and foreign, inspected by two jobs: every one
    /// gets a report, in sorted order, and memory stays bounded (`make bench-inspect` reports the
    /// release build's figure against the 50 MB target).
    @Test func tenThousandFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let samples = ["passport-300dpi.jpg", "lease-150dpi.png", "garbage.jpg", "lease-truncated-header.png", "scan.gif",
                       "passport-scan-300dpi.pdf"]
        let contents = try samples.map { try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/\($0)")) }
        for index in 0..<10_000 {
            let name = String(format: "%02d/%05d-%@", index % 100, index, samples[index % samples.count])
            let url = directory.appendingPathComponent(name)
            if index < 100 {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            try contents[index % samples.count].write(to: url)
        }
        let result = try CLI.tool("/usr/bin/time", ["-f", "peak-kb %M", CLI.executable.path, "inspect", "--deep", "--jobs", "2",
                                                    "--format", "jsonl", directory.path])
        #expect(result.status == 1)
        #expect(result.lines.count == 10_000)
        let accepted = (0..<10_000).filter { [0, 5].contains($0 % samples.count) }.count
        #expect(result.lines.filter { $0.contains(#""accepted":true"#) }.count == accepted)
        let paths = result.lines.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["path"] as? String
        }
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        try expectPeak(of: result, below: 50 * 1024)
    }

    /// A folder of `count` files, a mix of accepted and rejected scans of every format.
    private func mixedFolder(_ count: Int) throws -> URL {
        let directory = try temporaryDirectory()
        let samples = ["passport-300dpi.jpg", "lease-150dpi.png", "garbage.jpg", "passport-scan-300dpi.pdf", "scan.gif",
                       "lease-truncated-header.png"]
        let contents = try samples.map { try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/\($0)")) }
        for index in 0..<count {
            try contents[index % samples.count].write(to: directory.appendingPathComponent("\(index)-\(samples[index % samples.count])"))
        }
        return directory
    }

    /// However many jobs inspect a folder, the reports and their order are those of one.
    @Test func jobsChangeNothingButSpeed() throws {
        let directory = try mixedFolder(300)
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["text", "jsonl", "json"] {
            let alone = try CLI.run(["inspect", "--jobs", "1", "--format", format, directory.path])
            #expect(alone.status == 1)
            #expect(alone.stdout.count > 300 * 40)
            for jobs in ["2", "3", "7"] {
                let spread = try CLI.run(["inspect", "--jobs", jobs, "--format", format, directory.path])
                #expect(spread.status == alone.status)
                #expect(spread.stdout == alone.stdout, "--jobs \(jobs) --format \(format)")
                #expect(spread.stderr.isEmpty)
            }
        }
        #expect(try CLI.run(["inspect", "--jobs", "0", directory.path]).status == 64)
    }

    /// A reader that stops reading holds the batch back but not its memory: no file is inspected
    /// more than 4,096 files ahead of what has been written, so attest, blocked writing, does not
    /// inspect the other 30,000 files into memory meanwhile. When the reader goes on, the output is
    /// whole and in order.
    @Test func aStalledReaderDoesNotFillTheMemory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let damaged = try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/lease-truncated-header.png"))
        for index in 0..<30_000 { try damaged.write(to: directory.appendingPathComponent(String(format: "%05d.png", index))) }
        let alone = try CLI.tool("/usr/bin/time", ["-f", "peak-kb %M", CLI.executable.path, "inspect", "--jobs", "1",
                                                   "--format", "jsonl", directory.path])
        let alonePeak = try #require(alone.stderr.split(separator: " ").last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) })

        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["inspect", "--jobs", "2", "--format", "jsonl", directory.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // Nothing is read for a while: attest fills the pipe, then waits to write.
        usleep(1_500_000)
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        let stalledPeak = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[1]) })
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: data, as: UTF8.self) == alone.stdout)
        // 30,000 reports held in memory would take ~10 MB more; 4,096 take ~1.5.
        let slack = ProcessInfo.processInfo.environment["ATTEST_SANITIZER"] == nil ? 6 * 1024 : 512 * 1024
        #expect(stalledPeak < alonePeak + slack, "stalled \(stalledPeak) KB, one job alone \(alonePeak) KB")
    }

    /// PDFs whose streams unpack to 256 MiB (make_test_pdfs.py's bombs) are rejected without
    /// unpacking them: the peak stays near that of inspecting nothing.
    @Test func decompressionBombsDoNotTakeTheMemory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = CLI.root.appendingPathComponent("Tests/ScanInspectionTests/make_test_pdfs.py").path
        #expect(try CLI.tool("/usr/bin/python3", [script, directory.path]).status == 0)
        let bombs = ["bomb-content.pdf", "bomb-content-runlength.pdf", "bomb-object-stream.pdf", "bomb-encrypt-object-stream.pdf",
                     "bomb-xref-stream.pdf", "bomb-xref-stream-lzw.pdf"].map { directory.appendingPathComponent($0).path }
        let result = try CLI.tool("/usr/bin/time", ["-f", "peak-kb %M", CLI.executable.path, "inspect", "--format", "jsonl"] + bombs)
        #expect(result.status == 1)
        #expect(result.lines.count == 6)
        #expect(result.lines.allSatisfy { $0.contains(#""code":"content-too-large""#) })
        try expectPeak(of: result, below: 120 * 1024)

        // A certificate to verify is read through qpdf too, within the same bound.
        #expect(try CLI.run(["keygen", "--subject", "CN=Issuer", "--key-out", "issuer.key", "--cert-out", "issuer.pem"],
                            in: directory).status == 0)
        for bomb in ["bomb-object-stream.pdf", "bomb-encrypt-object-stream.pdf", "bomb-xref-stream.pdf", "bomb-xref-stream-lzw.pdf"] {
            let verify = try CLI.tool("/usr/bin/time", ["-f", "peak-kb %M", CLI.executable.path, "certificate", "verify", bomb,
                                                        "--ca", "issuer.pem", "--format", "json"], in: directory)
            #expect(verify.status == 1)
            #expect(verify.stdout.contains("its streams unpack to more than the budget"), "\(verify.stdout)")
            try expectPeak(of: verify, below: 120 * 1024)
        }
    }

    /// Expects the peak resident size GNU time reported (`-f "peak-kb %M"`) under `kilobytes`.
    /// Under a sanitizer (Scripts/test-sanitized.sh says which) the figure is the sanitizer's
    /// shadow memory and quarantine, so the bound there only guards against runaway growth.
    /// A progressive CMYK JPEG declaring 81 megapixels (ImageMagick's 64×64 image whose frame
    /// header then says 9000×9000) made libjpeg keep every coefficient, 650 MB: --deep now stops at
    /// its memory bound.
    @Test func aLargeProgressiveJPEGIsDecodedWithinTheMemoryBound() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let small = directory.appendingPathComponent("small.jpg").path
        #expect(try CLI.tool("/usr/bin/convert", ["-size", "64x64", "xc:white", "-colorspace", "CMYK", "-interlace", "JPEG",
                                                  "-sampling-factor", "1x1", "-density", "300", "-units", "PixelsPerInch", small]).status == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: small)))
        let frame = try #require((0..<(bytes.count - 1)).first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC2 })
        #expect(bytes[frame + 9] == 4, "four components, each at full resolution")
        bytes.replaceSubrange((frame + 5)..<(frame + 9), with: [0x23, 0x28, 0x23, 0x28])  // height and width 9000
        try Data(bytes).write(to: directory.appendingPathComponent("large.jpg"))
        let result = try CLI.tool("/usr/bin/time", ["-f", "peak-kb %M", CLI.executable.path, "inspect", "--deep", "--format", "jsonl",
                                                    "--max-pixels", "100000000", "large.jpg"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains(#""code":"limit-reached""#), "\(result.stdout)")
        try expectPeak(of: result, below: 320 * 1024)
    }

    private func expectPeak(of result: CLI.Result, below kilobytes: Int) throws {
        let peak = try #require(result.stderr.split(separator: " ").last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        let bound = ProcessInfo.processInfo.environment["ATTEST_SANITIZER"] == nil ? kilobytes : 1024 * 1024
        #expect(peak < bound, "peak resident size \(peak) KB")
    }

    @Test func progressGoesToATerminalOnly() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jpeg = try Data(contentsOf: CLI.root.appendingPathComponent("SampleScans/passport-300dpi.jpg"))
        for index in 0..<1_500 { try jpeg.write(to: directory.appendingPathComponent("\(index).jpg")) }
        let piped = try CLI.run(["inspect", "--format", "jsonl", directory.path])
        #expect(piped.stderr.isEmpty)
        // util-linux's script gives the command a terminal; stdout goes to a file, stderr to the terminal.
        let output = directory.path + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let terminal = try CLI.tool("/usr/bin/script", [
            "-qec", "\(CLI.executable.path) inspect --format jsonl \(directory.path) > \(output)", "/dev/null",
        ])
        #expect(terminal.stdout.contains("files inspected"))
        #expect(terminal.stdout.contains("1500 / 1500"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 1_500)
    }
}

/// A temporary folder holding a subfolder `locked` whose mode a test takes away; both are given
/// back and removed when the value goes.
final class LockableFolder {
    let directory: URL
    let locked: URL

    init() throws {
        directory = try temporaryDirectory()
        locked = directory.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(directory.path, 0o755)
    }

    deinit {
        chmod(locked.path, 0o755)
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Writes `contents` to "паспорт.jpg" named in Windows-1251 (as old Windows systems name files in
/// Russian), which is not UTF-8, in `directory`.
func writeNamedInWindows1251(_ contents: Data, in directory: URL) throws {
    let name: [UInt8] = [0xEF, 0xE0, 0xF1, 0xEF, 0xEE, 0xF0, 0xF2] + Array(".jpg".utf8)
    let path = Array(directory.path.utf8) + [0x2F] + name + [0]
    let descriptor = path.withUnsafeBytes { open($0.bindMemory(to: CChar.self).baseAddress!, O_WRONLY | O_CREAT, 0o644) }
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
    try #require(written == contents.count)
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("attest-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
