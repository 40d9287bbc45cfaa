extension PolicySource {
    /// Sources on who can see what on Facebook and Instagram; ids follow the registry of the
    /// reference `audience-and-actions.md` (research of 2026-11-27).
    static let audience: [PolicySource] = [
        PolicySource(id: "A3", title: "Facebook Help, \"When I post something on Facebook, how do I choose who can see it?\"", date: "undated (2020s)",
                     urls: ["https://www.facebook.com/help/120939471321735"]),
        PolicySource(id: "A4", title: "Facebook Help, \"How do I set a default audience for my posts on Facebook?\"", date: "undated (2019 or later)",
                     urls: ["https://www.facebook.com/help/336801584336688"]),
        PolicySource(id: "A6", title: "Facebook newsroom on new people's default audience, as quoted by the Future of Privacy Forum", date: "2014-05-22",
                     urls: ["https://fpf.org/2014/05/22/facebook-making-more-privacy-friendly-changes/"]),
        PolicySource(id: "A17", title: "Dummies, \"How to Edit the Privacy Settings for Your Facebook Albums\"", date: "undated",
                     urls: ["https://www.dummies.com/social-media/facebook/how-to-edit-the-privacy-settings-for-your-facebook-albums/"]),
        PolicySource(id: "A19", title: "Facebook groups privacy: Public and Private, as reported", date: "2019-08-14",
                     urls: ["https://www.ready2fly.it/news/facebook-groups-public-and-private/"]),
        PolicySource(id: "A20", title: "Facebook Data Policy, \"public information\", as quoted", date: "2017-05-15",
                     urls: ["https://surprisinglives.net/2017/05/15/how-private-is-facebook/"]),
        PolicySource(id: "A23", title: "Facebook's Manage Activity and Activity log, as reported", date: "2020-06-02",
                     urls: ["https://www.iol.co.za/technology/software-and-internet/now-you-can-delete-old-facebook-posts-without-deleting-facebook-48868143"]),
        PolicySource(id: "A24", title: "Instagram on private accounts, as quoted by MacRumors", date: "2021-07-27",
                     urls: ["https://www.macrumors.com/2021/07/27/instagram-defaulting-accounts-for-young-users/"]),
        PolicySource(id: "A25", title: "Deseret News on Threads privacy", date: "2023-07-12",
                     urls: ["https://www.deseret.com/2023/7/12/23792561/how-does-threads-work/"]),
        PolicySource(id: "A28", title: "Republic World on the Threads Supplemental Privacy Policy", date: "2023-07-06",
                     urls: ["https://www.republicworld.com/technology-news/social-media-news/deleting-threads-meta-has-catch-your-entire-instagram-will-be-deleted-articleshow.html"]),
        PolicySource(id: "A33", title: "Facebook Reels default audience setting", date: "2025-01-01",
                     urls: ["https://www.newsbytesapp.com/news/science/guide-for-setting-default-audience-for-facebook-reels/story"]),
        PolicySource(id: "A35", title: "Facebook stories: choosing their audience", date: "2024-11-22",
                     urls: ["https://www.newsbytesapp.com/news/science/how-to-share-photo-or-video-to-facebook-story/story"]),
    ]

    /// The audience source with this id.
    static func audience(_ id: String) -> PolicySource {
        audience.first { $0.id == id }!
    }
}
