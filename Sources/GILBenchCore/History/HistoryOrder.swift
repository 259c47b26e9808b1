// HistoryOrder: how `gilbench history` lines up runs along the x axis.

/// The order of history entries (one per run x Python).
public enum HistoryOrder: String, CaseIterable, Sendable {
    /// By run start time, then Python version: drift of one Python over time, or a machine change.
    case date
    /// By Python version (free-threaded after default), then start time: releases side by side.
    case python
}
