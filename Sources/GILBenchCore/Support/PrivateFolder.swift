// PrivateFolder: an owner-only temporary folder, made with mkdtemp, for files a run needs on disk for a while.
import Foundation

/// A new folder under the temporary directory (`$TMPDIR`, else /tmp), created by `mkdtemp` with mode 0700: its
/// name cannot be guessed or made beforehand by another user, and nobody else can read or add files in it. The
/// built-in workloads are written here when a run needs them as files (workers import a workload by path);
/// `remove()` deletes it and everything in it. Once its files are written, `removeOnSignal()` also has it removed
/// when gilbench is interrupted (`ChildProcess.killChildrenOnInterrupt`), where no `defer` runs.
public final class PrivateFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Creates `<temporary directory>/<prefix>-XXXXXX`.
    public init(prefix: String) throws {
        let base = FileManager.default.temporaryDirectory.standardizedFileURL.path
        var template = Array((base + "/" + prefix + "-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let result = mkdtemp(buffer.baseAddress!) else { return nil }
            return String(cString: result)
        }
        guard let made else {
            throw GILBenchError.outputNotWritable(path: base, reason: "cannot create a private folder there (\(String(cString: strerror(errno)))); set TMPDIR to a writable folder")
        }
        url = URL(fileURLWithPath: made, isDirectory: true)
    }

    /// Deletes the folder and its contents; nothing happens if it is gone already.
    public func remove() {
        PrivateFolderSignalList.forget(url.path)
        try? FileManager.default.removeItem(at: url)
    }

    /// Has the folder removed, with everything in it, also when gilbench is interrupted (SIGINT, SIGTERM).
    public func removeOnSignal() {
        PrivateFolderSignalList.add(url.path)
    }

    /// From a signal handler: removes every folder given to `removeOnSignal()` (async-signal-safe).
    public static func removeAllFromSignalHandler() {
        PrivateFolderSignalList.removeAll()
    }
}
