// ComparisonPointID: the identity of a compared point; the Python is fixed per side, so it is not part of it.

/// Workload x strategy x workers.
struct ComparisonPointID: Hashable {
    let workload: String
    let strategy: Strategy
    let workers: Int
}
