import Foundation
import PlanGraph

/// Generates a deterministic corpus of plans from the bundled ones: each copy recombines a
/// plan with its places renamed and about half its unit names made copy-specific, so a
/// corpus has as many distinct agencies as a real province's plans do.
///
/// Seven copies in ten are the three real plans (field lines); the other three rotate through
/// the layouts written by us in `Fixtures/formats` (labelled brackets, the hybrid and mixed
/// plans, the State Council's inline roles, a tab-separated table), and every seventh copy is
/// saved in GB18030 as many county sites still do.
struct CorpusGenerator {
  /// A template plan cut at every place and unit name that a copy may rename.
  private struct Template {
    var pieces: [Piece]
    var fileExtension: String
  }

  private enum Piece {
    case literal([UInt8])
    case place([UInt8])
    case unit(Int, [UInt8])
  }

  private var templates: [Template] = []
  private let seed: UInt64

  /// Characters for generated names; none is a separator, a level word or a numeral.
  private static let alphabet = Array("东南西北安平宁昌康泰和兴华丰盛德文武春秋海山河湖林田青白金玉明光新永长乐阳云星望远")

  private var realPlans = 0

  /// Templates from the real plans `plans` and the layouts `layouts`.
  init(plans: [String], layouts: [String] = [], seed: UInt64) throws {
    self.seed = seed
    for path in plans + layouts {
      let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
      let document = try DocumentParser().parse(bytes: bytes, path: path)
      let places = ["辽宁", "锦州", "海城", "鞍山", "太和"]
      let units = document.plan?.assignees(of: .unit).map(\.name) ?? []
      var template = Self.cut(bytes, places: places, units: units)
      template.fileExtension = URL(fileURLWithPath: path).pathExtension
      templates.append(template)
    }
    realPlans = plans.count
  }

  /// The file extension of copy `index`.
  func fileExtension(_ index: Int) -> String { templates[templateIndex(index)].fileExtension }

  /// Whether copy `index` is saved in GB18030.
  func isGB18030(_ index: Int) -> Bool { index % 7 == 6 }

  private func templateIndex(_ index: Int) -> Int {
    let layouts = templates.count - realPlans
    let slot = index % 10
    if slot < 7 || layouts == 0 { return index % realPlans }
    return realPlans + (index / 10 * 3 + slot - 7) % layouts
  }

  /// The bytes of copy `index`, in UTF-8 (`isGB18030` says which to save converted).
  func plan(_ index: Int) -> [UInt8] {
    let template = templates[templateIndex(index)]
    var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
    let place = Array(Self.name(index / max(1, realPlans), length: 2).utf8)
    let token = Array(Self.name(index, length: 3).utf8)
    var renamed: [Int: Bool] = [:]
    var output: [UInt8] = []
    output.reserveCapacity(64 * 1024)
    for piece in template.pieces {
      switch piece {
      case .literal(let bytes): output += bytes
      case .place: output += place
      case .unit(let id, let name):
        if renamed[id] == nil { renamed[id] = random.next() % 2 == 0 }
        guard renamed[id]! else {
          output += name
          continue
        }
        // 市商务局 becomes 市<token>商务局: the level prefix stays, the name is new.
        let first = String(decoding: name, as: UTF8.self).unicodeScalars.first!
        let prefixLength = "省市区县".unicodeScalars.contains(first) ? 3 : 0
        output += name[..<prefixLength] + token + name[prefixLength...]
      }
    }
    return output
  }

  /// A name of `length` characters that differs for every `index` below alphabet^length.
  private static func name(_ index: Int, length: Int) -> String {
    var value = index
    var characters: [Character] = []
    for _ in 0..<length {
      characters.append(alphabet[value % alphabet.count])
      value /= alphabet.count
    }
    return String(characters)
  }

  /// Cuts `bytes` at every occurrence of a place or unit name, longest name first.
  private static func cut(_ bytes: [UInt8], places: [String], units: [String]) -> Template {
    var candidates: [(bytes: [UInt8], unit: Int?)] =
      places.map { (Array($0.utf8), nil) } + units.enumerated().map { (Array($1.utf8), $0) }
    candidates.sort { $0.bytes.count > $1.bytes.count }
    var pieces: [Piece] = []
    var literal: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let match = candidates.first { candidate in
        index + candidate.bytes.count <= bytes.count
          && bytes[index..<(index + candidate.bytes.count)].elementsEqual(candidate.bytes)
      }
      guard let match else {
        literal.append(bytes[index])
        index += 1
        continue
      }
      if !literal.isEmpty { pieces.append(.literal(literal)) }
      literal = []
      pieces.append(match.unit.map { .unit($0, match.bytes) } ?? .place(match.bytes))
      index += match.bytes.count
    }
    if !literal.isEmpty { pieces.append(.literal(literal)) }
    return Template(pieces: pieces, fileExtension: "txt")
  }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
