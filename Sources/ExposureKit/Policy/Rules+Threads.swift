/// R15: Threads, which Meta's AI-training statements in the rule set do not name.
extension PolicyRule {
    static let r15 = PolicyRule(
        id: "R15", summary: "Threads posts: no statement in the rule set names Threads; unknown.", sourceIDs: ["S8"]
    ) { input in
        guard input.item.kinds == [.threads] else { return .skip("Not only a Threads post.") }
        return .decide(.verdict(.unknown,
            "Meta's statements name Facebook and Instagram; its EU notice covers public information shared in \"Meta Products\", but none names Threads."))
    }
}
