// ResultExporter: turns run results into the bytes of one file; `ResultStore` writes them.
import Foundation

/// One output file of a run folder.
public protocol ResultExporter {
    /// The file name inside the run folder.
    var fileName: String { get }
    /// The file's complete contents for `results`.
    func export(_ results: RunResults) throws -> Data
}
