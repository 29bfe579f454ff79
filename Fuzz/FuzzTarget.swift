// The libFuzzer entry point over PlanGraph's whole read path, compiled into one module with the
// library's sources by Fuzz/run.sh (so it has no `import PlanGraph`).

import Foundation

/// Reads `size` bytes at `data` as every kind of input PlanGraph takes (text, CSV, TSV):
/// decoding, normalization, layout detection with every reader, assembly, ellipsis and alias
/// resolution, metadata, targets, and the contract's tables and JSON line of the result; and
/// as one XML part of a Word or Excel file (`XMLScanner`, seeded with the fixtures' parts).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = XMLScanner.events(bytes)
  let parser = DocumentParser()
  for path in ["fuzz.txt", "fuzz.csv", "fuzz.tsv"] {
    guard let document = try? parser.parse(bytes: bytes, path: path) else { continue }
    _ = ExportContract.tasksTable([document])
    _ = ExportContract.assignmentsTable([document])
    _ = ModelFile.jsonLine(for: document)
  }
  return 0
}
