// ResultFileReader: reads one file of a result folder with limits: plain files only, at most 1 GiB, valid UTF-8.
import Foundation
import GILBenchCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads files of a result folder as untrusted input. A FIFO or device planted under a result file's name would
/// block or never end, and a huge file would exhaust memory: only plain files are read, up to `limitBytes`, with
/// a non-blocking open. Text must be UTF-8; the first line that is not is named.
public enum ResultFileReader {
    /// The largest result file read: 1 GiB (a 1,000-point run with 100 trials each writes about 10 MB).
    public static let limitBytes = 1 << 30

    /// The bytes of `url`, or `GILBenchError.resultsInvalid` naming the file and what is wrong with it.
    public static func data(_ url: URL, limitBytes: Int = limitBytes) throws -> Data {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "it is not a plain file")
        }
        guard Int(info.st_size) <= limitBytes else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "it is \(info.st_size) bytes, more than the \(describe(limitBytes)) limit for one result file")
        }
        var data = Data(count: Int(info.st_size))
        var total = 0
        let failed = data.withUnsafeMutableBytes { buffer -> Bool in
            while total < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + total, buffer.count - total)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return count < 0 }
                total += count
            }
            return false
        }
        guard !failed else {
            throw GILBenchError.resultsInvalid(path: url.path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        // A file that shrank while it was read is read as far as it went; one that grew is read to its size.
        return data.prefix(total)
    }

    /// The text of `url`: `data(_:)` decoded as UTF-8; invalid UTF-8 is refused with its line number.
    public static func text(_ url: URL, limitBytes: Int = limitBytes) throws -> String {
        let bytes = try data(url, limitBytes: limitBytes)
        if let text = String(data: bytes, encoding: .utf8) { return text }
        var line = 1
        for piece in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if String(data: Data(piece), encoding: .utf8) == nil { break }
            line += 1
        }
        throw GILBenchError.resultsInvalid(path: url.path, reason: "line \(line): not valid UTF-8 text (a garbled or binary file?)")
    }

    private static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 30 && bytes % (1 << 30) == 0 ? "\(bytes >> 30) GiB" : "\(bytes)-byte"
    }
}
