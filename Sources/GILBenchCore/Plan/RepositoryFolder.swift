// RepositoryFolder: where the running gilbench binary is (the Pythons a bundle carries sit beside it).
import Foundation

/// The running binary's location. Built-in workloads and chart templates are not looked up on disk at all: they
/// are embedded in the binary (GILBenchBuiltins); nothing is ever searched for in the current directory.
public enum RepositoryFolder {
    /// The folder of the running binary, from `/proc/self/exe` (right however gilbench was started: through
    /// PATH, a symlink or a relative path), else from `argv[0]` when that is an absolute path. A relative
    /// `argv[0]` would be read against the current directory, so it is never used: then the answer is `/`.
    public static var executableDirectory: URL {
        let argument = CommandLine.arguments.first ?? ""
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? (argument.hasPrefix("/") ? (argument as NSString).resolvingSymlinksInPath : "/gilbench")
        return URL(fileURLWithPath: executable).deletingLastPathComponent()
    }
}
