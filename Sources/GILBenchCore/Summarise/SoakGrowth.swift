// SoakGrowth: how a soak's memory grows per cycle: a least-squares line per measure over the fitted cycles.

/// The growth fits of one soak: RSS, PSS and USS against the cycle number, over the samples from `fitFromCycle` on
/// (the first cycles fill caches and allocator pools: recorded, not fitted). Each is nil with fewer than 3 samples.
public struct SoakGrowth: Sendable {
    /// The first cycle fitted.
    public let fitFromCycle: Int
    public let rss: LinearFit?
    public let pss: LinearFit?
    public let uss: LinearFit?

    public init(samples: [SoakSample], fitFromCycle: Int) {
        self.fitFromCycle = fitFromCycle
        let fitted = samples.filter { $0.cycle >= fitFromCycle }
        let x = fitted.map { Double($0.cycle) }
        rss = LinearFit(x: x, y: fitted.map { Double($0.memory.rssBytes) })
        pss = LinearFit(x: x, y: fitted.map { Double($0.memory.pssBytes) })
        uss = LinearFit(x: x, y: fitted.map { Double($0.memory.ussBytes) })
    }
}
