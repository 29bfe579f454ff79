/// One assignee named in one role on one task.
public struct Assignment: Codable, Hashable, Sendable {
  /// Who is named, under their canonical name.
  public var assignee: Assignee
  /// The role they are named in.
  public var role: Role
  /// Whether the list this name came from ends in 等 ("and others"): the plan does not
  /// name everyone.
  public var openList: Bool
  /// The name exactly as the document wrote this list item (after text normalization),
  /// before ellipsis resolution and alias tables.
  public var writtenAs: String
  /// The line the field stands on in the original input.
  public var line: Int
  /// The assignee's name in the document's own characters, when that differs from
  /// `assignee.name` (a plan in traditional characters); the name is simplified, the key
  /// documents are matched by.
  public var nameAsWritten: String?

  /// Creates an assignment.
  public init(assignee: Assignee, role: Role, openList: Bool = false, writtenAs: String, line: Int)
  {
    self.assignee = assignee
    self.role = role
    self.openList = openList
    self.writtenAs = writtenAs
    self.line = line
  }
}
