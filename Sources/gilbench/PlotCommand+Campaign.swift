// PlotCommand+Campaign: `gilbench plot` on a merged campaign: every run's charts and report, then the campaign's report.
import Foundation
import GILBenchCore
import GILBenchExport
import GILBenchResults

extension PlotCommand {
    /// Publishes each run of the campaign in its own folder, then writes `folder/report.md`.
    func plotCampaign(_ folder: URL) throws {
        let campaign = try CampaignFolder.manifest(folder)
        var runs: [String: RunResults] = [:]
        var problem: GILBenchError?
        for member in try ResultFolderReader.runFolders([folder]) {
            let results = try ResultFolderReader.load(member)
            runs[member.lastPathComponent] = results
            let publication = try ReportPublisher.publish(results, in: member, style: try Self.reportStyle(report))
            Self.announce(publication, results: results)
            problem = problem ?? publication.problems.first
        }
        let report = folder.appendingPathComponent(ReportMarkdownExporter.reportFileName)
        try ResultStore(directory: folder, exporters: []).write(Data(CampaignReportExporter.markdown(campaign, runs: runs).utf8),
                                                                to: report.lastPathComponent)
        FileHandleOutput.standardOutput("campaign report: \(report.path)\n")
        if let problem { throw problem }
    }
}
