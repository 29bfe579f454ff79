import Foundation

/// Writes to standard output and standard error.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func out(bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }
}
