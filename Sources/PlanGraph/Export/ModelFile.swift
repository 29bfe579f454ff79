import Foundation

/// The contents of `model.json`: every parsed document, in input order.
public struct ModelFile: Codable, Hashable, Sendable {
  /// The version of the JSON layout; raised when a field changes meaning.
  public var formatVersion: Int
  /// The documents.
  public var documents: [Document]

  /// The current layout version.
  public static let currentFormatVersion = 1

  /// Creates a model file.
  public init(documents: [Document]) {
    self.formatVersion = Self.currentFormatVersion
    self.documents = documents
  }

  /// The model as JSON: pretty-printed, keys sorted, so equal models give equal bytes.
  public func jsonData() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail.
    return try! encoder.encode(self) + Data("\n".utf8)
  }

  /// Reads a model from JSON.
  /// - Throws: `DecodingError` when the JSON is not a model file.
  public init(jsonData: Data) throws {
    self = try JSONDecoder().decode(ModelFile.self, from: jsonData)
  }
}
