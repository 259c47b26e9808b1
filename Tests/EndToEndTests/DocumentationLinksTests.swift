// DocumentationLinksTests: every relative link and anchor in README.md and docs/*.md points at something that exists.
import Foundation
import XCTest

final class DocumentationLinksTests: XCTestCase {
    /// One broken link: the file it is in, the line, and the target as written.
    struct BrokenLink: Equatable, CustomStringConvertible {
        let file: String
        let line: Int
        let target: String
        var description: String { "\(file):\(line): \(target)" }
    }

    /// The Markdown files whose links are checked: README.md and every docs/*.md.
    static func documents(in root: URL) throws -> [URL] {
        let docs = root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return [root.appendingPathComponent("README.md")] + names.map { docs.appendingPathComponent($0) }
    }

    /// The GitHub anchor of a heading: lower case, punctuation other than `-` and `_` dropped, spaces to `-`.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            if scalar == " " { return "-" }
            if scalar == "-" || scalar == "_" || CharacterSet.alphanumerics.contains(scalar) { return Character(scalar) }
            return nil
        })
    }

    /// The anchors of a Markdown file's headings (outside fenced code).
    static func anchors(of text: String) -> Set<String> {
        var inFence = false
        var result = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence, line.hasPrefix("#") else { continue }
            let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            result.insert(anchor(heading))
        }
        return result
    }

    /// Every `](target)` in `file` outside fenced code that is neither a URL with a scheme nor resolvable: a
    /// missing file or folder, or an `#anchor` that no heading of the target file makes.
    static func brokenLinks(in file: URL, root: URL) throws -> [BrokenLink] {
        let text = try String(contentsOf: file, encoding: .utf8)
        let name = file.path.replacingOccurrences(of: root.path + "/", with: "")
        var broken: [BrokenLink] = []
        var inFence = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            var rest = Substring(line)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                let target = String(after[..<close]).split(separator: " ").first.map(String.init) ?? ""
                rest = after[close...]
                if target.contains("://") || target.hasPrefix("mailto:") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let path = parts[0].removingPercentEncoding ?? parts[0]
                let destination = path.isEmpty ? file : file.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                guard FileManager.default.fileExists(atPath: destination.path) else {
                    broken.append(BrokenLink(file: name, line: number + 1, target: target))
                    continue
                }
                if parts.count == 2, destination.pathExtension == "md" {
                    let anchors = anchors(of: try String(contentsOf: destination, encoding: .utf8))
                    if !anchors.contains(parts[1]) { broken.append(BrokenLink(file: name, line: number + 1, target: target)) }
                }
            }
        }
        return broken
    }

    func testEveryLinkInTheReadmeAndDocsResolves() throws {
        let root = GILBenchBinary.repositoryRoot
        let documents = try Self.documents(in: root)
        XCTAssertGreaterThan(documents.count, 1, "no docs/*.md found beside README.md")
        var links = 0
        var broken: [BrokenLink] = []
        for document in documents {
            let text = try String(contentsOf: document, encoding: .utf8)
            links += text.components(separatedBy: "](").count - 1
            broken += try Self.brokenLinks(in: document, root: root)
        }
        XCTAssertGreaterThan(links, 10, "the check found almost no links: is it reading the right files?")
        XCTAssertEqual(broken, [], "broken links:\n" + broken.map(\.description).joined(separator: "\n"))
    }

    /// The check itself sees a missing file, a missing folder and a missing anchor, and passes good ones.
    func testTheCheckFindsBrokenLinks() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gilbench-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("docs"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "# Other\n## A heading, with `code`\n".write(to: root.appendingPathComponent("docs/other.md"), atomically: true, encoding: .utf8)
        let readme = """
        # Title
        [ok](docs/other.md) [ok anchor](docs/other.md#a-heading-with-code) [self](#title) [web](https://example.com/x)
        [missing](docs/nope.md) [bad anchor](docs/other.md#nowhere) [missing folder](Results/none/)
        ```
        [inside a fence](not/checked.md)
        ```
        """
        try readme.write(to: root.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let broken = try Self.brokenLinks(in: root.appendingPathComponent("README.md"), root: root)
        XCTAssertEqual(broken.map(\.target), ["docs/nope.md", "docs/other.md#nowhere", "Results/none/"])
        XCTAssertEqual(broken.map(\.line), [3, 3, 3])
    }
}
