// Array+Unique: the distinct elements of an array, in first-seen order.

extension Array where Element: Equatable {
    /// The elements without repeats, each where it first appears (["b", "a", "b"] -> ["b", "a"]).
    public func uniqued() -> [Element] {
        reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, each where it first appears (["b", "a", "b"] -> ["b", "a"]), in one pass.
    public func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
