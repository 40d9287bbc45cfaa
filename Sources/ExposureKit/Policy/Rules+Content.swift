/// R01–R03b: content that is not a post, decided by what it is alone.
extension PolicyRule {
    static let r01 = PolicyRule(
        id: "R01", summary: "Media in private messages is not used.", sourceIDs: ["S1", "S3", "S9", "S20"]
    ) { input in
        input.item.content == .directMessage
            ? .decide(.verdict(.excluded, "Meta says private messages are not used to train its AI."))
            : .skip("Not a private message.")
    }

    static let r02b = PolicyRule(
        id: "R02b", summary: "EU with an objection: whether it covers Meta AI chats is not known.", sourceIDs: ["S3", "S9"]
    ) { input in
        guard input.item.content == .metaAIInteraction else { return .skip("Not sent to Meta AI.") }
        let inEU = input.region.map { $0 == .eu }
        let objected = input.objection.map { $0 != .notObjected }
        if inEU == false || objected == false { return .skip("Not an EU owner who objected.") }
        let missing = (inEU == nil ? [MissingFact.region] : []) + (objected == nil ? [.objection(input.item.platform)] : [])
        let reason = "No text says whether an EU objection also keeps interactions with Meta AI out of training."
        return missing.isEmpty ? .decide(.verdict(.unknown, reason)) : .open(.depends([.unknown], on: missing, reason))
    }

    static let r02 = PolicyRule(
        id: "R02", summary: "What people send to Meta AI is used.", sourceIDs: ["S3", "S5", "S8"]
    ) { input in
        input.item.content == .metaAIInteraction
            ? .decide(.verdict(.used, "Meta trains on people's interactions with Meta AI, including images sent to it."))
            : .skip("Not sent to Meta AI.")
    }

    static let r03 = PolicyRule(
        id: "R03", summary: "Camera-roll media neither edited with Meta AI nor shared is not used.", sourceIDs: ["S23"]
    ) { input in
        guard case .cameraRoll(let editedOrShared) = input.item.content else { return .skip("Not camera-roll media.") }
        let reason = "Meta says camera-roll media is not used to improve its AI unless edited with its AI tools or shared."
        switch editedOrShared {
        case false?: return .decide(.verdict(.excluded, reason, confidence: .medium))
        case nil: return .open(.depends([.excluded], on: [.cameraRollUse], reason))
        case true?: return .skip("It was edited with Meta AI or shared.")
        }
    }

    static let r03b = PolicyRule(
        id: "R03b", summary: "Camera-roll media edited with Meta AI or shared is used.", sourceIDs: ["S23"]
    ) { input in
        // Reached with `nil` only while R03 is open, that is, in the case where it was edited or shared.
        guard case .cameraRoll(let editedOrShared) = input.item.content, editedOrShared != false else {
            return .skip("Not camera-roll media that was edited with Meta AI or shared.")
        }
        let reason = "Meta says camera-roll media edited with its AI tools or shared can be used to improve its AI."
        return .decide(.verdict(.used, reason, confidence: .medium))
    }
}
