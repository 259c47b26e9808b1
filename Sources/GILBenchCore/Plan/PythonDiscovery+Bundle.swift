// PythonDiscovery+Bundle: the relocatable Pythons a gilbench bundle carries in python/<version>/ beside bin/.
import Foundation

extension PythonDiscovery {
    /// The folder of bundled Pythons: `$GILBENCH_BUNDLED_PYTHONS` when set, else `python/` beside the folder
    /// of the running binary (`<bundle>/bin/gilbench` -> `<bundle>/python/`).
    public var bundledPythonsFolder: String {
        if let explicit = environment["GILBENCH_BUNDLED_PYTHONS"], !explicit.isEmpty { return explicit }
        return (RepositoryFolder.executableDirectory.deletingLastPathComponent().path as NSString)
            .appendingPathComponent("python")
    }

    /// `python3.X` and `python3.Xt` (not the `python3` alias) in `<bundled>/*/bin/`, sorted; none when there is
    /// no bundle.
    func bundledExecutables() -> [String] {
        let fileManager = FileManager.default
        let root = bundledPythonsFolder
        let trees = ((try? fileManager.contentsOfDirectory(atPath: root)) ?? []).sorted()
        return trees.flatMap { tree -> [String] in
            let bin = "\(root)/\(tree)/bin"
            let names = ((try? fileManager.contentsOfDirectory(atPath: bin)) ?? []).sorted()
            return names.filter { name in
                guard name.hasPrefix("python3.") else { return false }
                return name.dropFirst("python3.".count).allSatisfy { $0.isNumber || $0 == "t" }
            }.map { "\(bin)/\($0)" }
        }
    }
}
