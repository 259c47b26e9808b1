// CPUList: a set of CPU numbers in the kernel's list syntax ("0,2-3"), as --affinity and /proc write it.

/// CPU numbers, ascending and unique. Parses and prints the list format of `taskset -c`, cpusets and
/// /proc/self/status `Cpus_allowed_list`.
public struct CPUList: Codable, Sendable, Equatable, CustomStringConvertible {
    public let cpus: [Int]

    public init(_ cpus: [Int]) {
        self.cpus = Array(Set(cpus)).sorted()
    }

    /// The highest CPU number a list may name (the size of the kernel's default `cpu_set_t`).
    public static let maximumCPU = 1023

    /// Parses "0", "0,1", "0-3,8-11"; nil for anything else (empty items, reversed or out-of-range ranges).
    public init?(parsing text: String) {
        var cpus: [Int] = []
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty else { return nil }
        for item in items {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
                  let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]),
                  low >= 0, low <= high, high <= CPUList.maximumCPU else { return nil }
            cpus += Array(low...high)
        }
        self.init(cpus)
    }

    public var count: Int { cpus.count }

    /// "0-3,8": runs of consecutive CPUs collapsed.
    public var description: String {
        var parts: [String] = []
        var index = 0
        while index < cpus.count {
            var end = index
            while end + 1 < cpus.count && cpus[end + 1] == cpus[end] + 1 { end += 1 }
            parts.append(end == index ? "\(cpus[index])" : "\(cpus[index])-\(cpus[end])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }

    // Stored as its text ("0-1"), the form people read in metadata.json.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = CPUList(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a CPU list: \(text)"))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
