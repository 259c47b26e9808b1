// LineChannel: newline-delimited JSON messages over a socket, with deadlines.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One end of a message channel. Each message is one line of JSON.
public final class LineChannel {
    public let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false
    /// Whether a write failed (the peer is gone, or the descriptor was closed under us).
    public private(set) var sendFailed = false

    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// The result of waiting for a line.
    public enum ReadResult: Equatable {
        case line(String)
        case endOfStream
        case timedOut
    }

    /// Reads the next line, waiting until `deadline` (nil: forever).
    public func readLine(until deadline: MonotonicInstant?) -> ReadResult {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if closed { return .endOfStream }
            var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
            let waitMilliseconds: Int32
            if let deadline {
                let remaining = deadline.seconds(since: .now())
                if remaining <= 0 { return .timedOut }
                waitMilliseconds = Int32(min(remaining * 1000 + 1, 60_000))
            } else {
                waitMilliseconds = -1
            }
            let ready = poll(&descriptor, 1, waitMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                closed = true
                continue
            }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(fileDescriptor, &chunk, chunk.count)
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                closed = true
            }
        }
    }

    /// Reads and decodes the next message.
    public func readMessage<T: Decodable>(_ type: T.Type, until deadline: MonotonicInstant?) throws -> T? {
        switch readLine(until: deadline) {
        case let .line(text):
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        case .endOfStream, .timedOut:
            return nil
        }
    }

    /// Writes one message as a JSON line. Returns false if the peer is gone.
    @discardableResult
    public func send<T: Encodable>(_ message: T) -> Bool {
        guard var data = try? JSONEncoder().encode(message) else { return false }
        data.append(UInt8(ascii: "\n"))
        return writeAll(Array(data))
    }

    /// Writes raw bytes (e.g. the one-byte "go" signal to a process worker).
    @discardableResult
    public func writeAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                sendFailed = true
                return false
            }
            offset += written
        }
        return true
    }

    /// Blocks until one byte arrives; false at end of stream.
    public func readByte() -> Bool {
        var byte: UInt8 = 0
        while true {
            let count = read(fileDescriptor, &byte, 1)
            if count == 1 { return true }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }

    private var descriptorClosed = false

    /// Closes the descriptor (once).
    public func close() {
        guard !descriptorClosed else { return }
        descriptorClosed = true
        _ = Glibc.close(fileDescriptor)
    }
}
