/// Reads Instagram's chats with Meta AI (`messages/ai_conversations/`, `your_instagram_activity/ai/`),
/// whose shape no sampled export shows (media-sources.md I13): Messenger's thread shape when the file
/// has `messages`, else every media object at any depth. What is sent to Meta AI is used (R02).
enum InstagramAIChat {
    static func findings(_ json: JSONValue, file: String) -> [Finding] {
        if let messages = json["messages"].array {
            return messages.flatMap { MetaAIChat.findings(in: $0, file: file) }
        }
        return MediaObject.all(in: json).compactMap { InstagramMedia.finding($0, kind: .metaAI, file: file) }
    }
}
