import Foundation

/// Finds a data file shipped with the library: in the SwiftPM resource bundle next to the
/// running binary, or, in a source checkout, beside the Swift file that loads it.
enum ShippedData {
  /// The contents and path of the shipped file `name`, if it can be found.
  static func contents(of name: String, besides sourceFile: String) -> (Data, String)? {
    var candidates: [URL] = []
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      candidates.append(folder.appendingPathComponent("PlanGraph_PlanGraph.resources/\(name)"))
      folder.deleteLastPathComponent()
    }
    candidates.append(
      URL(fileURLWithPath: sourceFile).deletingLastPathComponent().appendingPathComponent(name))
    for url in candidates {
      if let data = FileManager.default.contents(atPath: url.path) { return (data, url.path) }
    }
    return nil
  }
}
