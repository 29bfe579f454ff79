/// Recognises binary files by their first bytes, whatever their extension: a zip archive is
/// opened as Word or Excel (`OfficeInput`); a PDF, a Word 97 file, an image or another archive
/// gets "this is a PDF" and how to convert it instead of a page of garbage diagnostics.
public enum FileSignature: String, Sendable, CaseIterable {
  /// `%PDF`.
  case pdf = "a PDF"
  /// The OLE compound format of Word 97–2003 `.doc`, WPS `.wps` and Excel 97–2003 `.xls`.
  case compoundDocument = "a Word 97-2003, WPS or Excel 97-2003 file (.doc, .wps, .xls)"
  /// A zip archive; Word `.docx` and Excel `.xlsx` files are read, other archives are not.
  case zip = "a zip archive that is neither a Word .docx nor an Excel .xlsx file"
  /// `{\rtf`.
  case rtf = "an RTF document"
  /// RAR, 7-Zip or gzip.
  case archive = "a compressed archive (.rar, .7z, .gz)"
  /// PNG, JPEG, GIF, BMP, TIFF or WebP.
  case image = "an image"

  /// The signature `bytes` start with, or nil for anything that may be text.
  public init?(of bytes: [UInt8]) {
    func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
    if starts(Array("%PDF".utf8)) {
      self = .pdf
    } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      self = .compoundDocument
    } else if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
      self = .zip
    } else if starts(Array("{\\rtf".utf8)) {
      self = .rtf
    } else if starts(Array("Rar!".utf8)) || starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])
      || starts([0x1F, 0x8B])
    {
      self = .archive
    } else if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF])
      || starts(Array("GIF8".utf8))
      || starts(Array("BM".utf8)) && bytes.count > 26
        && bytes[6...9].allSatisfy({ $0 == 0 })
      || starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A])
      || (starts(Array("RIFF".utf8)) && bytes.count > 12
        && bytes[8..<12].elementsEqual("WEBP".utf8))
    {
      self = .image
    } else {
      return nil
    }
  }

  /// How to turn such a file into something PlanGraph reads.
  public var advice: String {
    switch self {
    case .pdf:
      "convert it to text with `pdftotext -layout FILE.pdf` (poppler-utils) and read the .txt"
    case .compoundDocument:
      "convert it with `soffice --headless --convert-to docx FILE` (LibreOffice; `xlsx` for a "
        + "workbook) and read the result"
    case .zip:
      "unpack it (`unzip FILE`) and name the files inside; an OpenDocument file (.odt, .ods) "
        + "converts with `soffice --headless --convert-to docx FILE` (or xlsx)"
    case .rtf:
      "convert it with `soffice --headless --convert-to docx FILE` and read the .docx"
    case .archive:
      "unpack it first and name the files inside"
    case .image:
      "it holds no text to read; run OCR first (for example `tesseract FILE out -l chi_sim`)"
    }
  }
}
