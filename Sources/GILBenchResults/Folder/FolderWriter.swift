// FolderWriter: writes files into a result folder without ever following a symbolic link (openat + O_NOFOLLOW).
import Foundation
import GILBenchCore
#if canImport(Glibc)
import Glibc
#endif

/// Keeps every write inside a result folder. A folder from elsewhere may hold `plots` as a link to another folder,
/// or `report.md` as a link to a file of the user's; written through, gilbench would create or overwrite files
/// outside the folder. So the folder the user named is opened once, each sub-folder below it with `O_NOFOLLOW`,
/// and every file is written to a new temporary file (`O_CREAT | O_EXCL | O_NOFOLLOW`) and renamed over its
/// name (`renameat`, which replaces a name and never writes through it): a file on disk is always whole. A name
/// that already exists as a link (or as a hard link to another file, or as something other than a file) is
/// refused with `GILBenchError.resultsInvalid`, so the user hears about it instead of finding it replaced.
public enum FolderWriter {
    /// Writes `data` to `name` in `directory` (reached from `base` without following links below it).
    public static func write(_ data: Data, to name: String, in directory: URL, base: URL? = nil) throws {
        guard SafeFileName.isSafe(name) else {
            throw GILBenchError.outputNotWritable(path: directory.appendingPathComponent(name).path, reason: "not a safe file name (letters, digits, '.', '-', '_')")
        }
        let folder = try open(directory, base: base)
        defer { close(folder) }
        try refuseLink(name, in: folder, path: directory.appendingPathComponent(name))
        let temporary = ".\(name).tmp"
        let target = directory.appendingPathComponent(name)
        var file = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if file < 0 && errno == EEXIST {
            // A temporary file left by an interrupted write (or planted as a link): remove the name, not its target.
            unlinkat(folder, temporary, 0)
            file = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        guard file >= 0 else { throw failure(target, errno) }
        var written = 0
        let ok = data.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Glibc.write(file, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 { if errno == EINTR { continue }; return false }
                written += count
            }
            return true
        }
        let writeError = errno
        close(file)
        guard ok else {
            unlinkat(folder, temporary, 0)
            throw failure(target, writeError)
        }
        if renameat(folder, temporary, folder, name) != 0 {
            let renameError = errno
            unlinkat(folder, temporary, 0)
            throw failure(target, renameError)
        }
    }

    /// Creates `name` as a folder inside `directory` if absent; refuses it when it is a link or not a folder.
    /// Returns its URL.
    @discardableResult
    public static func subfolder(_ name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name, isDirectory: true)
        let folder = try open(directory, base: nil)
        defer { close(folder) }
        if mkdirat(folder, name, 0o755) != 0 && errno != EEXIST {
            throw failure(url, errno)
        }
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { throw failure(url, errno) }
        if (info.st_mode & S_IFMT) == S_IFLNK { throw linkRefusal(url) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "it is not a folder, and gilbench writes its charts there (remove or rename it)")
        }
        return url
    }

    /// Refuses the folder when any of `names` (paths relative to `directory`, e.g. "plots/x.png") exists as a
    /// symbolic link, a hard link to another file, or anything but a plain file ("plots/", with a slash: anything
    /// but a folder). Check folders before the files in them. For files another program (gnuplot) writes by
    /// name, which would follow a link, and to refuse before anything is written.
    public static func checkWritable(_ names: [String], in directory: URL) throws {
        for name in names {
            var info = stat()
            let url = directory.appendingPathComponent(name)
            guard lstat(url.path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK { throw linkRefusal(url) }
            if name.hasSuffix("/") {
                guard (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw GILBenchError.resultsInvalid(path: url.path, reason: "it is not a folder, and gilbench writes its charts there (remove or rename it)")
                }
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw GILBenchError.resultsInvalid(path: url.path, reason: "it is not a plain file, and gilbench would write one there (remove it)")
            }
            if info.st_nlink > 1 {
                throw GILBenchError.resultsInvalid(path: url.path, reason: "it is a hard link shared with another file, which writing it would change too (remove it, or copy the folder with cp -r)")
            }
        }
    }

    /// Opens `directory` as a folder: `base` (or `directory` itself) as the user named it, then every component
    /// below `base` without following links.
    private static func open(_ directory: URL, base: URL?) throws -> Int32 {
        let root = (base ?? directory).standardizedFileURL
        let rootDescriptor = Glibc.open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootDescriptor >= 0 else { throw failure(root, errno) }
        let rootComponents = root.pathComponents
        let components = directory.standardizedFileURL.pathComponents
        guard components.starts(with: rootComponents) else { return rootDescriptor }
        var current = rootDescriptor
        var path = root
        for component in components.dropFirst(rootComponents.count) {
            path = path.appendingPathComponent(component, isDirectory: true)
            let next = openat(current, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let openError = errno
            var info = stat()
            let isLink = next < 0 && fstatat(current, component, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
            close(current)
            guard next >= 0 else { throw isLink ? linkRefusal(path) : failure(path, openError) }
            current = next
        }
        return current
    }

    private static func refuseLink(_ name: String, in folder: Int32, path: URL) throws {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK { throw linkRefusal(path) }
    }

    private static func linkRefusal(_ url: URL) -> GILBenchError {
        .resultsInvalid(path: url.path, reason: "it is a symbolic link, and gilbench never writes through links (remove it, or copy the folder with cp -rL)")
    }

    private static func failure(_ url: URL, _ code: Int32) -> GILBenchError {
        .outputNotWritable(path: url.path, reason: String(cString: strerror(code)))
    }
}
