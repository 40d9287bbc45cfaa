/// One fact the user has not set, how many verdicts stay `unknown` for want of it, and the command
/// that sets it, so every report ends with something the user can do.
public struct MissingFactLine: Sendable, Codable {
    /// Why the verdicts wait, in the words of a sentence, such as "your region is not set".
    public let fact: String
    public let unknownItems: Int
    /// The command that sets it, such as `exposure facts set --region …`.
    public let command: String

    public init(fact: String, unknownItems: Int, command: String) {
        self.fact = fact
        self.unknownItems = unknownItems
        self.command = command
    }

    /// "412 items are unknown because your region is not set: exposure facts set --region …"
    public var sentence: String {
        let items = unknownItems == 1 ? "1 item is" : "\(Count.text(unknownItems)) items are"
        return "\(items) unknown because \(fact): \(command)"
    }
}
