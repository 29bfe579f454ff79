import Foundation
import PlanGraph

/// Exports a corpus document by document: each input is read, parsed and reduced on some
/// core, its rows are appended to the corpus files as they arrive, and nothing of it but a
/// comparison record stays in memory.
///
/// Memory grows with the number of documents in flight (a few per core) plus a small record
/// per document, not with the corpus; every corpus file is written under a temporary name and
/// renamed into place when the run ends, so no reader ever sees half a file.
public struct CorpusExporter: Sendable {
  /// How to export.
  public struct Options: Sendable {
    /// How CSV files are written.
    public var csv: CSVWriter
    /// Co-responsibility edges lighter than this are left out of drawings and Gephi tables.
    public var minimumWeight: Double
    /// Which documents get graph files.
    public var graphs: GraphSelection
    /// How many documents are reduced at once; more uses more cores and more memory.
    public var documentsInFlight: Int
    /// The command line recorded in `manifest.json`.
    public var commandLine: [String] = []
    /// What to write: CSV files, `plangraph.sqlite`, or both.
    public var formats: Set<ExportFormat> = [.csv]

    /// Creates options.
    public init(
      csv: CSVWriter = CSVWriter(), minimumWeight: Double = 0, graphs: GraphSelection = .automatic,
      documentsInFlight: Int = 4 * ProcessInfo.processInfo.activeProcessorCount
    ) {
      self.csv = csv
      self.minimumWeight = minimumWeight
      self.graphs = graphs
      self.documentsInFlight = max(1, documentsInFlight)
    }
  }

  /// How far an export has come.
  public struct Progress: Sendable {
    /// Documents reduced so far.
    public var documentsDone: Int
    /// Documents in the run.
    public var documentsTotal: Int
    /// Input bytes read so far.
    public var bytesRead: Int
  }

  /// What an export did.
  public struct Summary: Sendable {
    /// Documents read and exported.
    public var documents = 0
    /// Inputs that could not be read at all; the others were exported.
    public var failures: [PlanGraphError] = []
    /// Every diagnostic of severity error, document by document.
    public var errors: [Diagnostic] = []
    /// How many warnings the documents have.
    public var warnings = 0
    /// The files written, relative to the export folder, in the order they were written.
    public var files: [String] = []
    /// Bytes written.
    public var bytesWritten = 0
    /// Input bytes read.
    public var bytesRead = 0
    /// Documents whose graph files were written.
    public var documentsWithGraphs = 0
    /// Plans whose graph files were left out by the `GraphSelection`.
    public var documentsWithoutGraphs = 0
    /// Ids passed in a `GraphSelection.documents` list that name no document of the run.
    public var unknownGraphRequests: [String] = []
    /// Files an earlier export left that this one removed (listed in its manifest only).
    public var removedStaleFiles: [String] = []
    /// What was read and written, as `manifest.json` holds it.
    public var manifest = ExportManifest(commandLine: [])
    /// Rows inserted into `plangraph.sqlite`, when it was written.
    public var databaseRows = 0
  }

  /// The parser that reads each input.
  public var parser: DocumentParser
  /// The options in force.
  public var options: Options

  /// Creates an exporter.
  public init(parser: DocumentParser = DocumentParser(), options: Options = Options()) {
    self.parser = parser
    self.options = options
  }

  /// Exports the documents at `paths` into `folder`, in the order of `paths`.
  ///
  /// - Parameters:
  ///   - paths: the input files (`-` is standard input).
  ///   - folder: the export folder, created if missing.
  ///   - progress: called after every `documentsInFlight` documents and after the last, on
  ///     the calling thread.
  ///   - observe: called with each whole document and its analysis, in order; the caller
  ///     decides what to keep (the HTML report keeps them all).
  ///   - closingFiles: called once every document is through; its files (the report's
  ///     `index.html`) are written and listed in the manifest with the rest.
  /// - Returns: what was written and what failed; an unreadable input does not stop the run.
  /// - Throws: `PlanGraphError.unwritable` when an output cannot be written; no corpus file
  ///   is then replaced.
  public func export(
    paths: [String], to folder: String, progress: ((Progress) -> Void)? = nil,
    observe: ((Document, PlanAnalysis?) -> Void)? = nil,
    closingFiles: (() -> [(path: String, contents: [UInt8])])? = nil
  ) throws(PlanGraphError) -> Summary {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
      throw .notAFolder(path: folder)
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .unwritable(path: folder, reason: AtomicFileWriter.reason(error))
    }
    let previous = ExportManifest.previous(in: folder)
    var summary = Summary()
    summary.manifest.commandLine = options.commandLine
    var written: [ExportManifest.File] = []
    var tasks = 0
    var assignments = 0
    var writers: [CorpusTable: StreamingFileWriter] = [:]
    let csv = options.formats.contains(.csv)
    for table in CorpusTable.allCases where csv {
      let writer = try StreamingFileWriter(path: folder + "/" + table.fileName)
      if let header = table.header { try writer.append(options.csv.headerBytes(header)) }
      writers[table] = writer
    }
    let database = options.formats.contains(.sqlite) ? try DatabaseExport(folder: folder) : nil
    var records: [Document] = []
    var functionNetwork = FunctionNetwork()
    var placeRecords: [PlaceLoadRecord] = []
    var seenIDs = Set<String>()
    let ids = Document.uniqueIDs(forPaths: paths)
    // Documents are read and reduced on all cores, each as soon as a core is free, while
    // this thread writes the ones before them in order: the serial writing (rows, checksums,
    // per-document files) overlaps the parallel work.
    let size = max(1, options.documentsInFlight)
    let inputs = Array(zip(paths, ids))
    let retain = observe != nil
    /// Writes document `index`'s rows and files, or records why it could not be read.
    func writeDocument(_ index: Int, _ result: Result<DocumentReduction, PlanGraphError>)
      throws(PlanGraphError)
    {
      let path = inputs[index].0
      switch result {
      case .failure(let error):
        summary.failures.append(error)
        summary.manifest.inputs.append(.init(path: path, error: error.description))
      case .success(let reduction):
        summary.manifest.inputs.append(
          .init(
            path: path, documentID: reduction.documentID, bytes: reduction.inputBytes,
            sha256: reduction.inputSHA256))
        tasks += reduction.tasks
        assignments += reduction.assignments
        for table in CorpusTable.allCases {
          if let rows = reduction.rows[table], let writer = writers[table] {
            try writer.append(rows)
          }
        }
        try database?.insert(
          reduction.tables, model: reduction.rows[.model], documentID: reduction.documentID)
        for file in reduction.files where csv || !file.path.hasSuffix(".csv") {
          try AtomicFileWriter.write(file.contents, to: folder + "/" + file.path)
          summary.files.append(file.path)
          summary.bytesWritten += file.contents.count
          written.append(
            .init(path: file.path, bytes: file.contents.count, sha256: SHA256.hex(file.contents)))
        }
        if reduction.files.contains(where: { $0.path.hasSuffix(".dot") }) {
          summary.documentsWithGraphs += 1
        }
        if reduction.skippedGraphs { summary.documentsWithoutGraphs += 1 }
        summary.documents += 1
        summary.bytesRead += reduction.inputBytes
        summary.errors += reduction.errors
        summary.warnings += reduction.warnings
        seenIDs.insert(reduction.documentID)
        records.append(reduction.comparisonRecord)
        functionNetwork.merge(reduction.functionNetwork)
        if let place = reduction.placeRecord { placeRecords.append(place) }
        if let retained = reduction.retained { observe?(retained.document, retained.analysis) }
      }
      if (index + 1) % size == 0 || index + 1 == paths.count {
        progress?(
          Progress(
            documentsDone: index + 1, documentsTotal: paths.count, bytesRead: summary.bytesRead))
      }
    }
    try inputs.concurrentMapInOrder(
      window: size,
      { [self] path, id in reduce(path, id: id, corpusSize: paths.count, retain: retain) },
      consume: writeDocument)
    // The target comparison and its tables are serial work: they are built on another thread
    // while this one encodes the load changes on all cores, instead of before it.
    let corpusWork = CorpusTablesWork()
    DispatchQueue.global().async(group: corpusWork.group) {
      [records, functionNetwork, vocabulary = parser.options.vocabulary] in
      let comparison = TargetComparison(
        records, vocabulary: vocabulary, relations: [.years, .levels])
      corpusWork.tables = [
        ("target_changes", TargetTables.changes(comparison)),
        ("targets_panel", TargetTables.panel(comparison.panel)),
        ("function_edges", functionNetwork.edgesTable),
      ]
    }
    // The load changes (millions of rows for a national corpus) go to CSV without a table
    // unless the database needs one.
    let loadChanges = database.map { _ in LoadChanges.table(placeRecords) }
    let loadChangesCSV =
      csv
      ? loadChanges.map { options.csv.bytes(for: $0) }
        ?? LoadChanges.csvBytes(placeRecords, csv: options.csv) : []
    corpusWork.group.wait()
    let corpusTables = corpusWork.tables
    func write(_ path: String, _ contents: [UInt8]) throws(PlanGraphError) {
      try AtomicFileWriter.write(contents, to: folder + "/" + path)
      summary.files.append(path)
      summary.bytesWritten += contents.count
      written.append(.init(path: path, bytes: contents.count, sha256: SHA256.hex(contents)))
    }
    if csv {
      for (name, table) in corpusTables { try write(name + ".csv", options.csv.bytes(for: table)) }
      try write("load_changes.csv", loadChangesCSV)
      for table in CorpusTable.allCases {
        let writer = writers[table]!
        try writer.commit()
        summary.files.append(table.fileName)
        summary.bytesWritten += writer.byteCount
        written.append(
          .init(path: table.fileName, bytes: writer.byteCount, sha256: writer.sha256))
      }
    }
    let drawing = functionNetwork.graph()
    try write("functions.dot", Array(DOTWriter().string(for: drawing).utf8))
    try write("functions.graphml", Array(GraphMLWriter().string(for: drawing).utf8))
    if let database {
      for (name, table) in corpusTables { try database.insert(table, into: name) }
      if let loadChanges { try database.insert(loadChanges, into: "load_changes") }
      try database.finish(meta: databaseMeta(summary.manifest.inputs))
      summary.databaseRows = database.rows
      let (size, digest) = try SHA256.file(database.path)
      summary.files.append(DatabaseExport.fileName)
      summary.bytesWritten += size
      written.append(.init(path: DatabaseExport.fileName, bytes: size, sha256: digest))
    }
    for file in closingFiles?() ?? [] {
      try AtomicFileWriter.write(file.contents, to: folder + "/" + file.path)
      summary.files.append(file.path)
      summary.bytesWritten += file.contents.count
      written.append(
        .init(path: file.path, bytes: file.contents.count, sha256: SHA256.hex(file.contents)))
    }
    summary.manifest.files = written.sorted { $0.path < $1.path }
    summary.manifest.counts = [
      "documents": summary.documents, "inputs_failed": summary.failures.count,
      "errors": summary.errors.count, "warnings": summary.warnings, "tasks": tasks,
      "assignments": assignments,
    ]
    if let previous {
      summary.removedStaleFiles = summary.manifest.removeStale(previous, in: folder)
    }
    try AtomicFileWriter.write(
      summary.manifest.jsonData(), to: folder + "/" + ExportManifest.fileName)
    summary.files.append(ExportManifest.fileName)
    if case .documents(let ids) = options.graphs {
      summary.unknownGraphRequests = ids.subtracting(seenIDs).sorted()
    }
    return summary
  }

  /// The `meta` rows: tool, version, command line, inputs with their SHA-256, time of the run.
  private func databaseMeta(_ inputs: [ExportManifest.Input]) -> [(String, String)] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    func json<Value: Encodable>(_ value: Value) -> String {
      String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }
    let time = ISO8601DateFormatter().string(from: Date())
    return [
      ("tool", "plangraph"), ("version", PlanGraphVersion.current),
      ("command_line", json(options.commandLine)), ("inputs", json(inputs)),
      ("created_at", time),
    ]
  }

  /// Reads, parses and reduces the input at `path`, whose document gets `id`.
  private func reduce(_ path: String, id: String, corpusSize: Int, retain: Bool) -> Result<
    DocumentReduction, PlanGraphError
  > {
    Result { () throws(PlanGraphError) in
      let bytes =
        path == "-"
        ? InputReader.readStandardInput() : try InputReader.read(URL(fileURLWithPath: path))
      let document = try parser.parse(bytes: bytes, path: path, id: id)
      var reduction = DocumentReduction(
        document, inputBytes: bytes.count, csv: options.csv,
        minimumWeight: options.minimumWeight,
        graphs: options.graphs.includes(document.id, corpusSize: corpusSize), retain: retain,
        keepTables: options.formats.contains(.sqlite))
      reduction.inputSHA256 = SHA256.hex(bytes)
      return reduction
    }
  }
}

/// The corpus-level target and function tables, built on another thread; `tables` is read
/// after `group` is waited on.
private final class CorpusTablesWork: @unchecked Sendable {
  let group = DispatchGroup()
  var tables: [(String, Table)] = []
}
