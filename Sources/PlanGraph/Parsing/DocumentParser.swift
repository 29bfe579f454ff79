import Foundation

/// Reads documents: bytes to text to lines to a `Document` with its diagnostics.
///
/// The API is a ladder, each step public: `parse(contentsOf:)` reads a file,
/// `parse(bytes:path:)` decodes, `parse(_:path:)` takes text, `parse(lines:path:)` takes
/// normalized lines. Only reading a file can throw; damaged content becomes diagnostics.
public struct DocumentParser: Sendable {
  /// How to read inputs.
  public struct Options: Sendable {
    /// The encoding to assume, or `nil` to detect it.
    public var encoding: TextEncoding?
    /// Names to merge after parsing.
    public var aliases: AliasTable
    /// The indicators targets are matched against.
    public var vocabulary: IndicatorVocabulary
    /// The plan layout to read, or `nil` to detect it per document.
    public var layout: PlanLayout?
    /// Places and years given by the user, applied in order.
    public var overrides: [MetadataOverride] = []
    /// Whether to extract targets while parsing (the default); the benchmark times targets as
    /// their own stage with `TargetExtractor` and turns this off.
    public var extractsTargets = true

    /// Creates options; the vocabulary defaults to the one shipped with PlanGraph.
    public init(
      encoding: TextEncoding? = nil, aliases: AliasTable = AliasTable(),
      vocabulary: IndicatorVocabulary? = nil
    ) {
      self.encoding = encoding
      self.aliases = aliases
      self.vocabulary = vocabulary ?? Self.shippedVocabulary
    }

    /// The shipped vocabulary, read once; empty if the file is missing.
    static let shippedVocabulary: IndicatorVocabulary =
      (try? IndicatorVocabulary.builtIn()) ?? (try! IndicatorVocabulary(parsing: "", path: ""))
  }

  /// The options in force.
  public var options: Options

  /// Creates a parser.
  public init(options: Options = Options()) { self.options = options }

  /// Parses the file at `url` (`-` reads standard input).
  /// - Throws: `PlanGraphError` when the file cannot be read at all.
  public func parse(contentsOf url: URL) throws(PlanGraphError) -> Document {
    try parse(bytes: InputReader.read(url), path: url.path == "" ? "-" : url.relativePath)
  }

  /// Parses the file at `path` (`-` reads standard input).
  /// - Throws: `PlanGraphError` when the file cannot be read at all.
  public func parse(path: String) throws(PlanGraphError) -> Document {
    let bytes =
      path == "-"
      ? InputReader.readStandardInput() : try InputReader.read(URL(fileURLWithPath: path))
    return try parse(bytes: bytes, path: path)
  }

  /// Parses raw bytes read from `path`; `id` replaces the id made from the path.
  ///
  /// A Word `.docx` or Excel `.xlsx` file (known by its contents) is unpacked and read; a web
  /// page (by extension or its first tag) is read by `HTMLReader`.
  /// - Throws: `PlanGraphError.unsupportedFormat` for a PDF, Word 97, image or other archive;
  ///   `PlanGraphError.damagedArchive` for a damaged `.docx`/`.xlsx`;
  ///   `PlanGraphError.conversionUnavailable` if `iconv` lacks GB18030.
  public func parse(bytes: [UInt8], path: String, id: String? = nil) throws(PlanGraphError)
    -> Document
  {
    if let extracted = try OfficeInput.extract(bytes, path: path) {
      return parse(extracted, path: path, id: id)
    }
    if let format = FileSignature(of: bytes) {
      throw .unsupportedFormat(path: path, format: format)
    }
    if HTMLReader.isHTML(bytes, path: path) {
      let (extracted, decoded) = try HTMLReader.read(bytes, encoding: options.encoding)
      var document = parse(extracted, path: path, id: id)
      document.encoding = decoded.encoding
      document.diagnostics = Self.sorted(
        InputDiagnostics.diagnose(decoded, byteCount: bytes.count, file: path)
          + document.diagnostics)
      return document
    }
    let decoded = try TextDecoder.decode(bytes, as: options.encoding)
    var diagnostics = InputDiagnostics.diagnose(decoded, byteCount: bytes.count, file: path)
    // Plain text is judged traditional or simplified as it is normalized.
    let (lines, script): ([SourceLine], ChineseScript.Script?) =
      TableText.separator(forPath: path, bytes: decoded.bytes).map {
        (TableText.lines(fromUTF8: decoded.bytes, separator: $0), nil)
      }
      ?? {
        let (lines, tally) = TextNormalizer.lines(
          fromUTF8: decoded.bytes, tallyingScriptBy: .shipped)
        return (lines, tally.script)
      }()
    if lines.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, .emptyInput, "the input holds no text; check that this is the file you meant",
          at: SourceLocation(file: path, line: 0)))
      return Document(
        id: id ?? Document.id(forPath: path), source: path, kind: .plan,
        encoding: decoded.encoding, diagnostics: diagnostics)
    }
    var document = parse(lines: lines, path: path, id: id, script: script)
    document.encoding = decoded.encoding
    document.diagnostics = Self.sorted(diagnostics + document.diagnostics)
    return document
  }

  /// Parses text taken out of a Word, Excel or HTML file; diagnostics name the paragraph or
  /// cell.
  public func parse(_ extracted: ExtractedText, path: String, id: String? = nil) -> Document {
    guard !extracted.lines.isEmpty else {
      return Document(
        id: id ?? Document.id(forPath: path), source: path, kind: .plan,
        diagnostics: [
          Diagnostic(
            .error, .emptyInput, "the file holds no text; check that this is the file you meant",
            at: SourceLocation(file: path, line: 0))
        ])
    }
    var document = parse(
      lines: extracted.lines, path: path, id: id, furniture: extracted.droppedLines)
    document.diagnostics = document.diagnostics.map(extracted.located)
    return document
  }

  /// Parses text already decoded.
  public func parse(_ text: String, path: String) -> Document {
    parse(lines: TextNormalizer.lines(of: text), path: path)
  }

  /// Parses normalized lines; `id` replaces the id made from the path; `furniture` names lines
  /// a reader already left out as page furniture, counted in the same note; `script` is the
  /// lines' script if it was judged as they were read
  /// (`TextNormalizer.lines(fromUTF8:tallyingScriptBy:)`), judged here if nil.
  public func parse(
    lines: [SourceLine], path: String, id: String? = nil, furniture readerFurniture: [Int] = [],
    script: ChineseScript.Script? = nil
  ) -> Document {
    let id = id ?? Document.id(forPath: path)
    var metadataNotes: [Diagnostic] = []
    // A document in traditional characters is parsed in simplified ones and written back.
    var lines = lines
    var restorer: ChineseScript.Restorer?
    if (script ?? ChineseScript.shipped.script(of: lines)) == .traditional {
      let simplified = lines.map { line in
        var line = line
        line.text = ChineseScript.shipped.simplified(line.text)
        return line
      }
      restorer = ChineseScript.Restorer(original: lines, simplified: simplified)
      lines = simplified
    }
    var (body, furniture) = PageFurniture.removing(from: lines)
    furniture = (readerFurniture + furniture).sorted()
    // A file of nothing but buttons is read as it is, so that it still says what it holds.
    lines = body.isEmpty ? lines : body
    if !body.isEmpty, let first = furniture.first {
      metadataNotes.append(
        Diagnostic(
          .note, .pageFurniture,
          "\(furniture.count) line(s) of web page furniture (navigation, share and print buttons, "
            + "captions, the site's footer) skipped",
          at: SourceLocation(file: path, line: first)))
    }
    let kind = DocumentKindDetector.kind(of: lines)
    var reading = MetadataParser.read(lines, kind: kind)
    for override in options.overrides where override.applies(toPath: path, id: id) {
      override.apply(to: &reading.metadata)
      if override.jurisdiction != nil { reading.placeSource = .override }
    }
    let metadata = reading.metadata
    var document = Document(id: id, source: path, kind: kind, metadata: metadata)
    if case .mentions(let count) = reading.placeSource {
      metadataNotes.append(
        Diagnostic(
          .note, .inferredJurisdiction,
          "no title, signature, session or speaker line names the place; \(metadata.jurisdiction) "
            + "is the one the text names most (\(count) times); give --jurisdiction if it is wrong",
          at: SourceLocation(file: path, line: lines.first?.number ?? 0)))
    }
    if !metadata.jurisdiction.isEmpty, metadata.jurisdictionCode == nil,
      case .ambiguous(let divisions) = Gazetteer.shipped.resolve(metadata.jurisdiction)
    {
      let named = divisions.prefix(4).map { division in
        let parent = Gazetteer.shipped.parent(of: division)?.name ?? ""
        return "\(parent)\(division.name) (\(division.code))"
      }
      metadataNotes.append(
        Diagnostic(
          .note, .ambiguousJurisdiction,
          "\(metadata.jurisdiction) could be \(named.joined(separator: " or ")); nothing in the "
            + "document tells which, so it has no division code",
          at: SourceLocation(file: path, line: lines.first?.number ?? 0)))
    }
    if metadata.jurisdiction.isEmpty {
      metadataNotes.append(
        Diagnostic(
          .note, .noJurisdiction,
          "no place found in the title, signature, session or speaker lines, nor named often in "
            + "the text; comparisons leave it alone (give --jurisdiction to place it)",
          at: SourceLocation(file: path, line: lines.first?.number ?? 0)))
    }
    if kind == .plan {
      var (plan, diagnostics) = TaskPlanParser(
        documentID: id, file: path, layout: options.layout, year: metadata.year
      ).parse(lines: lines)
      diagnostics += PlanNormalizer.normalize(&plan, aliases: options.aliases, file: path)
      document.plan = plan
      document.diagnostics = Self.sorted(diagnostics)
    }
    if options.extractsTargets {
      document.targets = TargetExtractor(vocabulary: options.vocabulary).targets(
        of: document, lines: lines)
    }
    document.diagnostics = Self.sorted(metadataNotes + document.diagnostics)
    if let restorer { document.keepWritten(restorer) }
    return document
  }

  /// Parses many files in parallel; results come back in the order of `paths`, each with a
  /// distinct id (`Document.uniqueIDs(forPaths:)`).
  public func parse(paths: [String]) -> [Result<Document, PlanGraphError>] {
    let ids = Document.uniqueIDs(forPaths: paths)
    return Array(zip(paths, ids)).concurrentMap { path, id in read(path, id: id) }
  }

  /// Parses many files on all cores and hands each one's `render`ed result to `consume`, in
  /// the order of `paths`, on the calling thread: the documents of a corpus are never held
  /// all at once.
  ///
  /// At most `window` documents are read ahead of the one consumed; `render` runs on the core
  /// that read the document (a summary or its JSON is made there, not on the calling thread).
  /// Ids are those `parse(paths:)` gives.
  /// When `consume` throws, no further document is started and the error is rethrown.
  public func parse<Output: Sendable, Failure: Error>(
    paths: [String], window: Int,
    render: @escaping @Sendable (Result<Document, PlanGraphError>) -> Output,
    consume: (_ index: Int, _ output: Output) throws(Failure) -> Void
  ) throws(Failure) {
    let ids = Document.uniqueIDs(forPaths: paths)
    try Array(zip(paths, ids)).concurrentMapInOrder(
      window: window, { [self] path, id in render(read(path, id: id)) }, consume: consume)
  }

  /// The document in the file at `path` (standard input for `-`), with id `id`.
  private func read(_ path: String, id: String) -> Result<Document, PlanGraphError> {
    Result { () throws(PlanGraphError) in
      let bytes =
        path == "-"
        ? InputReader.readStandardInput() : try InputReader.read(URL(fileURLWithPath: path))
      return try parse(bytes: bytes, path: path, id: id)
    }
  }

  static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      (a.element.location.line, a.offset) < (b.element.location.line, b.offset)
    }.map(\.element)
  }
}

extension Diagnostic.Code {
  /// A jurisdiction that names more than one division.
  public static let ambiguousJurisdiction = Diagnostic.Code("ambiguous-jurisdiction")
  /// A document whose jurisdiction could not be read.
  public static let noJurisdiction = Diagnostic.Code("no-jurisdiction")
  /// A jurisdiction taken from the place a document names most often.
  public static let inferredJurisdiction = Diagnostic.Code("inferred-jurisdiction")
  /// Lines of a saved web page that are not the document's.
  public static let pageFurniture = Diagnostic.Code("page-furniture")
}
