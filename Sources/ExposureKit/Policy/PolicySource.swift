/// A public statement a rule rests on, so every verdict can point the user to where it comes from.
public struct PolicySource: Sendable, Hashable, Identifiable {
    /// The id of the reference's source registry, such as `S12`.
    public let id: String
    public let title: String
    /// When it was published, as precisely as known.
    public let date: String
    /// The original first, then faithful copies; empty when there is no single page.
    public let urls: [String]
}
