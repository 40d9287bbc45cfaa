import GRDB

extension ActionPlan {
    /// The plan for `exposure plan`: counted from groups of alike items, and with every covered item
    /// listed when `listingItems`, which reads every item once more.
    public static func fetch(_ db: Database, listingItems: Bool) throws -> ActionPlan {
        let groups = try ItemGroups(db)
        let listed = try ItemRow.fetchAll(db, at: groups.listed, sources: groups.sources)
        let inputs = try PlanInputs(db, groups: groups, listed: listed)
        let (plan, drafts) = build(inputs)
        return listingItems ? try withItems(plan, drafts, of: inputs.exportIds, db) : plan
    }

    /// The plan for a report that counted from groups and read the items it lists.
    static func fetch(_ db: Database, groups: ItemGroups, listed: [ItemRow]) throws -> ActionPlan {
        build(try PlanInputs(db, groups: groups, listed: listed)).plan
    }

    /// The plan for a report that read every item.
    static func fetch(_ db: Database, rows: [ItemRow]) throws -> ActionPlan {
        build(try PlanInputs(db, rows: rows)).plan
    }

    /// The plan with every item each group-counted step covers, read in one pass in report order.
    private static func withItems(_ plan: ActionPlan, _ drafts: [PlanDraft], of exports: Set<Int64>, _ db: Database) throws -> ActionPlan {
        var lists = drafts.map { $0.covers == nil ? nil : [PlanItem]() }
        let links = try PlanLinks(db)
        try ItemRow.forEach(db) { row in
            guard exports.contains(row.item.exportId) else { return }
            let subject = PlanSubject(row)
            for (index, draft) in drafts.enumerated() where draft.covers?(subject) == true {
                lists[index]?.append(PlanItem(row, link: try links.link(row.item.id!), change: nil))
            }
        }
        var plan = plan
        for index in plan.actions.indices where lists[index] != nil { plan.actions[index].itemList = lists[index] }
        return plan
    }
}

extension PlanInputs {
    init(_ db: Database, groups: ItemGroups, listed: [ItemRow]) throws {
        let platforms = Dictionary(uniqueKeysWithValues: try ExportRecord.fetchAll(db).compactMap { export in
            Platform(rawValue: export.platform).map { (export.id!, $0) }
        })
        let subjects = groups.groups.compactMap { key, group -> (PlanSubject, Int)? in
            guard let platform = platforms[key.exportId] else { return nil }
            let subject = PlanSubject(
                exportId: key.exportId, platform: platform, kinds: key.sources.kinds, visibility: key.visibility,
                wasPublic: key.wasPublic, verdict: key.aiTraining, rule: key.aiRule, missing: key.aiMissing,
                givesSomethingAway: !key.filled.isDisjoint(with: .givesSomethingAway))
            return (subject, group.count)
        }
        let profiles = try ItemRow.fetchAll(db, at: try Self.profilePlaces(db), sources: groups.sources)
        try self.init(db, subjects: subjects, listed: listed, profiles: profiles,
                      lastPosted: groups.posted.mapValues(\.last))
    }

    init(_ db: Database, rows: [ItemRow]) throws {
        var lastPosted: [Int64: String] = [:]
        for row in rows {
            if let posted = row.item.postedAt, posted > lastPosted[row.item.exportId] ?? "" { lastPosted[row.item.exportId] = posted }
        }
        try self.init(db, subjects: rows.map { (PlanSubject($0), 1) }, listed: rows.filter { $0.item.exposureTier != nil },
                      profiles: rows.filter { PlanSubject.Spot($0.sources) == .profile }, lastPosted: lastPosted)
    }

    /// Keeps the items of the newest export of each platform only: an older export shows how things
    /// were, and the newer one whether a step has taken effect.
    private init(_ db: Database, subjects: [(PlanSubject, Int)], listed: [ItemRow], profiles: [ItemRow],
                 lastPosted: [Int64: String]) throws {
        let newest = try ExportRecord.newestByPlatform(db, lastPosted: lastPosted)
        let exportIds = Set(newest.values.map { $0.id! })
        let links = try PlanLinks(db)
        let exposed = ExposureOrder.sorted(listed.filter { exportIds.contains($0.item.exportId) })
            .filter { PlanSubject.Spot($0.sources) != .profile && $0.item.exposureTier != nil }
        self.init(
            facts: try OwnerFacts.policyFacts(db), exports: newest.values.map(\.name).sorted(), exportIds: exportIds,
            subjects: subjects.filter { exportIds.contains($0.0.exportId) },
            exposed: try exposed.map { PlanItem($0, link: try links.link($0.item.id!), change: PlanItems.change($0.item.giveaways)) },
            profilePhotos: try ProfilePhoto.all(profiles.filter { exportIds.contains($0.item.exportId) }, links),
            instagram: try newest[.instagram].map { try InstagramAccountState($0, db) })
    }

    /// Where the profile pictures and cover photos are, found through the mentions that name them.
    private static func profilePlaces(_ db: Database) throws -> [ItemGroups.Place] {
        let sql = """
            SELECT exportId, archivePath, id FROM item WHERE id IN
            (SELECT itemId FROM itemSource WHERE kind IN ('\(SourceKind.profilePicture.rawValue)', '\(SourceKind.coverPhoto.rawValue)'))
            """
        return try Row.fetchAll(db, sql: sql).map { ItemGroups.Place(exportId: $0[0], path: $0[1], id: $0[2]) }
    }
}

extension ProfilePhoto {
    /// The photos, each marked current when it is the newest of its kind in its export.
    static func all(_ rows: [ItemRow], _ links: PlanLinks) throws -> [ProfilePhoto] {
        let slots = Dictionary(grouping: rows) { "\($0.item.exportId) \($0.sources.contains(.profilePicture))" }
        let current = Set(slots.values.compactMap { photos in
            photos.max { ($0.item.postedAt ?? "", $0.item.archivePath) < ($1.item.postedAt ?? "", $1.item.archivePath) }?.item.id!
        })
        return try rows.map { row in
            ProfilePhoto(
                item: PlanItem(row, link: try links.link(row.item.id!), change: "Restrict its audience (⋯ → Edit post audience), or delete it."),
                isCurrent: current.contains(row.item.id!), isPublic: row.item.isPublic)
        }
    }
}

extension ExportRecord {
    /// The export of each platform with the newest posting, by name when that ties.
    static func newestByPlatform(_ db: Database, lastPosted: [Int64: String]) throws -> [Platform: ExportRecord] {
        var newest: [Platform: ExportRecord] = [:]
        for export in try ExportRecord.fetchAll(db) {
            guard let platform = Platform(rawValue: export.platform) else { continue }
            func key(_ record: ExportRecord) -> (String, String) { (lastPosted[record.id!] ?? "", record.name) }
            if newest[platform].map({ key($0) < key(export) }) ?? true { newest[platform] = export }
        }
        return newest
    }
}

extension InstagramAccountState {
    /// What the export says about the account's privacy.
    init(_ export: ExportRecord, _ db: Database) throws {
        let flag = try AccountFactRecord
            .filter(Column("exportId") == export.id! && Column("name") == AccountPrivacy.privateAccount).fetchOne(db)
        self.init(exportId: export.id!, exportName: export.name, isPrivate: flag.map { $0.value == "true" })
    }
}

extension PlanItem {
    init(_ row: ItemRow, link: String?, change: String?) {
        self.init(
            platform: row.platform, export: row.exportName, path: row.item.archivePath, postedAt: row.item.postedAt,
            aiTraining: row.item.aiTraining, gives: row.item.giveaways, link: link, change: change)
    }
}

/// The links the export gives for items, kept only when they open the item on Facebook or Instagram.
struct PlanLinks {
    private let statement: Statement

    init(_ db: Database) throws {
        statement = try db.cachedStatement(sql: "SELECT link FROM itemSource WHERE itemId = ? AND link IS NOT NULL ORDER BY kind")
    }

    func link(_ itemId: Int64) throws -> String? {
        try String.fetchAll(statement, arguments: [itemId]).first(where: PlatformLink.opensOnPlatform)
    }
}
