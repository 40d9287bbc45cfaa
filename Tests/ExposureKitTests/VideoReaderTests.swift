import Foundation
import Testing
@testable import ExposureKit

private typealias V = VideoBuilder
private typealias C = MetadataContainers

/// The video reader on generated files: each box kind, each pitfall, damaged and truncated files.
@Suite("Video: reading generated files")
struct VideoReaderTests {
    /// Reads bytes fed in chunks of `chunk`, as a zip member is streamed; the result must not depend on it.
    private func read(_ bytes: [UInt8], chunk: Int = 4096) -> FileInspection {
        var probe = EXIFProbe()
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            if case .done(let result) = probe.feed(Data(bytes[offset..<end])) { return result }
            offset = end
        }
        return probe.finish()
    }

    private func video(_ bytes: [UInt8]) throws -> FileVideo {
        let inspection = MediaInspector.inspect(data: Data(bytes))
        #expect(read(bytes, chunk: 7) == inspection, "the result depends on how the bytes are chunked")
        return try #require(inspection.video)
    }

    @Test("An iPhone clip: keys give location with altitude, make, model, software and a local time with its offset")
    func iPhoneKeys() throws {
        let inspection = MediaInspector.inspect(data: Data(V.iPhoneClip()))
        #expect(inspection.format == .quicktime)
        #expect(inspection.status == .yes)
        let video = try #require(inspection.video)
        #expect(video.latitude == 32.0929 && video.longitude == 34.862 && video.altitude == 28.516)
        #expect(video.locationSource == "keys/com.apple.quicktime.location.ISO6709")
        #expect(video.capturedAt == "2019-07-24T11:25:40+03:00")
        #expect(video.containerCreated == "2019-07-24T08:25:57Z")
        #expect([video.make, video.model, video.software] == ["Apple", "iPhone 6", "12.3"])
        #expect(video.width == 1920 && video.height == 1080)
        #expect(abs((video.duration ?? 0) - 2401.0 / 600) < 1e-9)
        #expect(inspection.exif?.dateTimeOriginal == "2019:07:24 11:25:40")
        #expect(inspection.exif?.gpsLatitude == 32.0929)
    }

    @Test("The movie header is found before and after the media data, with the same reading")
    func moovEitherSide() throws {
        let before = try video(V.iPhoneClip(moovFirst: true))
        let after = try video(V.iPhoneClip(moovFirst: false))
        #expect(before == after)
        #expect(before.movieRead)
    }

    @Test("Media data is skipped by its size, never held: 8 MiB of it leave the buffer at the header's size")
    func mediaDataIsNotBuffered() throws {
        let bytes = V.iPhoneClip(media: 8 * 1024 * 1024)
        var probe = EXIFProbe()
        var offset = 0
        var result: FileInspection?
        while offset < bytes.count, result == nil {
            let end = min(bytes.count, offset + 4096)
            if case .done(let done) = probe.feed(Data(bytes[offset..<end])) { result = done }
            offset = end
        }
        #expect((result ?? probe.finish()).status == .yes)
        #expect(probe.peakBufferedBytes < 64 * 1024)
    }

    @Test("A 64-bit media data size (size field 1) is followed to the movie header behind it")
    func largeSize() throws {
        let bytes = V.ftyp("3gp5", compatible: ["3gp5", "isom"]) + V.largeBox("mdat", Array(repeating: 1, count: 5000))
            + V.moov([V.mvhd(created: V.mac(1_603_484_849), duration: 1300), V.udta([V.text("©xyz", "+51.4169-000.0806/")])])
        let video = try video(bytes)
        #expect(video.latitude == 51.4169 && video.longitude == -0.0806 && video.altitude == nil)
        #expect(video.locationSource == "udta/©xyz")
        #expect(video.brand == "3gp5")
    }

    @Test("Size 0 means 'to the end': after the movie header that is fine, without one the file is unreadable")
    func sizeZero() throws {
        let header = V.moov([V.mvhd(created: V.mac(1_500_000_000), duration: 10), V.udta([V.text("©mak", "Nokia")])])
        let open = C.be32(0) + C.ascii("mdat") + Array(repeating: 9, count: 3000)
        let withHeader = MediaInspector.inspect(data: Data(V.ftyp() + header + open))
        #expect(withHeader.status == .yes)
        #expect(withHeader.video?.make == "Nokia")
        let without = MediaInspector.inspect(data: Data(V.ftyp() + open))
        #expect(without.status == .unreadable)
        #expect(without.problem?.contains("No movie header") == true)
        // Inside a container, size 0 ends that container and keeps what came before it.
        let terminated = V.ftyp() + V.moov([V.mvhd(created: 0, duration: 1), V.udta([V.text("©mod", "X1")]), C.be32(0) + C.ascii("free")])
        #expect(try video(terminated).model == "X1")
    }

    @Test("A fragmented MP4: metadata in the first moov, duration from mehd, fragments not walked")
    func fragmented() throws {
        let mvex = V.box("mvex", V.fullBox("mehd", C.be32(12_000)) + V.fullBox("trex", Array(repeating: 0, count: 20)))
        let moov = V.moov([V.mvhd(created: V.mac(1_600_000_000), duration: 0), mvex, V.trak(handler: "vide", format: "avc1", width: 640, height: 360),
                           V.udta([V.loci(latitude: 48.8584, longitude: 2.2945, altitude: 35)])])
        let fragments = (0..<3).flatMap { _ in V.box("moof", V.fullBox("mfhd", C.be32(1))) + V.mdat(500) }
        let video = try video(V.ftyp("iso5") + moov + fragments)
        #expect(video.fragmented)
        #expect(video.duration == 12)
        #expect(abs((video.latitude ?? 0) - 48.8584) < 1e-4 && abs((video.longitude ?? 0) - 2.2945) < 1e-4)
        #expect(video.altitude == 35)
        #expect(video.locationSource == "udta/loci")
    }

    @Test("mvhd version 1 carries 64-bit times past 2040; version 0 times from 1970 are patched; 0 means unset")
    func movieHeaderTimes() throws {
        let far: UInt64 = 2_366_841_600  // 2045-01-01
        let v1 = try video(V.ftyp() + V.moov([V.mvhd(version: 1, created: V.mac(far), timescale: 90_000, duration: 450_000)]))
        #expect(v1.containerCreated == "2045-01-01T00:00:00Z")
        #expect(v1.duration == 5)
        let unix = try video(V.ftyp() + V.moov([V.mvhd(created: 1_600_000_000, duration: 1)]))
        #expect(unix.containerCreated == "2020-09-13T12:26:40Z")
        let unset = try video(V.ftyp() + V.moov([V.mvhd(created: 0, duration: 1)]))
        #expect(unset.containerCreated == nil)
    }

    @Test("A container time alone, or an encoder name, is not capture metadata: status no")
    func containerTimeAlone() throws {
        let inspection = MediaInspector.inspect(data: Data(V.plainClip()))
        #expect(inspection.status == .no)
        #expect(inspection.video?.containerCreated == "2023-11-14T22:13:20Z")
        #expect(inspection.video?.encoder == "Lavf58.76.100")
        #expect(inspection.exif == nil)
    }

    @Test("Keys with an accuracy but no coordinates give no location")
    func keysWithoutGPS() throws {
        let bytes = V.ftyp("qt  ") + V.moov([
            V.mvhd(created: V.mac(1_608_601_543), duration: 6800),
            V.keys([("com.apple.quicktime.location.accuracy.horizontal", "65.000000"), ("com.apple.quicktime.make", "Apple"),
                    ("com.apple.quicktime.model", "iPhone 8"), ("com.apple.quicktime.creationdate", "2020-12-22T02:45:43+0100")]),
        ])
        let inspection = MediaInspector.inspect(data: Data(bytes))
        #expect(inspection.status == .yes)
        #expect(inspection.video?.hasLocation == false && inspection.video?.locationSource == nil)
        #expect(inspection.video?.capturedAt == "2020-12-22T02:45:43+01:00")
    }

    @Test("The (0, 0) placeholder is reported as a placeholder, not a location, and does not hide a real one")
    func placeholder() throws {
        let only = V.ftyp("3gp5") + V.moov([V.mvhd(created: V.mac(1_603_484_849), duration: 1300), V.udta([V.text("©xyz", "+00.0000+000.0000/")])])
        let inspection = MediaInspector.inspect(data: Data(only))
        #expect(inspection.status == .no)
        #expect(inspection.video?.locationPlaceholder == true && inspection.video?.latitude == nil)
        #expect(inspection.video?.locationSource == "udta/©xyz")
        let both = V.ftyp() + V.moov([
            V.mvhd(created: 0, duration: 1), V.udta([V.text("©xyz", "+00.0000+000.0000/"), V.loci(latitude: 52.36929, longitude: 6.67609, altitude: 10.53)]),
        ])
        let real = try video(both)
        #expect(real.locationPlaceholder == false && real.locationSource == "udta/loci")
        #expect(abs((real.latitude ?? 0) - 52.36929) < 2e-5 && abs((real.longitude ?? 0) - 6.67609) < 2e-5)
    }

    @Test("meta with version and flags (ffmpeg, in udta) and without (Apple, in moov) both read")
    func metaVersionFlags() throws {
        let pairs = [("com.apple.quicktime.model", "Pixel 7")]
        let apple = try video(V.ftyp() + V.moov([V.mvhd(created: 0, duration: 1), V.keys(pairs)]))
        let ffmpeg = try video(V.ftyp() + V.moov([V.mvhd(created: 0, duration: 1), V.udta([V.keys(pairs, versioned: true)])]))
        #expect(apple.model == "Pixel 7")
        #expect(ffmpeg.model == "Pixel 7")
    }

    @Test("iTunes items: ©xyz and ©day read by the mdir handler, and with no handler at all")
    func itunesItems() throws {
        for handler in [true, false] {
            let bytes = V.ftyp("qt  ") + V.moov([
                V.mvhd(created: 0, duration: 1), V.udta([V.itunes([("©xyz", "+33.9951-118.4762/"), ("©day", "2017-07-13T19:16:41Z")], handler: handler)]),
            ])
            let video = try video(bytes)
            #expect(video.latitude == 33.9951 && video.longitude == -118.4762)
            #expect(video.locationSource == "udta/meta/ilst/©xyz")
            #expect(video.capturedAt == "2017-07-13T19:16:41Z")
        }
    }

    @Test("Precedence: keys beat ©xyz beat loci; udta/date beats ©day; each source is named")
    func precedence() throws {
        let bytes = V.ftyp() + V.moov([
            V.mvhd(created: 0, duration: 1),
            V.udta([V.loci(latitude: 1, longitude: 2, altitude: 3), V.text("©xyz", "+10.5+020.25/"), V.text("©day", "2001-01-01"),
                    V.box("date", C.ascii("2020-11-20T15:04:02+0100"))]),
            V.keys([("com.apple.quicktime.location.ISO6709", "-35.2840+149.1215/")]),
        ])
        let video = try video(bytes)
        #expect(video.latitude == -35.284 && video.longitude == 149.1215)
        #expect(video.locationSource == "keys/com.apple.quicktime.location.ISO6709")
        #expect(video.capturedAt == "2020-11-20T15:04:02+01:00" && video.captureSource == "udta/date")
    }

    @Test("QuickTime text whose length counts its header, 3GPP strings in UTF-16, and ffmpeg's ©swr as encoder")
    func textLayouts() throws {
        let utf16Name: [UInt8] = [0xFE, 0xFF, 0, 0x50, 0, 0x61, 0, 0x72, 0, 0]  // "Par"
        let bytes = V.ftyp() + V.moov([
            V.mvhd(created: 0, duration: 1),
            V.udta([V.text("©mak", "PENTAX", lengthCountsHeader: true), V.text("©swr", "Lavf57.71.100"),
                    V.loci(latitude: -33.5, longitude: -70.25, altitude: 0, name: utf16Name),
                    V.fullBox("auth", C.be16(0x55C4) + C.ascii("FLIR One") + [0])]),
        ])
        let video = try video(bytes)
        #expect(video.make == "PENTAX")
        #expect(video.encoder == "Lavf57.71.100" && video.software == nil)
        #expect(video.latitude == -33.5 && video.longitude == -70.25)
        #expect(video.deviceName == "FLIR One")
    }

    @Test("ISO 6709 in its other forms: degrees and minutes, degrees minutes seconds, a CRS suffix; out of range is refused")
    func iso6709Forms() {
        let minutes = ISO6709("+4852.5+00217.7/")
        #expect(minutes.map { abs($0.latitude - 48.875) < 1e-9 && abs($0.longitude - (2 + 17.7 / 60)) < 1e-9 } == true)
        let seconds = ISO6709("-335230.5-0701500.0+12CRSWGS_84/")
        #expect(seconds.map { abs($0.latitude + (33 + 52.0 / 60 + 30.5 / 3600)) < 1e-9 && $0.altitude == 12 } == true)
        #expect(ISO6709("+91.0+010.0/") == nil)
        #expect(ISO6709("north") == nil)
    }

    @Test("GoPro: model and serial number from udta/GPMF, lens serial, and its GPS track noted, not decoded")
    func goPro() throws {
        func klv(_ key: String, _ text: String) -> [UInt8] {
            let bytes = C.ascii(text)
            return C.ascii(key) + [UInt8(ascii: "c"), 1] + C.be16(bytes.count) + bytes + Array(repeating: 0, count: (4 - bytes.count % 4) % 4)
        }
        let inner = klv("DVNM", "Global Settings") + klv("CASN", "C3353424500199") + klv("MINF", "GoPro Max")
        let gpmf = C.ascii("DEVC") + [0, 1] + C.be16(inner.count) + inner
        let bytes = V.ftyp("mp41") + V.mdat(4000) + V.moov([
            V.mvhd(created: V.mac(1_574_091_932), duration: 10_517),
            V.udta([V.box("FIRM", C.ascii("H19.03.01.30.00")), V.box("LENS", C.ascii("C33632245042171")), V.box("CAME", Array(repeating: 0, count: 16)),
                    V.box("GPMF", gpmf)]),
            V.trak(handler: "vide", format: "avc1", width: 848, height: 480), V.trak(handler: "meta", format: "gpmd"),
        ])
        let inspection = MediaInspector.inspect(data: Data(bytes))
        #expect(inspection.status == .yes)
        let video = try #require(inspection.video)
        #expect(video.model == "GoPro Max" && video.serialNumber == "C3353424500199" && video.software == "H19.03.01.30.00")
        #expect(video.timedMetadata == ["gpmd"])
        #expect(InspectionReport.text(InspectedFile(path: "gopro.mp4", inspection: inspection)).contains("may hold a GPS trail"))
    }

    @Test("A GPS trail only in a timed track: status no, and the takeaway says a track may hold one")
    func timedTrackOnly() {
        let bytes = V.ftyp("mp41") + V.moov([V.mvhd(created: V.mac(1_492_457_277), duration: 1), V.trak(handler: "meta", format: "camm")])
        let inspection = MediaInspector.inspect(data: Data(bytes))
        #expect(inspection.status == .no)
        #expect(InspectionReport.takeaway(inspection).contains("timed metadata track may hold a GPS trail"))
    }

    @Test("XMP: CreateDate and GPS in a top-level uuid box after the media data, and in udta/XMP_")
    func xmp() throws {
        let packet = C.ascii(#"<x:xmpmeta><rdf:Description xmp:CreateDate="2020-01-05T15:04Z" exif:GPSLatitude="52,31.5N" exif:GPSLongitude="13,24.3E"/></x:xmpmeta>"#)
        let moov = V.moov([V.mvhd(created: V.mac(1_578_236_640), duration: 1)])
        let topLevel = try video(V.ftyp("mp42") + moov + V.mdat(3000) + V.box("uuid", VideoXMP.uuid + packet))
        #expect(topLevel.capturedAt == "2020-01-05T15:04Z" && topLevel.captureSource == "uuid (XMP)")
        #expect(abs((topLevel.latitude ?? 0) - 52.525) < 1e-9 && abs((topLevel.longitude ?? 0) - 13.405) < 1e-9)
        let inUserData = try video(V.ftyp("qt  ") + V.moov([V.mvhd(created: 0, duration: 1), V.udta([V.box("XMP_", packet)])]))
        #expect(inUserData.captureSource == "udta/XMP_")
        #expect(MediaInspector.inspect(data: Data(V.ftyp("mp42") + moov + V.mdat(3000) + V.box("uuid", VideoXMP.uuid + packet))).exif?.dateTimeOriginal == "2020:01:05 15:04:00")
    }

    @Test("A file cut inside its media data, before the movie header, is unreadable with the reason")
    func truncatedWithoutMovie() {
        let whole = V.iPhoneClip(moovFirst: false)
        let cut = Array(whole.prefix(1500))
        let inspection = MediaInspector.inspect(data: Data(cut))
        #expect(inspection.status == .unreadable)
        #expect(inspection.problem?.contains("No movie header") == true)
        #expect(inspection.problem?.contains("cut short") == true)
        #expect(read(cut, chunk: 100) == inspection)
    }

    @Test("A file cut inside its movie header keeps what was read and says what was not")
    func truncatedInsideMovie() throws {
        let moov = V.moov([V.mvhd(created: V.mac(1_563_956_757), duration: 1), V.udta([V.text("©xyz", "+51.4169-000.0806/")]),
                           V.trak(handler: "vide", format: "avc1", width: 1280, height: 720)])
        let whole = V.ftyp() + V.mdat(2000) + moov
        let cut = Array(whole.prefix(whole.count - 30))  // inside the track
        let inspection = MediaInspector.inspect(data: Data(cut))
        #expect(inspection.status == .yes)
        #expect(inspection.video?.latitude == 51.4169)
        #expect(inspection.problem?.contains("ends inside its movie header") == true)
    }

    @Test("Impossible sizes: a top-level box smaller than its header; a box inside moov larger than moov")
    func damagedSizes() throws {
        let broken = V.ftyp() + C.be32(4) + C.ascii("mdat") + Array(repeating: 0, count: 100)
        let top = MediaInspector.inspect(data: Data(broken))
        #expect(top.status == .unreadable && top.problem?.contains("impossible size") == true)
        let inner = V.box("moov", V.mvhd(created: 0, duration: 1) + V.udta([V.text("©mod", "M1")]) + C.be32(5000) + C.ascii("trak") + [1, 2, 3])
        let kept = MediaInspector.inspect(data: Data(V.ftyp() + inner))
        #expect(kept.status == .yes && kept.video?.model == "M1")
        #expect(kept.problem?.contains("the boxes after it were not read") == true)
    }

    @Test("3GP and 3G2 brands and old movies without ftyp are read as videos")
    func formats() {
        #expect(MediaFormat.sniff(V.ftyp("3g2a", compatible: ["3g2a"])) == .mp4)
        let old = V.moov([V.mvhd(created: V.mac(1_123_768_634), duration: 1), V.udta([V.text("©inf", "PENTAX DIGITAL CAMERA   ")])]) + V.mdat(10)
        let inspection = MediaInspector.inspect(data: Data(old))
        #expect(inspection.format == .quicktime && inspection.status == .yes)
        #expect(inspection.video?.deviceName == "PENTAX DIGITAL CAMERA")
    }
}
