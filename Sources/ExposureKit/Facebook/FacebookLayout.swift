/// Names the yearly layout of a Facebook export from where its JSON files sit, so the report can
/// say what was recognised.
enum FacebookLayout {
    /// Where a Facebook Page's export (2025 on) keeps its files; also seen for an additional profile.
    static let pageFolder = "this_profile's_activity_across_facebook/"

    private static let markers: [(folder: String, name: String)] = [
        ("personal_information/profile_information/your_facebook_activity/",
         "Facebook 2025, nested under personal_information/profile_information/"),
        (pageFolder, "Facebook Page or additional profile, 2025 on"),
        ("your_facebook_activity/", "Facebook 2024–2025 (your_facebook_activity/)"),
        ("your_activity_across_facebook/", "Facebook 2023 (your_activity_across_facebook/)"),
        ("photos_and_videos/", "Facebook 2018–2020 (photos_and_videos/)"),
        ("posts/", "Facebook 2020–2022 (posts/)"),
    ]

    /// The layout the recognised files follow; the first marker that any of them carries wins.
    static func name(for recognisedPaths: [String]) -> String {
        for marker in markers where recognisedPaths.contains(where: { $0.hasPrefix(marker.folder) }) {
            return marker.name
        }
        return "Facebook, unrecognised layout"
    }
}

/// Facebook's own album names for profile pictures and cover photos, in the languages we could source,
/// because photos in them are public whatever the user's other settings.
enum FacebookAlbumName {
    private static let profilePictures: Set<String> = [
        "profile pictures", "profile photos", "profilbilder", "photos de profil", "fotos del perfil",
        "fotos de perfil", "foto del profilo", "profielfoto's", "zdjęcia profilowe",
    ]
    private static let coverPhotos: Set<String> = [
        "cover photos", "titelbilder", "photos de couverture", "fotos de portada", "fotos da capa",
        "foto di copertina", "omslagfoto's", "zdjęcia w tle",
    ]

    /// `profile_picture` or `cover_photo` for those albums, nil for every other album.
    static func kind(of album: String) -> SourceKind? {
        let key = album.lowercased()
        if profilePictures.contains(key) { return .profilePicture }
        if coverPhotos.contains(key) { return .coverPhoto }
        return nil
    }

    /// Whether a profile-update title such as "Jane updated her cover photo." is about a cover photo.
    static func mentionsCover(_ title: String) -> Bool {
        let lower = title.lowercased()
        return ["cover", "titelbild", "couverture", "portada", "capa", "copertina", "omslag"]
            .contains { lower.contains($0) }
    }
}
