import FoundationEssentials

/// The folder a command writes its outputs into.
public enum OutputFolder {
    /// Makes the folder at `path` and the folders above it that are missing; one that exists is
    /// kept as it is.
    public static func create(_ path: String) throws(FileWriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(code: .cannotCreateFolder, path: path, detail: "\(error)")
        }
    }

    /// Throws `folderHoldsFiles` when `path` is a folder with anything in it: for a command that
    /// fills a folder of its own and replaces nothing without being asked.
    public static func refuseFilled(_ path: String) throws(FileWriteError) {
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: path), !entries.isEmpty {
            throw FileWriteError(code: .folderHoldsFiles, path: path, detail: "")
        }
    }
}
