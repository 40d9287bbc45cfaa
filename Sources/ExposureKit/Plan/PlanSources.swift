/// The sources of `audience-and-actions.md` that the plan cites beside the rules' own: Meta's help
/// pages and the reporting on settings and forms, with the reference's ids (A…) and dates.
enum PlanSources {
    /// The reference's research date: every settings path is "as of" this day.
    static let asOf = "2026-11-27"

    static let registry: [PolicySource] = [
        PolicySource(id: "A1", title: "Facebook Help, \"What's considered public information?\"", date: "undated (crawled by 2026-11-27)",
                     urls: ["http://www.facebook.com/help/167709519956542"]),
        PolicySource(id: "A2", title: "Facebook Help, \"Add a Profile Picture & Cover Photo\"", date: "undated (Timeline era, about 2013–2016)",
                     urls: ["https://www.facebook.com/help/timeline/cover"]),
        PolicySource(id: "A3", title: "Facebook Help, \"When I post something on Facebook, how do I choose who can see it?\"", date: "undated (2020s)",
                     urls: ["https://www.facebook.com/help/120939471321735"]),
        PolicySource(id: "A7", title: "Guide quoting Facebook's Limit Past Posts dialog: tags, no undo", date: "2013-10",
                     urls: ["https://kb.d-pit.com/index.php/security/personal-sec/3433-how-to-lock-down-facebook-privacy-now-that-old-posts-are-searchable"]),
        PolicySource(id: "A9", title: "Business Insider on limiting old posts", date: "2012-02",
                     urls: ["https://www.businessinsider.com/how-to-make-sure-7-million-people-cant-see-your-facebook-profile-2012-2"]),
        PolicySource(id: "A10", title: "Grokipedia, \"Limit Past Posts (Facebook)\" (weak: AI-written, cites the Help Center)", date: "2025/2026",
                     urls: ["https://grokipedia.com/page/Limit_Past_Posts_Facebook"]),
        PolicySource(id: "A11", title: "nikcomm blog: Limit Past Posts changed albums too (weak: one user's report)", date: "2013-04",
                     urls: ["http://www.nikcomm.ca/blog/2013/04/some-useful-facebook-privacy.html"]),
        PolicySource(id: "A13", title: "Blog quoting Facebook's pop-up on profile-picture privacy", date: "2012",
                     urls: ["http://realtimetricks.com/tag/profile-picture"]),
        PolicySource(id: "A18", title: "howtoraj: per-photo \"Edit post audience\" steps (weak)", date: "2020s",
                     urls: ["https://howtoraj.com/change-facebook-photo-privacy/"]),
        PolicySource(id: "A23", title: "Facebook's Manage Activity: archive (only you) and trash, as reported", date: "2020-06-02",
                     urls: ["https://www.ibtimes.com/facebooks-new-manage-activity-feature-everything-know-2987151"]),
        PolicySource(id: "A24", title: "Instagram blog on private accounts, as quoted by MacRumors", date: "2021-07-27",
                     urls: ["https://www.macrumors.com/2021/07/27/instagram-defaulting-accounts-for-young-users/"]),
        PolicySource(id: "A25", title: "Deseret News: what a private Threads profile still shows", date: "2023-07-12",
                     urls: ["https://www.deseret.com/2023/7/12/23792561/how-does-threads-work/"]),
        PolicySource(id: "A33", title: "NewsBytes: the default audience of Facebook reels", date: "2025-01-01",
                     urls: ["https://www.newsbytesapp.com/news/science/guide-for-setting-default-audience-for-facebook-reels/story"]),
        PolicySource(id: "A35", title: "NewsBytes: the audience of Facebook stories", date: "2024-11-22",
                     urls: ["https://www.newsbytesapp.com/news/science/how-to-share-photo-or-video-to-facebook-story/story"]),
        PolicySource(id: "A29", title: "Brazil: Meta's December 2025 update and the objection form, as reported", date: "2025-11-15 / 2025-12-16",
                     urls: ["https://nanobits.tv.br/tutoriais/impedir-facebook-usar-fotos-instagram-threads-ia-link-direto"]),
        PolicySource(id: "A30", title: "Guides to the EU objection path and form", date: "2025-04 / 2025-05-08",
                     urls: ["https://www.mgillion.be/articles/08-05-2025"]),
        PolicySource(id: "A31", title: "Meta Help, \"Information about objections and how you can object on Meta Products\"", date: "undated",
                     urls: ["https://www.meta.com/help/quest/126192406164229/"]),
        PolicySource(id: "S25", title: "The \"Generative AI Data Subject Rights\" form, as reported", date: "2023-09-01",
                     urls: ["https://www.news18.com/tech/stop-meta-from-using-your-personal-data-to-train-its-ai-models-heres-how-8559254.html"]),
    ]

    /// The sources with these ids, from the rules' registry or the plan's, in the order given.
    static func cite(_ ids: [String]) -> [PlanSource] {
        ids.compactMap { id in
            (PolicySource.registry + registry).first { $0.id == id }.map {
                PlanSource(id: $0.id, title: $0.title, date: $0.date, url: $0.urls.first)
            }
        }
    }
}
