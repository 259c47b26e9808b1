// ABOrder: the execution order of `gilbench ab`: blocks of A B B A (then B A A B) per point.

/// The ABBA order. A block visits every point once, its start rotating by one point per block (as `RunPlan`
/// rotates rounds), and runs A B B A there (B A A B in odd blocks): each side gets 2 trials a point per block, a
/// linear drift of the machine within the block hits both sides alike (A's mean time and B's mean time are both at
/// the block's middle), and over two blocks each side is as often first after a change of point, and as often run
/// twice in a row, as the other.
public enum ABOrder {
    /// One step of a block: a side and the index of the point pair.
    public struct Step: Equatable, Sendable {
        public let side: ABSide
        public let point: Int

        public init(side: ABSide, point: Int) {
            self.side = side
            self.point = point
        }
    }

    /// Trials per side and point in one block.
    public static let trialsPerSidePerBlock = 2

    /// Block `block` (0-based) over `points` (the indices of the point pairs still to measure, in plan order).
    public static func block(_ block: Int, points: [Int]) -> [Step] {
        guard !points.isEmpty else { return [] }
        let offset = block % points.count
        return (0..<points.count).flatMap { index -> [Step] in
            let point = points[(index + offset) % points.count]
            let order: [ABSide] = block % 2 == 0 ? [.base, .new, .new, .base] : [.new, .base, .base, .new]
            return order.map { Step(side: $0, point: point) }
        }
    }
}
