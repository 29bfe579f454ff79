/// Reads small RFC 4180 CSV files in tests: header plus rows as dictionaries.
public enum CSVReader {
  /// The rows of `text`, each keyed by the header's column names.
  public static func rows(_ text: String) -> [[String: String]] {
    let records = self.records(text)
    guard let header = records.first else { return [] }
    return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  /// Every record of `text`, the header first, each as its fields in order.
  public static func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var field = ""
    var record: [String] = []
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.unicodeScalars.append("\"")
            } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        record.append(field)
        field = ""
      } else if scalar == "\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else if scalar != "\r" {
        field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}
