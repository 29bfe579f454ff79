extension Document {
  /// Marks the document traditional and writes back, in its own characters, what a reader
  /// sees as written: task texts and names (beside their simplified forms), the title,
  /// headings, deadlines and targets' texts.
  mutating func keepWritten(_ restorer: ChineseScript.Restorer) {
    script = .traditional
    metadata.title = restorer.restoring(metadata.title)
    metadata.documentNumber = metadata.documentNumber.map(restorer.restoring)
    if var plan {
      for index in plan.tasks.indices {
        let written = restorer.restoring(plan.tasks[index].text)
        if written != plan.tasks[index].text { plan.tasks[index].textAsWritten = written }
        plan.tasks[index].deadlineText = plan.tasks[index].deadlineText.map(restorer.restoring)
        for k in plan.tasks[index].assignments.indices {
          var assignment = plan.tasks[index].assignments[k]
          let name = restorer.restoring(assignment.assignee.name)
          if name != assignment.assignee.name { assignment.nameAsWritten = name }
          assignment.writtenAs = restorer.restoring(assignment.writtenAs)
          plan.tasks[index].assignments[k] = assignment
        }
      }
      for index in plan.sections.indices {
        plan.sections[index].title = restorer.restoring(plan.sections[index].title)
        for k in plan.sections[index].subsections.indices {
          plan.sections[index].subsections[k].title = restorer.restoring(
            plan.sections[index].subsections[k].title)
        }
      }
      self.plan = plan
    }
    for index in targets.indices {
      targets[index].text = restorer.restoring(targets[index].text)
      targets[index].sentence = targets[index].sentence.map(restorer.restoring)
    }
  }
}
