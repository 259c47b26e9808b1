// Array+Unique: the distinct elements of an array, in first-seen order.

extension Array where Element: Equatable {
    /// The elements without repeats, each where it first appears (["b", "a", "b"] -> ["b", "a"]).
    public func uniqued() -> [Element] {
        reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
