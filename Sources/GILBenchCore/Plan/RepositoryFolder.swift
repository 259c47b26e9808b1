// RepositoryFolder: finds a folder of the gilbench repository (Benchmarks/, plots/) from wherever gilbench runs.
import Foundation

/// Locates repository folders that ship beside the binary rather than inside it.
public enum RepositoryFolder {
    /// The folder of the running binary, from `/proc/self/exe` (right however gilbench was started: through
    /// PATH, a symlink or a relative path), else from `argv[0]`.
    public static var executableDirectory: URL {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? (CommandLine.arguments[0] as NSString).resolvingSymlinksInPath
        return URL(fileURLWithPath: executable).deletingLastPathComponent()
    }

    /// The nearest `name/` holding `marker`, searching upward from the executable's folder, then from the
    /// current directory; nil when neither has one.
    public static func find(_ name: String, containing marker: String) -> URL? {
        let starts = [
            executableDirectory,
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
        ]
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent(name, isDirectory: true)
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(marker).path) {
                    return candidate
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }
}
