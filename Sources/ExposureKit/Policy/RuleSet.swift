/// A dated set of rules with the sources they cite, because Meta's practice changes and every
/// verdict must say which version of the rules produced it.
public struct RuleSet: Sendable {
    public let name: String
    /// The research date of the rules, shown with every verdict.
    public let version: String
    /// The newest evidence behind the rules; later changes by Meta are not reflected.
    public let evidenceCutoff: String
    /// In evaluation order.
    public let rules: [PolicyRule]
    public let sources: [PolicySource]

    /// The rules of the reference `ai-training-policy.md`, in its order.
    public static let current = RuleSet(
        name: "meta-genai-training", version: "2026-11-27", evidenceCutoff: "2025-10",
        rules: [
            .r01, .r02b, .r02, .r03, .r03b,
            .r04, .r05, .r05b, .r06,
            .k1, .k2, .k3, .k4, .k5, .k6, .k7, .k8,
            .r07a, .r07, .r08, .r09, .r15, .r15b, .r15c, .r15d,
            .r10a, .r10b, .r10c, .r11a, .r11b, .r11c,
            .r12a, .r12b, .r12c, .r12d, .r13, .r14,
        ],
        sources: PolicySource.registry
    )

    /// The source with this id, for showing its title and URLs.
    public func source(_ id: String) -> PolicySource? {
        sources.first { $0.id == id }
    }
}
