#!/usr/bin/env python3
"""Generates a synthetic Meta "Download Your Information" export for the benchmark.

Two zips are written to OUT: a Facebook export in the 2024 layout and an Instagram export in the
2025 layout, holding N photos between them (2/3 Facebook, 1/3 Instagram by default), plus
OUT/manifest.json describing them. Python 3.9+ standard library only. Every file's content depends
only on N, --seed, --small and this file (not on --jobs); the deflated bytes may differ between
zlib versions.

Photos are JPEGs with a valid marker structure: SOI, APP0 JFIF (most), APP1 Exif for ~40%
(Make, Model, DateTime, DateTimeOriginal, and GPS for ~60% of those), DQT, SOF0, DHT, SOS, then
random bytes shaped like entropy-coded data (0xFF stuffed with 0x00), and EOI. Real JPEGs differ
in how deflate treats them: some gain 1-3% and are Huffman-coded (slow to inflate), others gain
nothing and are kept as stored blocks (inflated at memcpy speed). So half the photos get a slightly
skewed byte distribution (deflate saves ~1.2%), half uniform bytes. They do not decode to a
picture; exiftool and Exposure read their metadata without complaint. Sizes are uniform in
150-400 KiB (2-6 KiB with --small, for the report/export benchmark on 100,000 items). ~30% of
the photo entries are stored, the rest and all JSON deflated.

The JSON is shaped like Meta's (pretty-printed, UTF-8 text as Latin-1 mojibake escapes) and sized
like a busy account: every photo is in an album file, ~70% also in posts; files Exposure does not
read (comments, reactions, messages, search history, likes, followers, ads) add a few KB per photo;
--small leaves those out.

With --videos K the Facebook export also holds K phone videos (MOV, iPhone-style keys with a
location, make, model and capture time) posted in a second posts file. Their sizes cycle through
8, 24, 48 and 96 MiB; the movie header comes first or after the media data, and the entry is stored
or deflated, in all four combinations. The media data is skewed random bytes, so deflate gains about
1% and codes it with Huffman tables, as it does real video; the 96 MiB ones deflated with the header
behind put it past the scan's 64 MiB inflate limit. Without --videos the exports are unchanged.

Usage: make_export.py --n 3000 --out DIR [--seed 1] [--small] [--jobs K] [--videos K]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import struct
import sys
import time
import zlib
from pathlib import Path

GENERATOR_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

FB_ROOT = "facebook-bench-2024-11-18-Bench001"
IG_ROOT = "instagram-bench-2025-03-17-Bench001"
FB_EXPORTED = (2024, 11, 18, 6, 0, 0)
IG_EXPORTED = (2025, 3, 17, 7, 0, 0)
USER = "Bench User"

EXIF_SHARE = 0.40   # photos whose file carries an APP1 Exif segment
GPS_SHARE = 0.60    # of those, the ones whose Exif has a GPS IFD
JFIF_SHARE = 0.90   # photos with an APP0 JFIF segment
STORED_SHARE = 0.30  # photo entries stored rather than deflated
SKEWED_SHARE = 0.50  # photos whose bytes deflate gains ~1.2% on (Huffman-coded), the rest gain nothing

CAMERAS = [("Apple", "iPhone 13"), ("Apple", "iPhone 14 Pro"), ("Apple", "iPhone 15 Pro"),
           ("samsung", "SM-G991B"), ("Google", "Pixel 7"), ("Canon", "Canon EOS 80D"),
           ("SONY", "ILCE-7M3"), ("HUAWEI", "ELE-L29")]
PLACES = [(48.1372, 11.5756), (47.4210, 10.9853), (52.5200, 13.4050), (41.3874, 2.1686),
          (40.7128, -74.0060), (35.6762, 139.6503), (-33.8688, 151.2093), (51.5072, -0.1276),
          (45.4642, 9.1900), (59.3293, 18.0686)]
WORDS = ("sunrise hike lake city trip friends dinner beach snow birthday garden coffee market "
         "museum concert train mountains sunset family weekend rooftop canal bikes festival "
         "holiday street cats dogs picnic harbour").split()
EMOJI = ["\U0001F37B", "\U0001F305", "\u26F0\uFE0F", "\U0001F389", "\u2744\uFE0F", "\U0001F307",
         "\U0001F6B2", "\u2764\uFE0F", "\U0001F60A", ""]
NAMES = ["Anna Schmidt", "Lukas M\u00fcller", "Sofia Rossi", "Mateo Garc\u00eda", "Emma Johansson",
         "Noah Dubois", "Mia Kowalska", "Liam O'Brien", "Yuki Tanaka", "Zo\u00eb de Vries"]


# --------------------------------------------------------------------------------------------
# Text as Meta writes it
# --------------------------------------------------------------------------------------------

def mojibake(text: str) -> str:
    """Meta's JSON escapes each UTF-8 byte as its own \\u00XX code point."""
    return text.encode("utf-8").decode("latin-1")


def meta_json(obj) -> bytes:
    return json.dumps(obj, indent=2, ensure_ascii=True).encode("ascii")


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def token(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def caption(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(2, 7))
    return mojibake(" ".join(words).capitalize() + " " + rng.choice(EMOJI)).strip()


def exif_date(t: int) -> str:
    return time.strftime("%Y:%m:%d %H:%M:%S", time.gmtime(t))


# --------------------------------------------------------------------------------------------
# JPEG
# --------------------------------------------------------------------------------------------

def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _ifd(entries, offset: int) -> bytes:
    """A little-endian TIFF IFD at `offset`; entries are (tag, type, count, value bytes)."""
    entries = sorted(entries)
    data_at = offset + 2 + 12 * len(entries) + 4
    head, data = struct.pack("<H", len(entries)), b""
    for tag, kind, count, value in entries:
        if len(value) <= 4:
            head += struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\0")
        else:
            head += struct.pack("<HHII", tag, kind, count, data_at + len(data))
            data += value + (b"\0" if len(value) % 2 else b"")
    return head + struct.pack("<I", 0) + data


def _ascii(text: str):
    raw = text.encode("ascii") + b"\0"
    return (2, len(raw), raw)


def _rationals(*pairs):
    return (5, len(pairs), b"".join(struct.pack("<II", a, b) for a, b in pairs))


def _dms(value: float):
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60 * 100)
    return _rationals((d, 1), (m, 1), (s, 100))


def exif_segment(make: str, model: str, taken: int, width: int, height: int, gps) -> bytes:
    """APP1 Exif: IFD0 (Make, Model, Orientation, DateTime, pointers), Exif IFD, optional GPS IFD."""
    date = exif_date(taken)
    ifd0 = [(0x010F, *_ascii(make)), (0x0110, *_ascii(model)), (0x0112, 3, 1, struct.pack("<H", 1)),
            (0x0132, *_ascii(date)), (0x8769, 4, 1, b"\0\0\0\0")]
    if gps:
        ifd0.append((0x8825, 4, 1, b"\0\0\0\0"))
    exif = [(0x9000, 7, 4, b"0232"), (0x9003, *_ascii(date)), (0x9004, *_ascii(date)),
            (0xA002, 4, 1, struct.pack("<I", width)), (0xA003, 4, 1, struct.pack("<I", height))]
    gps_ifd = []
    if gps:
        lat, lon = gps
        gps_ifd = [(0x0000, 1, 4, bytes([2, 2, 0, 0])), (0x0001, *_ascii("N" if lat >= 0 else "S")),
                   (0x0002, *_dms(lat)), (0x0003, *_ascii("E" if lon >= 0 else "W")), (0x0004, *_dms(lon))]
    exif_at = 8 + len(_ifd(ifd0, 8))
    gps_at = exif_at + len(_ifd(exif, exif_at))
    ifd0 = [(t, k, c, struct.pack("<I", exif_at) if t == 0x8769 else struct.pack("<I", gps_at) if t == 0x8825 else v)
            for t, k, c, v in ifd0]
    tiff = b"II*\0" + struct.pack("<I", 8) + _ifd(ifd0, 8) + _ifd(exif, exif_at)
    if gps:
        tiff += _ifd(gps_ifd, gps_at)
    return _segment(0xE1, b"Exif\0\0" + tiff)


_JFIF = _segment(0xE0, b"JFIF\0" + bytes([1, 1, 0]) + struct.pack(">HH", 1, 1) + bytes([0, 0]))
_DQT = _segment(0xDB, b"".join(bytes([table]) + bytes(min(255, 2 + table * 4 + i) for i in range(64))
                               for table in (0, 1)))
# Huffman tables with the code-length counts of JPEG Annex K.3; the symbol order is not K.3's,
# since nothing decodes the scan.
_AC_SYMBOLS = [0x00, 0xF0] + [(run << 4) | size for run in range(16) for size in range(1, 11)]
_DHT = _segment(0xC4, b"".join([
    bytes([0x00, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12)),
    bytes([0x10, 0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D]) + bytes(_AC_SYMBOLS),
    bytes([0x01, 0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]) + bytes(range(12)),
    bytes([0x11, 0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77]) + bytes(_AC_SYMBOLS),
]))
_SOS = _segment(0xDA, bytes([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))
# Folds 15 of the 256 byte values onto others, so deflate gains ~1.2% and Huffman-codes the data.
_SKEW = bytes(b - 0x80 if 0xF0 <= b <= 0xFE else b for b in range(256))


def jpeg(rng: random.Random, size: int, width: int, height: int, exif: bytes | None, jfif: bool,
         skewed: bool) -> bytes:
    sof = _segment(0xC0, bytes([8]) + struct.pack(">HH", height, width) + bytes([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]))
    head = b"\xFF\xD8" + (_JFIF if jfif else b"") + (exif or b"") + _DQT + sof + _DHT + _SOS
    need = max(64, size - len(head) - 2)
    body = rng.randbytes(need)
    if skewed:
        body = body.translate(_SKEW)
    body = body.replace(b"\xFF", b"\xFF\x00")[:need]
    if body.endswith(b"\xFF"):
        body = body[:-1] + b"\x00"
    return head + body + b"\xFF\xD9"


# --------------------------------------------------------------------------------------------
# Zip (written by hand so entries can be compressed in parallel; ZIP64 when the export needs it)
# --------------------------------------------------------------------------------------------

def _dos(when):
    y, mo, d, h, mi, s = when
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def build_entry(task):
    """Runs in a worker: makes one entry's bytes and compresses them. Returns the zip fields."""
    path, kind, arg, stored, seed = task
    if kind == "jpeg":
        rng = random.Random(f"{seed}/{path}")
        data = jpeg(rng, **arg)
    elif kind == "video":
        data = video(random.Random(f"{seed}/{path}"), **arg)
    else:
        data = arg
    crc = zlib.crc32(data) & 0xFFFFFFFF
    if stored:
        return path, 0, crc, len(data), data
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return path, 8, crc, len(data), packer.compress(data) + packer.flush()


def write_zip(path: Path, tasks, when, jobs: int) -> dict:
    dos_time, dos_date = _dos(when)
    central, count, stats = [], 0, {"stored": 0, "deflated": 0, "uncompressed_bytes": 0}
    temporary = path.with_suffix(".zip.partial")
    # One job runs in this process: a pool's worker can hang when the caller (a test runner) starts
    # this script with signals blocked.
    pool = multiprocessing.Pool(jobs) if jobs > 1 else None
    entries = pool.imap(build_entry, tasks, chunksize=8) if pool else map(build_entry, tasks)
    with open(temporary, "wb") as out:
        offset = 0
        for name, method, crc, size, payload in entries:
            raw = name.encode("utf-8")
            version = 20 if method == 8 else 10
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, version, 0, method, dos_time, dos_date,
                                  crc, len(payload), size, len(raw), 0) + raw)
            out.write(payload)
            extra = b""
            if offset >= 0xFFFFFFFF:
                extra = struct.pack("<HHQ", 0x0001, 8, offset)
                version = 45
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | version, version, 0,
                                       method, dos_time, dos_date, crc, len(payload), size, len(raw), len(extra),
                                       0, 0, 0, 0o100644 << 16, min(offset, 0xFFFFFFFF)) + raw + extra)
            offset += 30 + len(raw) + len(payload)
            count += 1
            stats["stored" if method == 0 else "deflated"] += 1
            stats["uncompressed_bytes"] += size
        cd_offset = offset
        cd = b"".join(central)
        out.write(cd)
        if count >= 0xFFFF or cd_offset >= 0xFFFFFFFF or len(cd) >= 0xFFFFFFFF:
            eocd64_at = cd_offset + len(cd)
            out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, (3 << 8) | 45, 45, 0, 0, count, count,
                                  len(cd), cd_offset))
            out.write(struct.pack("<IIQI", 0x07064B50, 0, eocd64_at, 1))
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
                              min(len(cd), 0xFFFFFFFF), min(cd_offset, 0xFFFFFFFF), 0))
    if pool:
        pool.close()
        pool.join()
    os.replace(temporary, path)
    stats["entries"] = count
    stats["zip_bytes"] = path.stat().st_size
    return stats


# --------------------------------------------------------------------------------------------
# The photos
# --------------------------------------------------------------------------------------------

class Photos:
    """Decides each photo's file: size, dimensions, Exif, stored or deflated."""

    def __init__(self, rng: random.Random, small: bool):
        self.rng, self.small = rng, small
        self.counts = {"photos": 0, "exif": 0, "gps": 0, "stored": 0, "media_bytes": 0}

    def make(self, taken: int, portrait_ok=True, square=False):
        rng = self.rng
        size = rng.randint(2048, 6144) if self.small else rng.randint(150 * 1024, 400 * 1024)
        if square:
            width = height = 1080
        else:
            width, height = rng.choice([(2048, 1536), (2048, 1365), (1440, 1080), (1080, 1350)])
            if portrait_ok and rng.random() < 0.35:
                width, height = height, width
        camera, gps, exif = None, None, None
        if rng.random() < EXIF_SHARE:
            camera = rng.choice(CAMERAS)
            if rng.random() < GPS_SHARE:
                lat, lon = rng.choice(PLACES)
                gps = (round(lat + rng.uniform(-0.05, 0.05), 6), round(lon + rng.uniform(-0.05, 0.05), 6))
            exif = exif_segment(camera[0], camera[1], taken, width, height, gps)
        stored = rng.random() < STORED_SHARE
        self.counts["photos"] += 1
        self.counts["exif"] += exif is not None
        self.counts["gps"] += gps is not None
        self.counts["stored"] += stored
        self.counts["media_bytes"] += size
        spec = dict(size=size, width=width, height=height, exif=exif, jfif=rng.random() < JFIF_SHARE,
                    skewed=rng.random() < SKEWED_SHARE)
        return spec, stored, camera, gps


# --------------------------------------------------------------------------------------------
# Videos
# --------------------------------------------------------------------------------------------

VIDEO_MIB = [8, 24, 48, 96]


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def video(rng: random.Random, size: int, moov_first: bool, taken: int, place) -> bytes:
    """A MOV shaped like an iPhone's: ftyp, wide, mdat and moov (mvhd, a video track header, keys)."""
    mvhd = _box(b"mvhd", bytes(4) + struct.pack(">IIII", taken + 2082844800, taken + 2082844800, 600, 600 * 30)
                + bytes(80))
    tkhd = _box(b"tkhd", bytes(76) + struct.pack(">II", 1920 << 16, 1080 << 16))
    hdlr = _box(b"hdlr", bytes(8) + b"vide" + bytes(12))
    trak = _box(b"trak", tkhd + _box(b"mdia", hdlr))
    values = [("com.apple.quicktime.location.ISO6709", "%+08.4f%+09.4f+012.000/" % place),
              ("com.apple.quicktime.make", "Apple"), ("com.apple.quicktime.model", "iPhone 15 Pro"),
              ("com.apple.quicktime.creationdate", time.strftime("%Y-%m-%dT%H:%M:%S+0100", time.gmtime(taken + 3600)))]
    keys = _box(b"keys", bytes(4) + struct.pack(">I", len(values))
                + b"".join(struct.pack(">I", 8 + len(k)) + b"mdta" + k.encode() for k, _ in values))
    items = b"".join(_box(struct.pack(">I", i + 1), _box(b"data", struct.pack(">II", 1, 0) + v.encode()))
                     for i, (_, v) in enumerate(values))
    meta = _box(b"meta", _box(b"hdlr", bytes(8) + b"mdta" + bytes(12)) + keys + _box(b"ilst", items))
    moov = _box(b"moov", mvhd + trak + meta)
    mdat = _box(b"mdat", rng.randbytes(size).translate(_SKEW))
    head = _box(b"ftyp", b"qt  " + bytes(4) + b"qt  ") + _box(b"wide", b"")
    return head + (moov + mdat if moov_first else mdat + moov)


def videos(count: int, seed: int):
    """The video entries and the posts file that names them, for the Facebook export."""
    rng = random.Random(f"{seed}/videos")
    tasks, posts = [], []
    for i in range(count):
        uri = f"your_facebook_activity/posts/media/Videos_{i // 4}/clip_{i:04d}.mov"
        taken = 1_650_000_000 + i * 86_400
        spec = dict(size=VIDEO_MIB[(i + i // 4) % 4] * 1024 * 1024, moov_first=i % 2 == 0, taken=taken,
                    place=rng.choice(PLACES))
        tasks.append((uri, "video", spec, (i // 2) % 2 == 0, seed))
        posts.append({"timestamp": taken + 600, "attachments": [{"data": [{"media": {
            "uri": uri, "creation_timestamp": taken + 600, "title": ""}}]}]})
    name = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_2.json"
    tasks.append((name, "bytes", meta_json(posts), False, seed))
    return tasks


# --------------------------------------------------------------------------------------------
# Facebook, 2024 layout
# --------------------------------------------------------------------------------------------

def facebook(n: int, seed: int, small: bool):
    rng = random.Random(f"{seed}/facebook")
    photos = Photos(rng, small)
    files: dict[str, bytes] = {}
    tasks = []
    start, end = 1325376000, 1730000000  # 2012-01-01 .. 2024-10-27
    ip = f"203.0.113.{rng.randint(2, 250)}"

    # Albums: Meta's own, then the user's, each a folder under posts/media/.
    fixed = [("Mobile uploads", 0.40), ("Timeline photos", 0.25), ("Profile pictures", 0.02), ("Cover photos", 0.01)]
    albums = [[name, max(1, int(n * share))] for name, share in fixed]
    left = n - sum(a[1] for a in albums)
    number = 1
    while left > 0:
        size = min(left, rng.randint(20, 200))
        albums.append([f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {2012 + number % 13}", size])
        left -= size
        number += 1
    while sum(a[1] for a in albums) > n:  # tiny N: trim Meta's albums
        biggest = max(albums, key=lambda a: a[1])
        biggest[1] -= 1
    albums = [a for a in albums if a[1] > 0]

    in_posts = []
    for index, (album, count) in enumerate(albums):
        folder = f"{album.replace(' ', '').replace(chr(39), '')}_{token(rng, 10)}"
        entries = []
        for _ in range(count):
            posted = rng.randint(start, end)
            taken = posted - rng.randint(60, 86400 * 30)
            spec, stored, camera, gps = photos.make(taken)
            name = f"{digits(rng, 9)}_{digits(rng, 17)}_{digits(rng, 19)}_n.jpg"
            uri = f"your_facebook_activity/posts/media/{folder}/{name}"
            tasks.append((f"{FB_ROOT}/{uri}", "jpeg", spec, stored, seed))
            exif = {"upload_ip": ip}
            if camera or rng.random() < 0.3:
                exif["taken_timestamp"] = taken
                exif["modified_timestamp"] = taken
            if camera:
                exif.update(camera_make=camera[0], camera_model=camera[1], exposure="1/120", f_stop="178/100",
                            focal_length="686/100", iso=rng.choice([50, 64, 100, 200, 400]), orientation=1,
                            original_width=spec["width"] * 2, original_height=spec["height"] * 2)
            if gps or rng.random() < 0.05:
                lat, lon = gps or rng.choice(PLACES)
                exif.update(latitude=lat, longitude=lon)
            media = {"uri": uri, "creation_timestamp": posted,
                     "media_metadata": {"photo_metadata": {"exif_data": [exif]}}, "title": album}
            if rng.random() < 0.4:
                media["description"] = caption(rng)
            if rng.random() < 0.5:
                media["backup_uri"] = (f"https://scontent.xx.fbcdn.net/v/t39.30808-6/{name}"
                                       f"?stp=dst-jpg&_nc_cat=1&oh={token(rng, 16)}")
            entries.append(media)
            if album not in ("Profile pictures", "Cover photos") and rng.random() < 0.72:
                in_posts.append(media)
        entries.sort(key=lambda m: -m["creation_timestamp"])
        doc = {"name": mojibake(album), "photos": entries, "cover_photo": entries[0],
               "last_modified_timestamp": entries[0]["creation_timestamp"]}
        if index >= len(fixed):
            doc["description"] = caption(rng)
        files[f"your_facebook_activity/posts/album/{index}.json"] = meta_json(doc)

    # Posts: 1-4 photos each, newest first.
    in_posts.sort(key=lambda m: m["creation_timestamp"])
    posts, i = [], 0
    while i < len(in_posts):
        group = in_posts[i:i + rng.choice([1, 1, 1, 2, 3, 4])]
        i += len(group)
        when = max(m["creation_timestamp"] for m in group) + rng.randint(1, 120)
        text = group[0].get("description") or caption(rng)
        post = {"timestamp": when, "attachments": [{"data": [{"media": m} for m in group]}],
                "data": [{"post": text}, {"update_timestamp": when + 60}],
                "title": f"{USER} added {len(group)} new photo{'s' if len(group) > 1 else ''}."}
        if rng.random() < 0.15:
            post["tags"] = [{"name": rng.choice(NAMES)}]
        posts.append(post)
    posts.reverse()
    files["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"] = meta_json(posts)

    # What Exposure reads besides: privacy settings.
    files["preferences/preferences/privacy_settings.json"] = meta_json({
        "media": [], "fbid": digits(rng, 15), "label_values": [
            {"label": "Your activity", "dict": [{"label": "Who can see your future posts?", "value": "Friends"}]}]})

    # What a real account holds besides, which Exposure does not read; left out of --small exports,
    # which only serve to time report and export on a large database.
    if not small:
        files["personal_information/profile_information/profile_information.json"] = meta_json({"profile_v2": {
            "name": {"full_name": USER, "first_name": "Bench", "middle_name": "", "last_name": "User"},
            "username": "benchuser", "current_city": {"name": "Munich, Germany", "timestamp": start}}})
        files["your_facebook_activity/comments_and_reactions/comments.json"] = meta_json({"comments_v2": [
            {"timestamp": rng.randint(start, end), "data": [{"comment": {
                "timestamp": rng.randint(start, end), "comment": caption(rng), "author": USER}}],
             "title": f"{USER} commented on {rng.choice(NAMES)}'s post."} for _ in range(n * 3 // 2)]})
        reactions = [{"timestamp": rng.randint(start, end), "data": [{"reaction": {
            "reaction": rng.choice(["LIKE", "LOVE", "HAHA", "WOW"]), "actor": USER}}],
            "title": f"{USER} likes {rng.choice(NAMES)}'s photo."} for _ in range(n * 5)]
        for part in range(0, len(reactions), 10000):
            files[f"your_facebook_activity/comments_and_reactions/likes_and_reactions_{part // 10000 + 1}.json"] = \
                meta_json(reactions[part:part + 10000])
        for thread in range(max(1, n // 60)):
            friend = rng.choice(NAMES)
            slug = f"{mojibake(friend).lower().replace(' ', '').replace(chr(39), '')}_{digits(rng, 16)}"
            messages = [{"sender_name": mojibake(rng.choice([friend, USER])),
                         "timestamp_ms": rng.randint(start, end) * 1000, "content": caption(rng),
                         "is_geoblocked_for_viewer": False} for _ in range(rng.randint(20, 160))]
            messages.sort(key=lambda m: -m["timestamp_ms"])
            files[f"your_facebook_activity/messages/inbox/{slug}/message_1.json"] = meta_json({
                "participants": [{"name": mojibake(friend)}, {"name": USER}], "messages": messages,
                "title": mojibake(friend), "is_still_participant": True, "thread_path": f"inbox/{slug}",
                "magic_words": []})
        files["logged_information/search/your_search_history.json"] = meta_json({"searches_v2": [
            {"timestamp": rng.randint(start, end), "attachments": [{"data": [{"text": " ".join(rng.sample(WORDS, 2))}]}],
             "data": [{"text": " ".join(rng.sample(WORDS, 2))}], "title": "You searched Facebook"} for _ in range(n)]})
        files["apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"] = meta_json({
            "off_facebook_activity_v2": [{"name": f"{rng.choice(WORDS)}.example.com", "events": [
                {"id": int(digits(rng, 15)), "type": rng.choice(["PAGE_VIEW", "PURCHASE", "SEARCH"]),
                 "timestamp": rng.randint(start, end)} for _ in range(rng.randint(5, 40))]} for _ in range(max(1, n // 15))]})
        files["security_and_login_information/account_activity.json"] = meta_json({"account_activity_v2": [
            {"action": "Login", "timestamp": rng.randint(start, end), "ip_address": ip,
             "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", "city": "Munich",
             "region": "Bavaria", "country": "DE", "site_name": "Facebook"} for _ in range(max(1, n // 10))]})

    for path, data in files.items():
        tasks.append((f"{FB_ROOT}/{path}", "json", data, False, seed))
    return tasks, photos.counts, sum(len(d) for d in files.values())


# --------------------------------------------------------------------------------------------
# Instagram, 2025 layout
# --------------------------------------------------------------------------------------------

def instagram(n: int, seed: int, small: bool):
    rng = random.Random(f"{seed}/instagram")
    photos = Photos(rng, small)
    files: dict[str, bytes] = {}
    tasks = []
    start, end = 1451606400, 1740000000  # 2016-01-01 .. 2025-02-19

    def photo(folder: str, taken_at: int):
        spec, stored, camera, gps = photos.make(taken_at - rng.randint(60, 86400 * 10), square=rng.random() < 0.3)
        month = time.strftime("%Y%m", time.gmtime(taken_at))
        uri = f"media/{folder}/{month}/{digits(rng, 9)}_{digits(rng, 15)}_{digits(rng, 19)}_n_{digits(rng, 17)}.jpg"
        tasks.append((f"{IG_ROOT}/{uri}", "jpeg", spec, stored, seed))
        metadata = {"camera_metadata": {"has_camera_metadata": camera is not None}}
        if camera:
            metadata["photo_metadata"] = {"exif_data": [{
                "date_time_original": time.strftime("%Y%m%dT%H%M%S.000Z", time.gmtime(taken_at - 3600)),
                "device_id": f"ios-{token(rng, 8).upper()}", "lens_make": camera[0],
                "lens_model": f"{camera[1]} back camera", "software": "17.5.1"}]}
            if gps:
                metadata["photo_metadata"]["exif_data"][0].update(latitude=gps[0], longitude=gps[1])
        return {"uri": uri, "creation_timestamp": taken_at, "media_metadata": metadata, "title": ""}

    # One profile photo, named by personal_information.json and profile_photos.json; the rest are posts.
    profile_at = rng.randint(start, end)
    profile = photo("profile", profile_at)
    files["your_instagram_activity/media/profile_photos.json"] = meta_json({"ig_profile_picture": [profile]})
    posts, left = [], n - 1
    while left > 0:
        count = min(left, rng.choice([1, 1, 1, 1, 2, 3, 4, 5]))
        left -= count
        at = rng.randint(start, end)
        media = [photo("posts", at + k) for k in range(count)]
        text = caption(rng)
        if count == 1:
            media[0]["title"] = text
            posts.append({"media": media})
        else:
            posts.append({"media": media, "title": text, "creation_timestamp": at + count + 10})
        if rng.random() < 0.1:
            media[0]["cross_post_source"] = {"source_app": "FB"}
    posts.sort(key=lambda p: -p["media"][0]["creation_timestamp"])
    files["your_instagram_activity/media/posts_1.json"] = meta_json(posts)
    files["personal_information/personal_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": profile}, "string_map_data": {
            "Email": {"href": "", "value": "bench@example.com", "timestamp": 0},
            "Username": {"href": "", "value": "benchuser", "timestamp": 0},
            "Name": {"href": "", "value": USER, "timestamp": 0},
            "Private Account": {"href": "", "value": "True", "timestamp": 0}}}]})

    # What a real account holds besides, which Exposure does not read; left out of --small exports,
    # which only serve to time report and export on a large database.
    if not small:
        def handle():
            return f"{rng.choice(WORDS)}.{rng.choice(WORDS)}{rng.randint(1, 999)}"
        files["your_instagram_activity/likes/liked_posts.json"] = meta_json({"likes_media_likes": [
            {"title": handle(), "string_list_data": [{"href": f"https://www.instagram.com/p/{token(rng, 11)}/",
                                                      "value": "\u00f0\u009f\u0091\u008d", "timestamp": rng.randint(start, end)}]}
            for _ in range(n * 10)]})
        files["your_instagram_activity/comments/post_comments_1.json"] = meta_json([
            {"media_list_data": [{"uri": ""}], "string_map_data": {
                "Comment": {"value": caption(rng)}, "Media Owner": {"value": handle()},
                "Time": {"timestamp": rng.randint(start, end)}}} for _ in range(n * 2)])
        files["connections/followers_and_following/followers_1.json"] = meta_json([
            {"title": "", "media_list_data": [], "string_list_data": [
                {"href": f"https://www.instagram.com/{handle()}", "value": handle(), "timestamp": rng.randint(start, end)}]}
            for _ in range(max(1, n // 2))])
        files["connections/followers_and_following/following.json"] = meta_json({"relationships_following": [
            {"title": handle(), "string_list_data": [{"href": f"https://www.instagram.com/_u/{handle()}",
                                                      "timestamp": rng.randint(start, end)}]} for _ in range(max(1, n // 3))]})
        files["ads_information/ads_and_topics/ads_viewed.json"] = meta_json({"impressions_history_ads_seen": [
            {"string_map_data": {"Author": {"value": handle()}, "Time": {"timestamp": rng.randint(start, end)}}}
            for _ in range(n * 5)]})
        for thread in range(max(1, n // 60)):
            friend = handle()
            messages = [{"sender_name": rng.choice([friend, USER]), "timestamp_ms": rng.randint(start, end) * 1000,
                         "content": caption(rng), "is_geoblocked_for_viewer": False} for _ in range(rng.randint(20, 120))]
            files[f"your_instagram_activity/messages/inbox/{friend.replace('.', '')}_{digits(rng, 16)}/message_1.json"] = \
                meta_json({"participants": [{"name": friend}, {"name": USER}], "messages": messages, "title": friend,
                           "is_still_participant": True, "thread_path": f"inbox/{friend}", "magic_words": []})

    for path, data in files.items():
        tasks.append((f"{IG_ROOT}/{path}", "json", data, False, seed))
    return tasks, photos.counts, sum(len(d) for d in files.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="photos in both exports together")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--small", action="store_true", help="2-6 KiB photos (report/export benchmark)")
    parser.add_argument("--facebook-share", type=float, default=2 / 3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--videos", type=int, default=0, help="phone videos added to the Facebook export")
    args = parser.parse_args()
    if args.n < 2:
        sys.exit("--n must be at least 2")
    n_fb = max(1, round(args.n * args.facebook_share))
    n_ig = args.n - n_fb
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "manifest.json").unlink(missing_ok=True)
    started = time.time()
    manifest = {"generator": GENERATOR_VERSION, "n": args.n, "seed": args.seed, "small": args.small, "exports": {}}
    for platform, make, count, root, when in (("facebook", facebook, n_fb, FB_ROOT, FB_EXPORTED),
                                             ("instagram", instagram, n_ig, IG_ROOT, IG_EXPORTED)):
        tasks, counts, json_bytes = make(count, args.seed, args.small)
        if platform == "facebook" and args.videos:
            tasks += videos(args.videos, args.seed)
            counts["videos"] = args.videos
        tasks.sort(key=lambda t: t[0])
        zip_path = args.out / f"{root}.zip"
        stats = write_zip(zip_path, tasks, when, args.jobs)
        manifest["exports"][platform] = {"zip": zip_path.name, **counts, "json_bytes": json_bytes, **stats}
        print(f"  {platform}: {counts['photos']} photos ({counts['exif']} with Exif, {counts['gps']} with GPS, "
              f"{counts['stored']} stored), {json_bytes / 1e6:.1f} MB JSON, zip {stats['zip_bytes'] / 1e6:.1f} MB",
              file=sys.stderr)
    manifest["seconds"] = round(time.time() - started, 1)
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
