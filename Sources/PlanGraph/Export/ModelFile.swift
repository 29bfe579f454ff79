import Foundation

/// The parsed model as JSON: every document, in input order.
///
/// `jsonData()` is one JSON object (`parse --format json`); `export` writes `model.json` as
/// JSON Lines, one document a line as it finishes (`jsonLine(for:)`), so a corpus is never held
/// whole; `init(jsonLines:)` reads that back.
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

  /// What `jsonData()` writes before its first document: a corpus's JSON is printed piece
  /// by piece, `prettyHead`, each document's `prettyJSON(for:)` with `",\n"` between them,
  /// then `prettyTail`, giving the same bytes as `jsonData()` without holding the corpus.
  public static let prettyHead = "{\n  \"documents\" : [\n"

  /// What `jsonData()` writes after its last document (see `prettyHead`).
  public static let prettyTail = "\n  ],\n  \"formatVersion\" : \(currentFormatVersion)\n}\n"

  /// One document as `jsonData()` writes it inside the list of documents: pretty-printed,
  /// keys sorted, every line but an empty one indented by four spaces, no line break after it.
  ///
  /// Written directly: the compact line `jsonLine(for:)` writes is laid out as `JSONEncoder`
  /// pretty-prints (two spaces a level, `" : "` after a key, an empty list or object as its
  /// brackets around an empty line), which a test checks against `encodedPrettyJSON(for:)`.
  public static func prettyJSON(for document: Document) -> [UInt8] {
    let line = jsonLine(for: document)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(line.count * 2)
    var depth = 2
    func indent() { bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth)) }
    indent()
    var index = 0
    let end = line.count - 1  // without the line break
    var inString = false
    while index < end {
      let byte = line[index]
      index += 1
      if inString {
        bytes.append(byte)
        if byte == 0x5C {  // the escaped byte after a backslash
          bytes.append(line[index])
          index += 1
        } else if byte == 0x22 {
          inString = false
        }
        continue
      }
      switch byte {
      case 0x22:
        inString = true
        bytes.append(byte)
      case 0x7B, 0x5B:  // { [
        bytes.append(byte)
        bytes.append(0x0A)
        if line[index] == byte + 2 {  // } or ]: an empty one
          bytes.append(0x0A)
          indent()
          bytes.append(line[index])
          index += 1
        } else {
          depth += 1
          indent()
        }
      case 0x7D, 0x5D:  // } ]
        depth -= 1
        bytes.append(0x0A)
        indent()
        bytes.append(byte)
      case 0x2C:  // ,
        bytes.append(byte)
        bytes.append(0x0A)
        indent()
      case 0x3A:  // :
        bytes.append(contentsOf: [0x20, 0x3A, 0x20])
      default:
        bytes.append(byte)
      }
    }
    return bytes
  }

  /// `prettyJSON(for:)` as `JSONEncoder` writes it: the reference the direct layout is tested
  /// against.
  public static func encodedPrettyJSON(for document: Document) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail.
    let json = try! encoder.encode(document)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(json.count + json.count / 4)
    // A line starts indented unless it is empty (an empty list is `[`, an empty line, `]`).
    var lineStart = true
    for byte in json {
      if lineStart && byte != 0x0A { bytes += [0x20, 0x20, 0x20, 0x20] }
      bytes.append(byte)
      lineStart = byte == 0x0A
    }
    return bytes
  }

  /// One document as one line of JSON Lines: compact, keys sorted, ending in a newline.
  ///
  /// The same bytes as `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` would write
  /// (see `ModelJSONWriter`), written directly.
  public static func jsonLine(for document: Document) -> [UInt8] {
    var writer = ModelJSONWriter(capacity: 4096)
    writer.write(document)
    return writer.line()
  }

  /// `jsonLine(for:)` as `JSONEncoder` writes it: the reference the direct writer is tested
  /// against.
  public static func encodedJSONLine(for document: Document) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail; compact JSON never holds a raw line break.
    return Array(try! encoder.encode(document)) + [0x0A]
  }

  /// Reads `model.json` as `export` writes it: one document per line.
  /// - Throws: `DecodingError` when a line is not a document.
  public init(jsonLines: Data) throws {
    let decoder = JSONDecoder()
    var documents: [Document] = []
    for line in jsonLines.split(separator: 0x0A) where !line.isEmpty {
      documents.append(try decoder.decode(Document.self, from: Data(line)))
    }
    self.init(documents: documents)
  }

  /// Reads a model from JSON.
  /// - Throws: `DecodingError` when the JSON is not a model file.
  public init(jsonData: Data) throws {
    self = try JSONDecoder().decode(ModelFile.self, from: jsonData)
  }
}
