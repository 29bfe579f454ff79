/// Tells Word and Excel files from other zip archives by what they hold, not by their name.
enum OfficeInput {
  /// The text of the Word or Excel file in `bytes`, or nil when `bytes` are not a zip archive.
  /// - Throws: `PlanGraphError.damagedArchive` for a damaged archive;
  ///   `PlanGraphError.unsupportedFormat` for a zip that is neither Word nor Excel.
  static func extract(_ bytes: [UInt8], path: String) throws(PlanGraphError) -> ExtractedText? {
    guard FileSignature(of: bytes) == .zip else { return nil }
    let archive = try ZipArchive(bytes: bytes, path: path)
    // The directory is read once; the reader takes the archive.
    if archive.entry("word/document.xml") != nil { return try DocxReader.read(archive) }
    if archive.entry("xl/workbook.xml") != nil { return try XlsxReader.read(archive) }
    throw .unsupportedFormat(path: path, format: .zip)
  }
}
