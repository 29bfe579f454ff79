/// A failure that leaves nothing to read: the only case in which PlanGraph throws.
///
/// Each description names the file and ends with what to do.
public enum PlanGraphError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The input could not be opened or read.
  case unreadable(path: String, reason: String)
  /// The input is a directory where a file was expected.
  case isDirectory(path: String)
  /// The requested encoding is not one PlanGraph knows.
  case unknownEncoding(name: String)
  /// The C library could not convert from the encoding.
  case conversionUnavailable(encoding: String)
  /// An alias table line could not be read.
  case badAliasTable(path: String, line: Int, reason: String)
  /// The output folder named is a file.
  case notAFolder(path: String)
  /// An output file could not be written.
  case unwritable(path: String, reason: String)
  /// The input is a file format PlanGraph does not read as text (PDF, Word 97, images…).
  case unsupportedFormat(path: String, format: FileSignature)
  /// A vocabulary or data file the library ships could not be read.
  case badDataFile(path: String, line: Int, reason: String)
  /// A Word or Excel file (a zip archive) is damaged, too large when unpacked, or not one.
  case damagedArchive(path: String, reason: String)

  /// What went wrong and what to do about it.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "\(path): cannot read: \(reason); check the path and its permissions"
    case .isDirectory(let path):
      "\(path): is a directory; pass the files in it or the directory as an input"
    case .unknownEncoding(let name):
      "unknown encoding '\(name)'; use utf-8 or gb18030 (gbk and gb2312 are read as gb18030)"
    case .conversionUnavailable(let encoding):
      "iconv cannot convert from \(encoding) on this system; save the file as UTF-8"
    case .badAliasTable(let path, let line, let reason):
      "\(path):\(line): \(reason); an alias table has two tab-separated columns: "
        + "name as written, canonical name"
    case .unwritable(let path, let reason):
      "\(path): cannot write: \(reason); check that the folder exists and is writable"
    case .unsupportedFormat(let path, let format):
      "\(path): this is \(format.rawValue), not text; \(format.advice)"
    case .notAFolder(let path):
      "\(path) is a file, not a folder; name a folder to write into (it is created if missing)"
    case .badDataFile(let path, let line, let reason):
      "\(path):\(line): \(reason); fix the line or remove it"
    case .damagedArchive(let path, let reason):
      "\(path): cannot unpack: \(reason); open it in Word, Excel or LibreOffice and save it "
        + "again, or save it as .txt (Word) or .csv (Excel)"
    }
  }
}
