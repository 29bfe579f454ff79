import Testing

@testable import PlanGraph

@Suite("Name table")
struct NameTableTests {
  @Test("Ids are given in the order names are first added, per tag, by bytes")
  func interning() {
    var table = NameTable()
    // A unit and a leader may share a name; café precomposed and decomposed are two names
    // (names are normalized when read, so bytes decide, as NameKey's == does).
    let added = [
      ("市发展和改革局", 1), ("市财政局", 1), ("市发展和改革局", 1), ("刘兴达", 0), ("市财政局", 0),
      ("caf\u{E9}", 1), ("cafe\u{301}", 1), ("", 1), ("市财政局", 1), ("", 1),
    ].map { table.intern($0.0, tag: UInt8($0.1)) }
    #expect(added.map(\.id) == [0, 1, 0, 2, 3, 4, 5, 6, 1, 6])
    #expect(added.map(\.isNew) == [true, true, false, true, true, true, true, true, false, false])
    #expect(table.count == 7)
    #expect(table.names == ["市发展和改革局", "市财政局", "刘兴达", "市财政局", "caf\u{E9}", "cafe\u{301}", ""])
    #expect(table.id(of: "市财政局", tag: 0) == 3)
    #expect(table.id(of: "市财政局", tag: 2) == nil)
    #expect(table.id(of: "市财政") == nil)
  }

  @Test("A name read from bytes is one string however often it is read, per tag")
  func stringsOfBytes() {
    var table = NameTable()
    func string(_ name: String, tag: UInt8 = 1) -> String {
      let id = Array(name.utf8).withUnsafeBufferPointer { table.intern(utf8: $0, tag: tag).id }
      return table.names[id]
    }
    // Names longer than 15 bytes are stored on the heap: one storage means one string made.
    func storage(_ name: String) -> UnsafePointer<UInt8>? {
      name.utf8.withContiguousStorageIfAvailable(\.baseAddress) ?? nil
    }
    let first = string("市发展和改革委员会")
    let again = string("市发展和改革委员会")
    let other = string("市财政局")
    let leader = string("市发展和改革委员会", tag: 0)
    #expect(first == "市发展和改革委员会" && again == first && other == "市财政局" && leader == first)
    #expect(storage(again) == storage(first))
    #expect(storage(leader) != storage(first))
    #expect(table.count == 3)
    #expect(table.names == ["市发展和改革委员会", "市财政局", "市发展和改革委员会"])
    #expect(table.id(of: "市财政局", tag: 1) == 1 && table.id(of: "市发展和改革委员会", tag: 0) == 2)
    // Interning by string finds what was added from bytes, and the other way round.
    #expect(table.intern("市财政局", tag: 1) == (1, false))
    _ = table.intern("锦州海关", tag: 1)
    #expect(string("锦州海关") == "锦州海关" && table.count == 4)
  }

  @Test("Bytes told apart without strings get the ids names would, and empty names")
  func bytesOnly() {
    var table = NameTable()
    var named = NameTable()
    let spans = [
      ("市发展改革委、市财政局", 2), ("刘兴达", 0), ("市发展改革委、市财政局", 2), ("市发展改革委、市财政局", 3),
      ("刘兴达", 0), ("", 2),
    ]
    for (span, tag) in spans {
      let bytes = Array(span.utf8)
      let added = bytes.withUnsafeBufferPointer { table.intern(bytesOnly: $0, tag: UInt8(tag)) }
      #expect(added == named.intern(span, tag: UInt8(tag)))
    }
    #expect(table.count == 4 && table.names == ["", "", "", ""])
    #expect(table.id(of: "市发展改革委、市财政局", tag: 3) == 2 && table.id(of: "市财政局", tag: 2) == nil)
  }

  @Test("A table grown to 20,000 names finds every one, and only those")
  func growth() {
    var table = NameTable(capacity: 2)
    let names = (0..<20_000).map { "第\($0)号单位" + String(repeating: "局", count: $0 % 7) }
    for (index, name) in names.enumerated() {
      #expect(table.intern(name).id == index)
    }
    #expect(table.count == 20_000)
    var found = 0
    for (index, name) in names.enumerated() where table.id(of: name) == index { found += 1 }
    #expect(found == 20_000)
    #expect(table.id(of: "第20000号单位") == nil)
    let again = table.intern(names[12_345])
    #expect(again.id == 12_345 && !again.isNew)
  }

  @Test("Byte equality of names of every length from 0 to 40, differing at any one place")
  func byteEqualityAtEveryLengthAndPlace() {
    // Names up to 16 bytes are compared as words in place, longer ones by memcmp: each
    // length, and a difference at each byte, must be told apart.
    let source = Array("abcdefghijklmnopqrstuvwxyz0123456789ABCD".utf8)
    var compared = 0
    for length in 0...source.count {
      let name = String(decoding: source.prefix(length), as: UTF8.self)
      #expect(name.utf8Equals(String(decoding: source.prefix(length), as: UTF8.self)))
      if length > 0 {
        #expect(!name.utf8Equals(String(decoding: source.prefix(length - 1), as: UTF8.self)))
      }
      for place in 0..<length {
        var changed = Array(source.prefix(length))
        changed[place] = UInt8(ascii: "#")
        #expect(!name.utf8Equals(String(decoding: changed, as: UTF8.self)), "\(length) \(place)")
        compared += 1
      }
    }
    #expect(compared == 820)
  }
}
