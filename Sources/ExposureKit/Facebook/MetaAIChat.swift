/// Reads a chat with Meta AI (`messages/inbox/metaai_<id>/message_N.json`, Messenger's thread shape):
/// the photos and videos the owner sent are items, because Meta trains on what people send to Meta AI.
enum MetaAIChat {
    /// The name Meta AI's own messages carry as `sender_name`.
    static let assistantName = "Meta AI"

    /// The owner's media of one message (`photos[]`, `videos[]`), dated by the message.
    static func findings(in message: JSONValue, file: String) -> [Finding] {
        guard message["sender_name"].text != assistantName else { return [] }
        let time = MetaTime.date(message["timestamp_ms"].double.map { .number($0 / 1000) } ?? .null)
        return attachments(of: message).compactMap { media in
            guard var finding = FacebookMedia.finding(media.object, kind: .metaAI, file: file) else { return nil }
            finding.mediaType = finding.mediaType ?? media.type
            finding.caption = message["content"].text ?? finding.caption
            finding.postedAt = time ?? finding.createdAt
            return finding
        }
    }

    /// Media in Meta AI's own replies: named by the export, so explained, but not the owner's.
    static func replyMedia(of message: JSONValue) -> [String] {
        guard message["sender_name"].text == assistantName else { return [] }
        return attachments(of: message).compactMap { $0.object["uri"].rawString }
    }

    private static func attachments(of message: JSONValue) -> [(object: JSONValue, type: MediaType)] {
        message["photos"].elements.map { ($0, .photo) } + message["videos"].elements.map { ($0, .video) }
    }
}
