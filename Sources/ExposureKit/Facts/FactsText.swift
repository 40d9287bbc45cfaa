import GRDB

/// The facts and the explanation as the user reads them.
public enum FactsText {
    /// One line per fact with its origin, and the facts still missing.
    public static func text(_ records: [FactRecord]) -> String {
        let known = Dictionary(uniqueKeysWithValues: records.map { ($0.name, $0) })
        let names = [OwnerFacts.regionName, OwnerFacts.ageName] + Platform.allCases.map(OwnerFacts.objectionName)
        return names.map { name in
            guard let fact = known[name] else { return "\(name.padding(20))not set" }
            let origin = fact.origin == FactOrigin.user.rawValue ? "set by you" : "from the export"
            return "\(name.padding(20))\(fact.value) (\(origin)\(fact.detail.map { ", \($0)" } ?? ""))"
        }.joined(separator: "\n") + "\n"
    }
}

/// `exposure explain`'s text: which item, then the evaluation step by step.
public enum ExplainText {
    public static func text(for name: String, _ db: Database) throws -> String {
        let id = try ItemLookup.id(of: name, db)
        guard let item = try ItemRecord.fetchOne(db, key: id),
              let export = try ExportRecord.fetchOne(db, key: item.exportId),
              let evaluation = try Verdicts.evaluation(ofItem: id, db)
        else { throw ItemLookup.NotFound(name: name) }
        let header = [
            "Item \(id): \(item.archivePath)",
            "Export: \(export.name) (\(export.platform))",
            "Rule set of \(RuleSet.current.version), evidence up to \(RuleSet.current.evidenceCutoff)",
            "",
        ]
        return header.joined(separator: "\n") + "\n" + ExplanationRenderer.plainText(evaluation)
    }
}
