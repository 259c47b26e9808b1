// ProcessTable: the processes of this machine as /proc shows them (pid, parent, group, state, command line).
#if canImport(Glibc)
import Glibc
#endif

/// One process read from `/proc/PID/stat`.
public struct ProcessEntry: Equatable, Sendable {
    public let pid: pid_t
    public let parentPID: pid_t
    /// The process group (`kill(-groupID, ...)` reaches every member).
    public let groupID: pid_t
    /// The state letter: R, S, D, Z (zombie: exited, not yet reaped), T, ...
    public let state: Character

    /// Whether the process has exited and only waits to be reaped.
    public var isZombie: Bool { state == "Z" || state == "X" }

    public init(pid: pid_t, parentPID: pid_t, groupID: pid_t, state: Character) {
        self.pid = pid
        self.parentPID = parentPID
        self.groupID = groupID
        self.state = state
    }
}

/// Reads `/proc`. Linux only; elsewhere every reader returns nothing.
public enum ProcessTable {
    /// Every process readable now (threads are not listed: /proc's top level holds thread-group leaders).
    public static func snapshot() -> [ProcessEntry] {
        guard let directory = opendir("/proc") else { return [] }
        defer { closedir(directory) }
        var entries: [ProcessEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = pid_t(name), pid > 0, let text = read("/proc/\(pid)/stat"), let parsed = parseStat(text) else { continue }
            entries.append(parsed)
        }
        return entries
    }

    /// Parses `/proc/PID/stat`: "pid (comm) state ppid pgrp ...". `comm` may hold spaces and parentheses, so the
    /// fields after it are found from its last ")".
    public static func parseStat(_ text: String) -> ProcessEntry? {
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close,
              let pid = pid_t(String(text[..<open].filter { $0 != " " })) else { return nil }
        let rest = text[text.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
        guard rest.count >= 3, let state = rest[0].first, let parent = pid_t(rest[1]), let group = pid_t(rest[2]) else { return nil }
        return ProcessEntry(pid: pid, parentPID: parent, groupID: group, state: state)
    }

    /// The processes in `table` whose chain of parents leads to `ancestor` (not `ancestor` itself).
    public static func descendants(of ancestor: pid_t, in table: [ProcessEntry]) -> [ProcessEntry] {
        var children: [pid_t: [ProcessEntry]] = [:]
        for entry in table { children[entry.parentPID, default: []].append(entry) }
        var found: [ProcessEntry] = []
        var queue = [ancestor]
        var seen: Set<pid_t> = [ancestor]
        while let next = queue.popLast() {
            for child in children[next] ?? [] where seen.insert(child.pid).inserted {
                found.append(child)
                queue.append(child.pid)
            }
        }
        return found.sorted { $0.pid < $1.pid }
    }

    /// The most characters of a command line that are kept.
    public static let maximumCommandLineLength = 200

    /// `/proc/PID/cmdline` as one printable line (`printable(commandLine:)`); nil when unreadable or empty
    /// (a zombie, a kernel thread).
    public static func commandLine(of pid: pid_t) -> String? {
        guard let bytes = readBytes("/proc/\(pid)/cmdline"), !bytes.isEmpty else { return nil }
        return printable(commandLine: bytes)
    }

    /// The NUL-separated arguments joined by spaces, every control character (ESC, CR, LF, DEL, C1) shown as
    /// `\xNN`, invalid UTF-8 replaced, cut to `maximumCommandLineLength` characters. What a workload's child
    /// calls itself is data: it must not steer a terminal; each destination encodes it again (CSV, Markdown).
    public static func printable(commandLine bytes: [UInt8]) -> String {
        var trimmed = bytes
        while trimmed.last == 0 { trimmed.removeLast() }
        let text = String(decoding: trimmed.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        var result = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            // TerminalText's escapes, line feeds too; counted whole so the cut never splits one.
            let piece = (TerminalText.isUnsafe(scalar) ? TerminalText.visibleEscape(scalar) : String(scalar)).unicodeScalars
            if count + piece.count > maximumCommandLineLength {
                result.append("…")
                break
            }
            result.append(contentsOf: piece)
            count += piece.count
        }
        return String(result)
    }

    private static func read(_ path: String) -> String? {
        readBytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    private static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 65536 {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, 4096) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
