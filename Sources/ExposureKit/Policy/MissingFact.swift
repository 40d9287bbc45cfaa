/// A fact whose absence keeps a verdict `unknown`, so a report can tell the user what to set.
public enum MissingFact: Sendable, Hashable, CustomStringConvertible {
    /// The owner's region (`eu`, `uk`, `br`, `ch`, `row`).
    case region
    /// The owner's birth date, or whether they are an adult or a minor.
    case age
    /// Whether and when the owner objected on this platform.
    case objection(Platform)
    /// Who can see the item, now and since it was posted.
    case visibility
    /// When the item stopped being public.
    case publicUntil
    /// When the item was posted; the export does not say.
    case postedAt
    /// Whether the Instagram account is private.
    case accountPrivacy
    /// Whether camera-roll media was edited with Meta AI or shared.
    case cameraRollUse

    /// A stable name for storage and for tallies, such as `objection.instagram`.
    public var key: String {
        switch self {
        case .region: "region"
        case .age: "age"
        case .objection(let platform): "objection.\(platform.rawValue)"
        case .visibility: "visibility"
        case .publicUntil: "public_until"
        case .postedAt: "posted_at"
        case .accountPrivacy: "account_privacy"
        case .cameraRollUse: "camera_roll_use"
        }
    }

    /// The words a sentence uses for it.
    public var description: String {
        switch self {
        case .region: "your region"
        case .age: "your birth date (or whether you are an adult)"
        case .objection(let platform): "whether and when you objected on \(platform.displayName)"
        case .visibility: "who could see the item"
        case .publicUntil: "when the item stopped being public"
        case .postedAt: "when the item was posted"
        case .accountPrivacy: "whether the Instagram account is private"
        case .cameraRollUse: "whether the camera-roll item was edited with Meta AI or shared"
        }
    }
}

extension Platform {
    /// The platform's name as people write it.
    var displayName: String {
        switch self {
        case .facebook: "Facebook"
        case .instagram: "Instagram"
        }
    }
}
