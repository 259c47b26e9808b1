// MetadataJSONExporter: metadata.json, what every row of the run shares (format-versioned).
import Foundation
import GILBenchCore

/// Writes metadata.json with snake_case keys.
public struct MetadataJSONExporter: ResultExporter {
    public let fileName = "metadata.json"

    public init() {}

    public func export(_ results: RunResults) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(results.metadata) + Data("\n".utf8)
    }

    /// Reads metadata.json back.
    public static func decode(_ data: Data) throws -> RunMetadata {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(RunMetadata.self, from: data)
    }
}
