/// What a column of a 任务分解表 holds, read from its header cell.
///
/// The document terms are 序号; 工作任务, 重点任务, 目标任务, 主要内容, 具体措施; 牵头领导,
/// 责任领导, 分管领导; 牵头单位; 责任单位, 配合单位; 完成时限, 时间节点, 完成时间.
public enum TableColumn: Hashable, Sendable {
  /// 序号: the task's number, or a section heading in a row of its own.
  case number
  /// The task's text.
  case task
  /// Names in a role.
  case role(Role)
  /// 完成时限.
  case deadline

  private static let names: [(String, TableColumn)] = [
    ("序号", .number), ("编号", .number), ("工作任务", .task), ("重点任务", .task), ("目标任务", .task),
    ("主要内容", .task), ("具体措施", .task), ("任务内容", .task), ("工作内容", .task), ("重点工作", .task),
    ("主要任务", .task), ("工作措施", .task), ("任务", .task),
    ("牵头领导", .role(.leadLeader)), ("责任领导", .role(.leadLeader)),
    ("分管市领导", .role(.leadLeader)), ("分管省领导", .role(.leadLeader)),
    ("分管区领导", .role(.leadLeader)), ("分管县领导", .role(.leadLeader)),
    ("分管领导", .role(.supervisingLeader)), ("牵头单位", .role(.leadUnit)),
    ("牵头部门", .role(.leadUnit)), ("责任单位", .role(.responsibleUnit)),
    ("配合单位", .role(.responsibleUnit)), ("责任部门", .role(.responsibleUnit)),
    ("配合部门", .role(.responsibleUnit)), ("参与单位", .role(.responsibleUnit)),
    ("协办单位", .role(.responsibleUnit)), ("完成时限", .deadline), ("时间节点", .deadline),
    ("完成时间", .deadline), ("时限要求", .deadline), ("时限", .deadline),
  ]

  /// The column a header cell names, ignoring a bracketed note (`责任单位(配合)`).
  public init?(header cell: String) {
    var text = cell
    if let open = text.firstIndex(where: { $0 == "(" || $0 == "【" }) {
      text = String(text[..<open])
    }
    guard let match = Self.names.first(where: { $0.0 == text }) else { return nil }
    self = match.1
  }

  /// The columns of a header row, or nil when the row is not one: a header names the task
  /// and at least one role.
  public static func header(_ cells: [String]) -> [TableColumn?]? {
    let columns = cells.map { TableColumn(header: $0) }
    guard columns.contains(.task),
      columns.contains(where: { if case .role = $0 { true } else { false } })
    else { return nil }
    return columns
  }
}
