// GeomeanCSVBytesTests: speedup_geomean.csv and throughput_geomean.csv, byte for byte, for two fixtures: the files the
// charts read do not change when the code that writes them does.
import Foundation
import GILBenchCore
import GILBenchExport
import XCTest

final class GeomeanCSVBytesTests: XCTestCase {
    func testSpeedupGeomeanCSVBytes() throws {
        let data = try SpeedupGeomeanCSVExporter().export(ChartFixtures.results())
        XCTAssertEqual(String(decoding: data, as: UTF8.self), Self.speedupOfChartFixtures)
        XCTAssertEqual(SpeedupGeomeanCSVExporter().fileName, "speedup_geomean.csv")
    }

    func testThroughputGeomeanCSVBytes() throws {
        let data = try ThroughputGeomeanCSVExporter().export(FreeThreadedFixtures.results())
        XCTAssertEqual(String(decoding: data, as: UTF8.self), Self.throughputOfFreeThreadedFixtures)
        XCTAssertEqual(ThroughputGeomeanCSVExporter().fileName, "throughput_geomean.csv")
    }

    /// speedup_geomean.csv of `ChartFixtures.results()`, as written before the two geometric means were folded.
    private static let speedupOfChartFixtures = """
        python_version,python_build,workload,strategy,workers,workloads,speedup,speedup_min,speedup_max,efficiency
        3.11.7,default,geomean,threads,1,2,1.0000,1.0000,1.0000,1.0000
        3.11.7,default,geomean,threads,2,2,1.0000,1.0000,1.0000,0.5000
        3.11.7,default,geomean,threads,3,2,1.0000,1.0000,1.0000,0.3333
        3.11.7,default,geomean,shared-subinterpreters,1,2,1.0000,1.0000,1.0000,1.0000
        3.11.7,default,geomean,shared-subinterpreters,2,2,1.0000,1.0000,1.0000,0.5000
        3.11.7,default,geomean,shared-subinterpreters,3,2,1.0000,1.0000,1.0000,0.3333
        3.11.7,default,geomean,processes,1,2,1.0000,1.0000,1.0000,1.0000
        3.11.7,default,geomean,processes,2,2,1.7889,1.7889,1.7889,0.8944
        3.11.7,default,geomean,processes,3,2,1.7889,1.7889,1.7889,0.5963
        3.13.0,default,geomean,threads,1,2,1.0000,1.0000,1.0000,1.0000
        3.13.0,default,geomean,threads,2,2,1.0000,1.0000,1.0000,0.5000
        3.13.0,default,geomean,threads,3,2,1.0000,1.0000,1.0000,0.3333
        3.13.0,default,geomean,subinterpreters,1,2,1.0000,1.0000,1.0000,1.0000
        3.13.0,default,geomean,subinterpreters,2,2,1.5000,1.5000,1.5000,0.7500
        3.13.0,default,geomean,subinterpreters,3,2,1.5000,1.5000,1.5000,0.5000
        3.13.0,default,geomean,shared-subinterpreters,1,2,1.0000,1.0000,1.0000,1.0000
        3.13.0,default,geomean,shared-subinterpreters,2,2,1.0000,1.0000,1.0000,0.5000
        3.13.0,default,geomean,shared-subinterpreters,3,2,1.0000,1.0000,1.0000,0.3333
        3.13.0,default,geomean,processes,1,2,1.0000,1.0000,1.0000,1.0000
        3.13.0,default,geomean,processes,2,2,1.7889,1.7889,1.7889,0.8944
        3.13.0,default,geomean,processes,3,2,1.7889,1.7889,1.7889,0.5963
        """ + "\n"

    /// throughput_geomean.csv of `FreeThreadedFixtures.results()`, as written before the two geometric means were folded.
    private static let throughputOfFreeThreadedFixtures = """
        python_version,python_build,workload,strategy,workers,gil,workloads,baseline,throughput_vs_baseline,throughput_vs_baseline_min,throughput_vs_baseline_max
        3.13.5,default,geomean,threads,1,shared,2,3.13.5 threads,1.0000,0.9901,1.0101
        3.13.5,default,geomean,threads,2,shared,2,3.13.5 threads,1.0000,0.9901,1.0101
        3.13.5,default,geomean,subinterpreters,1,per-interpreter,2,3.13.5 threads,1.0000,0.9901,1.0101
        3.13.5,default,geomean,subinterpreters,2,per-interpreter,2,3.13.5 threads,2.0000,1.9802,2.0202
        3.13.5,default,geomean,shared-subinterpreters,1,shared,2,3.13.5 threads,1.0000,0.9901,1.0101
        3.13.5,default,geomean,shared-subinterpreters,2,shared,2,3.13.5 threads,1.0000,0.9901,1.0101
        3.13.5,default,geomean,processes,1,per-process,2,3.13.5 threads,1.0000,0.9901,1.0101
        3.13.5,default,geomean,processes,2,per-process,2,3.13.5 threads,2.0000,1.9802,2.0202
        3.13.5,free-threaded,geomean,threads,1,none,2,3.13.5 threads,0.7143,0.7072,0.7215
        3.13.5,free-threaded,geomean,threads,2,none,2,3.13.5 threads,1.4286,1.4144,1.4430
        3.13.5,free-threaded,geomean,subinterpreters,1,per-interpreter,2,3.13.5 threads,0.7143,0.7072,0.7215
        3.13.5,free-threaded,geomean,subinterpreters,2,per-interpreter,2,3.13.5 threads,1.4286,1.4144,1.4430
        3.13.5,free-threaded,geomean,shared-subinterpreters,1,none,2,3.13.5 threads,0.7143,0.7072,0.7215
        3.13.5,free-threaded,geomean,shared-subinterpreters,2,none,2,3.13.5 threads,1.4286,1.4144,1.4430
        3.13.5,free-threaded,geomean,processes,1,per-process,2,3.13.5 threads,0.7143,0.7072,0.7215
        3.13.5,free-threaded,geomean,processes,2,per-process,2,3.13.5 threads,1.4286,1.4144,1.4430
        """ + "\n"
}
