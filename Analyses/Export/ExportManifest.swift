import Foundation
import PlanGraph

/// `manifest.json`: what one export read and wrote, so a folder always says which run its
/// files belong to.
///
/// The next export into the same folder removes the files this manifest lists that it does not
/// write itself, and nothing else, so a folder holds exactly one run. It holds no time stamp:
/// the same inputs give the same manifest.
public struct ExportManifest: Codable, Hashable, Sendable {
  /// One input read.
  public struct Input: Codable, Hashable, Sendable {
    /// The path as given.
    public var path: String
    /// The document id it was given, or nil when it could not be read.
    public var documentID: String?
    /// Its size in bytes.
    public var bytes: Int?
    /// Its SHA-256, hex.
    public var sha256: String?
    /// Why it could not be read.
    public var error: String?
  }

  /// One file written.
  public struct File: Codable, Hashable, Sendable {
    /// The path relative to the export folder.
    public var path: String
    /// Its size in bytes.
    public var bytes: Int
    /// Its SHA-256, hex.
    public var sha256: String
  }

  /// `plangraph`.
  public var tool = "plangraph"
  /// The version of PlanGraph that wrote the files.
  public var version = PlanGraphVersion.current
  /// The command as typed (the CLI fills it in).
  public var commandLine: [String]
  /// The inputs in the order they were read.
  public var inputs: [Input] = []
  /// The files written, sorted by path; `manifest.json` itself is not listed.
  public var files: [File] = []
  /// Documents read, inputs failed, errors and warnings found, tasks and assignments exported.
  public var counts: [String: Int] = [:]

  /// The manifest's file name.
  public static let fileName = "manifest.json"

  /// The manifest as pretty JSON with sorted keys.
  public func jsonData() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try! encoder.encode(self) + Data("\n".utf8)
  }

  /// The manifest an earlier export left in `folder`, if any.
  public static func previous(in folder: String) -> ExportManifest? {
    guard let data = FileManager.default.contents(atPath: folder + "/" + fileName) else {
      return nil
    }
    return try? JSONDecoder().decode(ExportManifest.self, from: data)
  }

  /// Removes from `folder` the files `previous` lists that this manifest does not, and the
  /// folders they leave empty; returns the paths removed.
  public func removeStale(_ previous: ExportManifest, in folder: String) -> [String] {
    let current = Set(files.map(\.path))
    var removed: [String] = []
    for file in previous.files where !current.contains(file.path) {
      let parts = file.path.split(separator: "/")
      // Only plain relative paths inside the folder: never `..`, never absolute.
      guard !file.path.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0 == "." })
      else { continue }
      if (try? FileManager.default.removeItem(atPath: folder + "/" + file.path)) != nil {
        removed.append(file.path)
        if parts.count > 1 {
          let parent = folder + "/" + parts.dropLast().joined(separator: "/")
          if (try? FileManager.default.contentsOfDirectory(atPath: parent))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: parent)
          }
        }
      }
    }
    return removed
  }
}

/// The version of PlanGraph, as `manifest.json` records it.
public enum PlanGraphVersion {
  /// The current version.
  public static let current = "0.5.0"
}
