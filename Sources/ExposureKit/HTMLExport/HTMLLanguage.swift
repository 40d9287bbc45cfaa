/// Month names and metadata labels in the languages Meta writes its HTML pages in, because an HTML
/// export is written in the account's language and its dates and labels with it.
///
/// Observed in real exports (docs/html-export.md cites them): English, French, Spanish, Russian and
/// Italian labels, and French, Spanish, Russian and Italian month tokens. The German, Portuguese,
/// Dutch and Polish entries are those languages' usual names and abbreviations, not yet seen in an export.
struct HTMLLanguage: Sendable {
    let code: String
    /// The tokens of each month, January first: full names, genitive forms and abbreviations, lower case, no dot.
    let months: [[String]]
    let labels: [String: HTMLLabel]

    /// The month (1–12) a word names in this language.
    func month(_ word: String) -> Int? {
        months.firstIndex { $0.contains(word) }.map { $0 + 1 }
    }
}

/// What a row of a metadata table is about, whatever language its label is in.
enum HTMLLabel: String, Sendable, CaseIterable {
    case taken, modified, cameraMake, cameraModel, orientation, originalWidth, originalHeight, exposure, fStop,
         isoSpeed, focalLength, latitude, longitude, uploadIP
    // Instagram
    case dateTaken, deviceID, sourceType, cameraPosition, hasCameraMetadata, taggedUsers, software,
         sceneCaptureType, exifDate, musicGenre, subtitles

    /// The key Meta's JSON export uses for the same value, so both formats keep the same fields.
    var jsonKey: String {
        switch self {
        case .taken: "taken_timestamp"
        case .modified: "modified_timestamp"
        case .cameraMake: "camera_make"
        case .cameraModel: "camera_model"
        case .orientation: "orientation"
        case .originalWidth: "original_width"
        case .originalHeight: "original_height"
        case .exposure: "exposure"
        case .fStop: "f_stop"
        case .isoSpeed: "iso_speed"
        case .focalLength: "focal_length"
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .uploadIP: "upload_ip"
        case .dateTaken: "date_time_original"
        case .deviceID: "device_id"
        case .sourceType: "source_type"
        case .cameraPosition: "camera_position"
        case .hasCameraMetadata: "has_camera_metadata"
        case .taggedUsers: "tagged_users"
        case .software: "software"
        case .sceneCaptureType: "scene_capture_type"
        case .exifDate: "date_time"
        case .musicGenre: "music_genre"
        case .subtitles: "subtitles"
        }
    }
}

extension HTMLLanguage {
    /// Every language Exposure knows, English first.
    static let all: [HTMLLanguage] = [english, french, german, spanish, italian, portuguese, dutch, polish, russian]

    /// The language of a locale code such as `fr_FR` or `pt-BR`, if Exposure knows it.
    static func named(_ locale: String) -> HTMLLanguage? {
        let code = locale.prefix(2).lowercased()
        return all.first { $0.code == code }
    }

    static let english = HTMLLanguage(
        code: "en",
        months: [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                 ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
                 ["october", "oct"], ["november", "nov"], ["december", "dec"]],
        labels: [
            "taken": .taken, "modified": .modified, "camera make": .cameraMake, "camera model": .cameraModel,
            "orientation": .orientation, "original width": .originalWidth, "original height": .originalHeight,
            "exposure": .exposure, "f-stop": .fStop, "iso speed": .isoSpeed, "focal length": .focalLength,
            "latitude": .latitude, "longitude": .longitude, "upload ip address": .uploadIP,
            "date taken": .dateTaken, "device id": .deviceID, "source type": .sourceType,
            "camera position": .cameraPosition, "has camera metadata": .hasCameraMetadata,
            "tagged users": .taggedUsers, "software": .software, "scene capture type": .sceneCaptureType,
            "date": .exifDate, "music genre": .musicGenre, "subtitles": .subtitles,
        ])

    static let french = HTMLLanguage(
        code: "fr",
        months: [["janvier", "janv", "jan"], ["février", "févr", "fév", "fevrier", "fevr"], ["mars", "mar"],
                 ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"], ["août", "aout"],
                 ["septembre", "sept", "sep"], ["octobre", "oct"], ["novembre", "nov"], ["décembre", "déc", "dec"]],
        labels: [
            "date de création": .taken, "date de modification": .modified, "marque de l’appareil photo": .cameraMake,
            "marque de l'appareil photo": .cameraMake, "modèle de l’appareil photo": .cameraModel,
            "modèle de l'appareil photo": .cameraModel, "orientation": .orientation, "largeur d’origine": .originalWidth,
            "largeur d'origine": .originalWidth, "hauteur d’origine": .originalHeight, "hauteur d'origine": .originalHeight,
            "exposition": .exposure, "ouverture": .fStop, "sensibilité iso": .isoSpeed, "distance focale": .focalLength,
            "latitude": .latitude, "longitude": .longitude, "adresse ip de la source": .uploadIP,
            "date de la prise de vue": .dateTaken, "identifiant de l’appareil": .deviceID,
            "identifiant de l'appareil": .deviceID, "type de source": .sourceType,
            "position de la caméra": .cameraPosition, "contient des métadonnées de caméra": .hasCameraMetadata,
            "personnes identifiées": .taggedUsers, "logiciel": .software, "sous-titres": .subtitles,
        ])

    static let german = HTMLLanguage(
        code: "de",
        months: [["januar", "jan", "jänner"], ["februar", "feb"], ["märz", "mär", "mrz"], ["april", "apr"], ["mai"],
                 ["juni", "jun"], ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"],
                 ["oktober", "okt"], ["november", "nov"], ["dezember", "dez"]],
        labels: [
            "aufgenommen": .taken, "geändert": .modified, "kamerahersteller": .cameraMake, "kameramodell": .cameraModel,
            "ausrichtung": .orientation, "ursprüngliche breite": .originalWidth, "ursprüngliche höhe": .originalHeight,
            "belichtung": .exposure, "blende": .fStop, "iso-empfindlichkeit": .isoSpeed, "brennweite": .focalLength,
            "breitengrad": .latitude, "längengrad": .longitude, "ip-adresse beim hochladen": .uploadIP,
            "aufnahmedatum": .dateTaken, "geräte-id": .deviceID, "quellentyp": .sourceType,
            "kameraposition": .cameraPosition, "hat kamera-metadaten": .hasCameraMetadata,
            "markierte personen": .taggedUsers, "untertitel": .subtitles,
        ])

    static let spanish = HTMLLanguage(
        code: "es",
        months: [["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"], ["mayo", "may"],
                 ["junio", "jun"], ["julio", "jul"], ["agosto", "ago"], ["septiembre", "sept", "sep", "setiembre", "set"],
                 ["octubre", "oct"], ["noviembre", "nov"], ["diciembre", "dic"]],
        labels: [
            "hecha": .taken, "fecha de captura": .taken, "fecha de modificación": .modified,
            "marca de la cámara": .cameraMake, "modelo": .cameraModel, "modelo de la cámara": .cameraModel,
            "orientación": .orientation, "ancho original": .originalWidth, "altura original": .originalHeight,
            "exposición": .exposure, "número f": .fStop, "velocidad iso": .isoSpeed, "distancia focal": .focalLength,
            "latitud": .latitude, "longitud": .longitude, "dirección ip de subida": .uploadIP,
            "subir dirección ip": .uploadIP, "fecha de la toma": .dateTaken, "id. del dispositivo": .deviceID,
            "tipo de origen": .sourceType, "posición de la cámara": .cameraPosition,
            "usuarios etiquetados": .taggedUsers, "subtítulos": .subtitles,
        ])

    static let italian = HTMLLanguage(
        code: "it",
        months: [["gennaio", "gen"], ["febbraio", "feb"], ["marzo", "mar"], ["aprile", "apr"], ["maggio", "mag"],
                 ["giugno", "giu"], ["luglio", "lug"], ["agosto", "ago"], ["settembre", "set"], ["ottobre", "ott"],
                 ["novembre", "nov"], ["dicembre", "dic"]],
        labels: [
            "scattata": .taken, "data dello scatto": .taken, "modificata": .modified, "marca della fotocamera": .cameraMake,
            "modello della fotocamera": .cameraModel, "orientamento": .orientation, "larghezza originale": .originalWidth,
            "altezza originale": .originalHeight, "esposizione": .exposure, "apertura": .fStop,
            "sensibilità iso": .isoSpeed, "lunghezza focale": .focalLength, "latitudine": .latitude,
            "longitudine": .longitude, "indirizzo ip di caricamento": .uploadIP,
            "data di registrazione": .dateTaken, "id del dispositivo": .deviceID, "tipo di origine": .sourceType,
            "posizione della fotocamera": .cameraPosition, "ha i metadati della fotocamera": .hasCameraMetadata,
            "utenti taggati": .taggedUsers, "sottotitoli": .subtitles,
        ])

    static let portuguese = HTMLLanguage(
        code: "pt",
        months: [["janeiro", "jan"], ["fevereiro", "fev"], ["março", "mar"], ["abril", "abr"], ["maio", "mai"],
                 ["junho", "jun"], ["julho", "jul"], ["agosto", "ago"], ["setembro", "set"], ["outubro", "out"],
                 ["novembro", "nov"], ["dezembro", "dez"]],
        labels: [
            "tirada": .taken, "data da captura": .taken, "modificada": .modified, "marca da câmera": .cameraMake,
            "modelo da câmera": .cameraModel, "orientação": .orientation, "largura original": .originalWidth,
            "altura original": .originalHeight, "exposição": .exposure, "abertura": .fStop,
            "velocidade iso": .isoSpeed, "distância focal": .focalLength, "latitude": .latitude,
            "longitude": .longitude, "endereço ip de carregamento": .uploadIP, "id do dispositivo": .deviceID,
            "tipo de origem": .sourceType, "posição da câmera": .cameraPosition,
            "usuários marcados": .taggedUsers, "legendas": .subtitles,
        ])

    static let dutch = HTMLLanguage(
        code: "nl",
        months: [["januari", "jan"], ["februari", "feb"], ["maart", "mrt"], ["april", "apr"], ["mei"],
                 ["juni", "jun"], ["juli", "jul"], ["augustus", "aug"], ["september", "sep", "sept"],
                 ["oktober", "okt"], ["november", "nov"], ["december", "dec"]],
        labels: [
            "gemaakt": .taken, "gewijzigd": .modified, "cameramerk": .cameraMake, "cameramodel": .cameraModel,
            "oriëntatie": .orientation, "oorspronkelijke breedte": .originalWidth,
            "oorspronkelijke hoogte": .originalHeight, "belichting": .exposure, "diafragma": .fStop,
            "iso-waarde": .isoSpeed, "brandpuntsafstand": .focalLength, "breedtegraad": .latitude,
            "lengtegraad": .longitude, "ip-adres bij uploaden": .uploadIP, "apparaat-id": .deviceID,
            "brontype": .sourceType, "camerapositie": .cameraPosition, "getagde gebruikers": .taggedUsers,
            "ondertiteling": .subtitles,
        ])

    static let polish = HTMLLanguage(
        code: "pl",
        months: [["styczeń", "stycznia", "sty"], ["luty", "lutego", "lut"], ["marzec", "marca", "mar"],
                 ["kwiecień", "kwietnia", "kwi"], ["maj", "maja"], ["czerwiec", "czerwca", "cze"],
                 ["lipiec", "lipca", "lip"], ["sierpień", "sierpnia", "sie"], ["wrzesień", "września", "wrz"],
                 ["październik", "października", "paź"], ["listopad", "listopada", "lis"],
                 ["grudzień", "grudnia", "gru"]],
        labels: [
            "zrobiono": .taken, "zmodyfikowano": .modified, "producent aparatu": .cameraMake,
            "model aparatu": .cameraModel, "orientacja": .orientation, "oryginalna szerokość": .originalWidth,
            "oryginalna wysokość": .originalHeight, "ekspozycja": .exposure, "przysłona": .fStop,
            "czułość iso": .isoSpeed, "ogniskowa": .focalLength, "szerokość geograficzna": .latitude,
            "długość geograficzna": .longitude, "adres ip przesyłania": .uploadIP, "identyfikator urządzenia": .deviceID,
            "typ źródła": .sourceType, "pozycja aparatu": .cameraPosition, "oznaczeni użytkownicy": .taggedUsers,
            "napisy": .subtitles,
        ])

    static let russian = HTMLLanguage(
        code: "ru",
        months: [["январь", "января", "янв"], ["февраль", "февраля", "фев"], ["март", "марта", "мар"],
                 ["апрель", "апреля", "апр"], ["май", "мая"], ["июнь", "июня", "июн"], ["июль", "июля", "июл"],
                 ["август", "августа", "авг"], ["сентябрь", "сентября", "сен", "сент"], ["октябрь", "октября", "окт"],
                 ["ноябрь", "ноября", "ноя", "нояб"], ["декабрь", "декабря", "дек"]],
        labels: [
            "дата съемки": .taken, "дата съёмки": .taken, "изменено": .modified, "производитель камеры": .cameraMake,
            "модель камеры": .cameraModel, "ориентация": .orientation, "исходная ширина": .originalWidth,
            "исходная высота": .originalHeight, "экспозиция": .exposure, "диафрагма": .fStop,
            "светочувствительность iso": .isoSpeed, "фокусное расстояние": .focalLength, "широта": .latitude,
            "долгота": .longitude, "ip-адрес загрузки": .uploadIP, "id устройства": .deviceID,
            "тип источника": .sourceType, "положение камеры": .cameraPosition,
            "отмеченные пользователи": .taggedUsers, "субтитры": .subtitles,
        ])
}
