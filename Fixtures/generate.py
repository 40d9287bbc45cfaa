#!/usr/bin/env python3
"""Generate Exposure's test fixtures: fake Meta "Download Your Information" exports.

Usage:
    python3 Fixtures/generate.py            # (re)write Fixtures/{facebook,instagram,bad,diff}/
    python3 Fixtures/generate.py --check    # also read every media file back with exiftool
    python3 Fixtures/generate.py --notes    # print, per fixture, which quirk each row covers

Python 3.11, standard library only. The output is deterministic and independent of the
machine: zip entries carry fixed timestamps and are written in sorted order by our own zip
writer, compressed entries use our own deflate encoder (so the bytes do not depend on the
zlib build), and every "random" value comes from a fixed seed or a hash of a fixed string.
Running the script twice gives byte-identical files.

Each fixture's expected.csv is computed here from the model the export was built from, by
the rules in docs/csv-columns.md and Fixtures/README.md; it is an oracle independent of the
Swift code. See Fixtures/README.md for what every fixture and quirk is.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib  # crc32 and adler32 only; compression is done by deflate() below
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATED_DIRS = ("facebook", "instagram", "bad", "diff", "html")


# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------

def ts(iso: str) -> int:
    """'2019-07-02T18:20:11' (UTC) -> unix seconds."""
    date, time = iso.split("T")
    y, mo, d = (int(x) for x in date.split("-"))
    h, mi, s = (int(x) for x in time.split(":"))
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0))


def iso_utc(t: int) -> str:
    import time as _t
    return _t.strftime("%Y-%m-%dT%H:%M:%SZ", _t.gmtime(t))


def digits(key: str, n: int) -> str:
    """n pseudo-random decimal digits derived from key (stable across runs and machines)."""
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(hashlib.sha256(f"{key}#{i}".encode()).hexdigest(), 16))
        i += 1
    s = out[:n]
    return ("1" + s[1:]) if s[0] == "0" else s


def token(key: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    s = ""
    for _ in range(n):
        h, r = divmod(h, len(alphabet))
        s += alphabet[r]
    return s


def fb_name(key: str, ext: str = ".jpg") -> str:
    """A Facebook-looking media file name: <9 digits>_<17 digits>_<19 digits>_n.jpg"""
    return f"{digits(key + 'a', 9)}_{digits(key + 'b', 17)}_{digits(key + 'c', 19)}_n{ext}"


def ig_name(key: str, ext: str = ".jpg") -> str:
    """An Instagram-looking media file name: <9>_<15>_<19>_n_<17>.ext"""
    return (f"{digits(key + 'a', 9)}_{digits(key + 'b', 15)}_{digits(key + 'c', 19)}"
            f"_n_{digits(key + 'd', 17)}{ext}")


def mojibake(s: str) -> str:
    """What Meta writes: every UTF-8 byte of s as its own U+00XX scalar (§3 of the reference)."""
    return s.encode("utf-8").decode("latin-1")


def fix_mojibake(s: str) -> str:
    """The guarded repair the scanner must apply (reference §3): only when every scalar is
    <= U+00FF and at least one is >= U+0080, and only if the bytes are valid UTF-8."""
    if any(ord(c) > 0xFF for c in s) or not any(ord(c) >= 0x80 for c in s):
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return s


def meta_json(obj) -> bytes:
    """JSON the way Meta writes it: 2-space indent, every non-ASCII scalar \\u-escaped."""
    return json.dumps(obj, indent=2, ensure_ascii=True).encode("ascii")


def fmt_coord(x) -> str:
    """Decimal degrees rounded to 7 places, trailing zeros (and a bare '.') dropped."""
    d = Decimal(repr(x)) if isinstance(x, float) else Decimal(x.numerator) / Decimal(x.denominator) \
        if isinstance(x, Fraction) else Decimal(x)
    scaled = d * Decimal(10) ** 7
    frac = abs(scaled - scaled.to_integral_value(rounding="ROUND_FLOOR"))
    assert abs(frac - Decimal("0.5")) > Decimal("0.001"), f"coordinate {x} is too close to a rounding tie"
    q = d.quantize(Decimal("0.0000001"), rounding=ROUND_HALF_EVEN)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def exif_date_to_iso(dto: str) -> str:
    """EXIF '2019:03:01 12:00:00' -> '2019-03-01T12:00:00' (no zone: EXIF has none)."""
    date, time = dto.split(" ")
    return date.replace(":", "-") + "T" + time


def ig_dto_to_iso(s: str) -> str:
    """Instagram JSON date_time_original in either seen format -> YYYY-MM-DDTHH:MM:SS[Z]."""
    if len(s) >= 15 and s[8] == "T" and s[:8].isdigit():          # 20240610T181138.000Z
        out = f"{s[0:4]}-{s[4:6]}-{s[6:8]}T{s[9:11]}:{s[11:13]}:{s[13:15]}"
    else:                                                          # 2022:06:15 18:42:11
        out = exif_date_to_iso(s)
    return out + ("Z" if s.endswith("Z") else "")


# ---------------------------------------------------------------------------------------
# Deflate (fixed Huffman codes, greedy LZ77) and a zip writer, so output never depends on
# the zlib build
# ---------------------------------------------------------------------------------------

_LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
             99, 115, 131, 163, 195, 227, 258]
_LEN_EXTRA = [0] * 8 + [1] * 4 + [2] * 4 + [3] * 4 + [4] * 4 + [5] * 4 + [0]
_DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
              1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
_DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
               12, 12, 13, 13]


class _LSBWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def bits(self, value: int, count: int):
        self.acc |= (value & ((1 << count) - 1)) << self.n
        self.n += count
        while self.n >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.n -= 8

    def huff(self, code: int, length: int):
        rev = 0
        for i in range(length):
            rev |= ((code >> i) & 1) << (length - 1 - i)
        self.bits(rev, length)

    def finish(self) -> bytes:
        if self.n:
            self.out.append(self.acc & 0xFF)
            self.acc = 0
            self.n = 0
        return bytes(self.out)


def _lit(w: _LSBWriter, sym: int):
    if sym < 144:
        w.huff(0x30 + sym, 8)
    elif sym < 256:
        w.huff(0x190 + sym - 144, 9)
    elif sym < 280:
        w.huff(sym - 256, 7)
    else:
        w.huff(0xC0 + sym - 280, 8)


def deflate(data: bytes) -> bytes:
    """Raw deflate stream (RFC 1951), one fixed-Huffman block."""
    w = _LSBWriter()
    w.bits(1, 1)  # BFINAL
    w.bits(1, 2)  # BTYPE = 01, fixed Huffman
    n = len(data)
    chains: dict[bytes, list[int]] = {}
    i = 0

    def insert(pos):
        if pos + 3 <= n:
            lst = chains.setdefault(data[pos:pos + 3], [])
            lst.append(pos)
            if len(lst) > 64:
                del lst[0]

    while i < n:
        best_len, best_dist = 0, 0
        if i + 3 <= n:
            for p in reversed(chains.get(data[i:i + 3], [])):
                dist = i - p
                if dist > 32768:
                    break
                limit = min(258, n - i)
                length = 0
                while length < limit and data[p + length] == data[i + length]:
                    length += 1
                if length > best_len:
                    best_len, best_dist = length, dist
                    if length == limit:
                        break
        if best_len >= 3:
            li = max(k for k in range(len(_LEN_BASE)) if _LEN_BASE[k] <= best_len)
            _lit(w, 257 + li)
            w.bits(best_len - _LEN_BASE[li], _LEN_EXTRA[li])
            di = max(k for k in range(len(_DIST_BASE)) if _DIST_BASE[k] <= best_dist)
            w.huff(di, 5)
            w.bits(best_dist - _DIST_BASE[di], _DIST_EXTRA[di])
            for k in range(best_len):
                insert(i + k)
            i += best_len
        else:
            _lit(w, data[i])
            insert(i)
            i += 1
    _lit(w, 256)
    out = w.finish()
    assert zlib.decompress(out, -15) == data
    return out


def zlib_wrap(data: bytes) -> bytes:
    return b"\x78\x01" + deflate(data) + struct.pack(">I", zlib.adler32(data))


@dataclass
class ZipEntry:
    name: str
    data: bytes | None  # None: a directory entry
    method: int = 8      # 8 deflate, 0 stored


def write_zip(path: Path, entries: list[ZipEntry], when=(2024, 1, 1, 12, 0, 0)):
    """A plain PKZIP 2.0 archive, entries in the given order, fixed DOS timestamps."""
    y, mo, d, h, mi, s = when
    dos_time = (h << 11) | (mi << 5) | (s // 2)
    dos_date = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        flags = 0x0800 if any(b >= 0x80 for b in name) else 0
        if e.data is None:
            raw, comp, method, crc = b"", b"", 0, 0
            ext_attr = (0o040755 << 16) | 0x10
        else:
            raw = e.data
            method = e.method
            comp = deflate(raw) if method == 8 else raw
            crc = zlib.crc32(raw) & 0xFFFFFFFF
            ext_attr = 0o100644 << 16
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dos_time, dos_date,
                           crc, len(comp), len(raw), len(name), 0) + name + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, flags, method,
                               dos_time, dos_date, crc, len(comp), len(raw), len(name), 0, 0, 0, 0,
                               ext_attr, offset) + name
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       cd_offset, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))


# ---------------------------------------------------------------------------------------
# Images and videos
# ---------------------------------------------------------------------------------------

def palette(key: str, count: int) -> list[tuple[int, int, int]]:
    h = hashlib.sha256(key.encode()).digest() * 4
    return [(h[3 * i], h[3 * i + 1], h[3 * i + 2]) for i in range(count)]


def _canonical_codes(bits: list[int], vals: list[int]) -> dict[int, tuple[int, int]]:
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


# JPEG Annex K.3 luminance DC table; a tiny AC table holding EOB (0x00) and 0x01
_DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
_DC_VALS = list(range(12))
_AC_BITS = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
_AC_VALS = [0x00, 0x01]
_DC_QUANT = 8


def _seg(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def jpeg_image(key: str, size: int = 32, app_segments: list[bytes] = (), jfif: bool = True) -> bytes:
    """A real baseline JPEG (size x size, 4:4:4) made of solid 8x8 blocks in colours derived
    from key. Only DC coefficients are non-zero, so the whole encoder is a few lines.
    app_segments (complete APPn segments) are inserted after SOI / JFIF APP0."""
    nb = size // 8
    colours = palette(key, 4)
    blocks = []
    for by in range(nb):
        row = []
        for bx in range(nb):
            # a diagonal blend of the four colours, so thumbnails look different
            t = (bx + by) / max(1, 2 * (nb - 1))
            c0 = colours[(bx // max(1, nb // 2)) % 2 + 2 * ((by // max(1, nb // 2)) % 2)]
            c1 = colours[3 - ((bx + by) % 4)]
            rgb = tuple(int(round(c0[i] * (1 - t) + c1[i] * t)) for i in range(3))
            row.append(rgb)
        blocks.append(row)
    dc = _canonical_codes(_DC_BITS, _DC_VALS)
    ac = _canonical_codes(_AC_BITS, _AC_VALS)
    bits: list[tuple[int, int]] = []
    prev = [0, 0, 0]
    for by in range(nb):
        for bx in range(nb):
            r, g, b = blocks[by][bx]
            ycc = (0.299 * r + 0.587 * g + 0.114 * b,
                   128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                   128 + 0.5 * r - 0.418688 * g - 0.081312 * b)
            for ci in range(3):
                coef = int(round((ycc[ci] - 128) * 8 / _DC_QUANT))
                diff = coef - prev[ci]
                prev[ci] = coef
                cat = abs(diff).bit_length()
                bits.append(dc[cat])
                if cat:
                    bits.append((diff if diff >= 0 else diff + (1 << cat) - 1, cat))
                bits.append(ac[0x00])  # EOB
    scan = bytearray()
    acc, n = 0, 0
    for code, length in bits:
        acc = (acc << length) | code
        n += length
        while n >= 8:
            byte = (acc >> (n - 8)) & 0xFF
            scan.append(byte)
            if byte == 0xFF:
                scan.append(0x00)
            n -= 8
        acc &= (1 << n) - 1
    if n:
        byte = ((acc << (8 - n)) | ((1 << (8 - n)) - 1)) & 0xFF
        scan.append(byte)
        if byte == 0xFF:
            scan.append(0x00)
    out = bytearray(b"\xFF\xD8")
    if jfif:
        out += _seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    for s in app_segments:
        out += s
    quant = bytes([_DC_QUANT] + [16] * 63)
    out += _seg(0xDB, b"\x00" + quant)
    out += _seg(0xC0, struct.pack(">BHHB", 8, size, size, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00")
    out += _seg(0xC4, b"\x00" + bytes(_DC_BITS) + bytes(_DC_VALS) + b"\x10" + bytes(_AC_BITS) + bytes(_AC_VALS))
    out += _seg(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3F\x00")
    out += scan + b"\xFF\xD9"
    return bytes(out)


def png_image(key: str, size: int = 32) -> bytes:
    colours = palette(key, 2)
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter: none
        for x in range(size):
            raw += bytes(colours[((x // 8) + (y // 8)) % 2])

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib_wrap(bytes(raw))) + chunk(b"IEND", b""))


def webp_image(key: str, size: int = 32, exif_tiff: bytes | None = None) -> bytes:
    """A real lossless WebP (VP8L): a two-colour checkerboard of 8x8 squares. Every prefix
    code is a 'simple' code with one or two symbols, so each pixel costs at most 3 bits.
    With exif_tiff a VP8X header and an EXIF chunk after the image data are added."""
    a, b = palette(key, 2)
    w = _LSBWriter()
    w.bits(0x2F, 8)
    w.bits(size - 1, 14)
    w.bits(size - 1, 14)
    w.bits(0, 1)   # alpha_is_used
    w.bits(0, 3)   # version
    w.bits(0, 1)   # no transform
    w.bits(0, 1)   # no colour cache
    w.bits(0, 1)   # no meta prefix codes
    # channel order of the five codes: green, red, blue, alpha, distance
    chans = [(a[1], b[1]), (a[0], b[0]), (a[2], b[2])]
    for va, vb in chans:
        if va == vb:
            w.bits(1, 1); w.bits(0, 1); w.bits(1, 1); w.bits(va, 8)
        else:
            lo, hi = sorted((va, vb))
            w.bits(1, 1); w.bits(1, 1); w.bits(1, 1); w.bits(lo, 8); w.bits(hi, 8)
    w.bits(1, 1); w.bits(0, 1); w.bits(1, 1); w.bits(255, 8)   # alpha: 255
    w.bits(1, 1); w.bits(0, 1); w.bits(0, 1); w.bits(0, 1)     # distance: symbol 0
    for y in range(size):
        for x in range(size):
            px = a if ((x // 8) + (y // 8)) % 2 == 0 else b
            for ci, (va, vb) in zip((1, 0, 2), chans):
                if va != vb:
                    w.bits(0 if px[ci] == min(va, vb) else 1, 1)
    vp8l = w.finish()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return kind + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")

    body = b""
    if exif_tiff is not None:
        body += chunk(b"VP8X", bytes([0x08, 0, 0, 0]) + struct.pack("<I", size - 1)[:3]
                      + struct.pack("<I", size - 1)[:3])
    body += chunk(b"VP8L", vp8l)
    if exif_tiff is not None:
        body += chunk(b"EXIF", exif_tiff)
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _fullbox(kind: bytes, version: int, flags: int, payload: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags) + payload)


def heic_image(key: str, exif_tiff: bytes | None) -> bytes:
    """An ISO-BMFF HEIF container: ftyp 'heic'; meta with hdlr 'pict', pitm, iinf (a primary
    'hvc1' item and an 'Exif' item), iref cdsc, iloc pointing into mdat. The hvc1 item holds
    filler bytes (no hvcC), so this does not decode as a picture; the Exif item payload is a
    4-byte offset (0) followed by the TIFF block."""
    fake_hevc = hashlib.sha256(key.encode()).digest()
    exif_payload = (struct.pack(">I", 0) + exif_tiff) if exif_tiff is not None else None
    ftyp = _box(b"ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heic")

    def build_meta(hevc_off: int, exif_off: int) -> bytes:
        hdlr = _fullbox(b"hdlr", 0, 0, struct.pack(">I", 0) + b"pict" + b"\x00" * 12 + b"\x00")
        pitm = _fullbox(b"pitm", 0, 0, struct.pack(">H", 1))
        infes = [_fullbox(b"infe", 2, 0, struct.pack(">HH", 1, 0) + b"hvc1" + b"\x00")]
        if exif_payload is not None:
            infes.append(_fullbox(b"infe", 2, 0, struct.pack(">HH", 2, 0) + b"Exif" + b"\x00"))
        iinf = _fullbox(b"iinf", 0, 0, struct.pack(">H", len(infes)) + b"".join(infes))
        items = [(1, hevc_off, len(fake_hevc))]
        if exif_payload is not None:
            items.append((2, exif_off, len(exif_payload)))
        iloc_body = struct.pack(">BBH", 0x44, 0x00, len(items))
        for item_id, off, length in items:
            iloc_body += struct.pack(">HHHII", item_id, 0, 1, off, length)
        iloc = _fullbox(b"iloc", 0, 0, iloc_body)
        boxes = hdlr + pitm + iinf
        if exif_payload is not None:
            boxes += _fullbox(b"iref", 0, 0, _box(b"cdsc", struct.pack(">HHH", 2, 1, 1)))
        boxes += iloc
        return _fullbox(b"meta", 0, 0, boxes)

    meta_len = len(build_meta(0, 0))
    mdat_start = len(ftyp) + meta_len + 8
    hevc_off = mdat_start
    exif_off = mdat_start + len(fake_hevc)
    meta = build_meta(hevc_off, exif_off)
    assert len(meta) == meta_len
    mdat = _box(b"mdat", fake_hevc + (exif_payload or b""))
    return ftyp + meta + mdat


def mp4_video(key: str, brand: bytes = b"isom") -> bytes:
    """A tiny fake MP4: ftyp + free + a small mdat + a movie header (mvhd) with no time set and no
    track, as an editing app that strips metadata leaves it. Sniffs as MP4 and carries nothing; does not play."""
    compat = b"isomiso2avc1mp41" if brand == b"isom" else b"mp42isommp41"
    payload = hashlib.sha256(key.encode()).digest()
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = _box(b"mvhd", struct.pack(">IIIII", 0, 0, 0, 1000, 2000) + struct.pack(">IH", 0x10000, 0x100)
                + bytes(10) + matrix + bytes(24) + struct.pack(">I", 1))
    return (_box(b"ftyp", brand + struct.pack(">I", 0x200 if brand == b"isom" else 0) + compat)
            + _box(b"free", b"") + _box(b"mdat", payload) + _box(b"moov", mvhd))


def apple_double() -> bytes:
    """A macOS AppleDouble '._name' resource file (magic 0x00051607) with Finder info."""
    header = struct.pack(">II", 0x00051607, 0x00020000) + b"Mac OS X        " + struct.pack(">H", 1)
    entry = struct.pack(">III", 9, 26 + 12, 32)
    return header + entry + b"\x00" * 32


# ---------------------------------------------------------------------------------------
# EXIF (TIFF) builder
# ---------------------------------------------------------------------------------------

Rat = tuple[int, int]


@dataclass
class Exif:
    make: str | None = None
    model: str | None = None
    orientation: int | None = None
    software: str | None = None
    dto: str | None = None            # 'YYYY:MM:DD HH:MM:SS'
    serial: str | None = None
    lens: str | None = None
    lat: tuple[str, tuple[Rat, Rat, Rat]] | None = None   # ('N', ((d,1),(m,1),(s,100)))
    lon: tuple[str, tuple[Rat, Rat, Rat]] | None = None
    alt: tuple[int, Rat] | None = None                     # (ref 0 above / 1 below, rational)
    order: str = "MM"                                      # TIFF byte order: 'MM' or 'II'

    @staticmethod
    def _deg(v) -> Fraction | None:
        if v is None:
            return None
        ref, dms = v
        val = sum(Fraction(n, d) / f for (n, d), f in zip(dms, (1, 60, 3600)))
        return -val if ref in ("S", "W") else val

    @property
    def lat_deg(self) -> Fraction | None:
        return self._deg(self.lat)

    @property
    def lon_deg(self) -> Fraction | None:
        return self._deg(self.lon)

    @property
    def alt_m(self) -> Fraction | None:
        if self.alt is None:
            return None
        ref, (n, d) = self.alt
        return -Fraction(n, d) if ref == 1 else Fraction(n, d)


_ASCII, _SHORT, _LONG, _RATIONAL, _BYTE, _UNDEF = 2, 3, 4, 5, 1, 7


def tiff_block(ex: Exif) -> bytes:
    """A TIFF block: IFD0 (Make, Model, Orientation, Software, ExifIFD and GPS pointers),
    Exif IFD (ExifVersion, DateTimeOriginal, BodySerialNumber, LensModel), GPS IFD
    (version, lat/lon refs and values, altitude ref and value)."""
    e = ">" if ex.order == "MM" else "<"

    def ascii_(s):
        return (_ASCII, len(s) + 1, s.encode("ascii") + b"\x00")

    def rationals(rs):
        return (_RATIONAL, len(rs), b"".join(struct.pack(e + "II", n, d) for n, d in rs))

    ifd0 = []
    if ex.make is not None:
        ifd0.append((0x010F, *ascii_(ex.make)))
    if ex.model is not None:
        ifd0.append((0x0110, *ascii_(ex.model)))
    if ex.orientation is not None:
        ifd0.append((0x0112, _SHORT, 1, struct.pack(e + "H", ex.orientation)))
    if ex.software is not None:
        ifd0.append((0x0131, *ascii_(ex.software)))
    exif_ifd = [(0x9000, _UNDEF, 4, b"0232")]
    if ex.dto is not None:
        exif_ifd.append((0x9003, *ascii_(ex.dto)))
    if ex.serial is not None:
        exif_ifd.append((0xA431, *ascii_(ex.serial)))
    if ex.lens is not None:
        exif_ifd.append((0xA434, *ascii_(ex.lens)))
    gps_ifd = []
    if ex.lat or ex.lon or ex.alt:
        gps_ifd.append((0x0000, _BYTE, 4, bytes([2, 3, 0, 0])))
    if ex.lat:
        gps_ifd.append((0x0001, *ascii_(ex.lat[0])))
        gps_ifd.append((0x0002, *rationals(ex.lat[1])))
    if ex.lon:
        gps_ifd.append((0x0003, *ascii_(ex.lon[0])))
        gps_ifd.append((0x0004, *rationals(ex.lon[1])))
    if ex.alt:
        gps_ifd.append((0x0005, _BYTE, 1, bytes([ex.alt[0]])))
        gps_ifd.append((0x0006, *rationals([ex.alt[1]])))

    def ifd_size(entries):
        data = sum(len(v) + (len(v) % 2) for *_, v in entries if len(v) > 4)
        return 2 + 12 * len(entries) + 4 + data

    # layout: header | IFD0 | Exif IFD | GPS IFD
    n_ptr = 1 + (1 if gps_ifd else 0)
    ifd0_full = ifd0 + [(0x8769, _LONG, 1, b"\x00" * 4)] + ([(0x8825, _LONG, 1, b"\x00" * 4)] if gps_ifd else [])
    off0 = 8
    off_exif = off0 + ifd_size(ifd0_full)
    off_gps = off_exif + ifd_size(exif_ifd)
    ifd0_full = ifd0 + [(0x8769, _LONG, 1, struct.pack(e + "I", off_exif))] + \
        ([(0x8825, _LONG, 1, struct.pack(e + "I", off_gps))] if gps_ifd else [])
    assert len(ifd0_full) == len(ifd0) + n_ptr

    def build(entries, start):
        entries = sorted(entries, key=lambda t: t[0])
        head = struct.pack(e + "H", len(entries))
        data = b""
        data_start = start + 2 + 12 * len(entries) + 4
        for tag, typ, count, value in entries:
            if len(value) <= 4:
                field_ = value + b"\x00" * (4 - len(value))
            else:
                field_ = struct.pack(e + "I", data_start + len(data))
                data += value + (b"\x00" if len(value) % 2 else b"")
            head += struct.pack(e + "HHI", tag, typ, count) + field_
        return head + struct.pack(e + "I", 0) + data

    out = (b"MM\x00\x2A" if ex.order == "MM" else b"II\x2A\x00") + struct.pack(e + "I", off0)
    out += build(ifd0_full, off0)
    assert len(out) == off_exif
    out += build(exif_ifd, off_exif)
    if gps_ifd:
        assert len(out) == off_gps
        out += build(gps_ifd, off_gps)
    return out


def app1_exif(tiff: bytes) -> bytes:
    return _seg(0xE1, b"Exif\x00\x00" + tiff)


def app13_fbmd(key: str) -> bytes:
    """APP13 'Photoshop 3.0' with an 8BIM IPTC resource holding what Facebook writes:
    2:103 Original Transmission Reference and 2:40 Special Instructions 'FBMD01...'."""
    fbmd = "FBMD0" + digits(key + "fbmd", 8) + "a" + hashlib.sha256(key.encode()).hexdigest()[:60]
    otr = token(key + "otr", 20)

    def ds(num, value: bytes):
        return b"\x1C\x02" + bytes([num]) + struct.pack(">H", len(value)) + value

    iptc = ds(0x00, b"\x00\x04") + ds(0x67, otr.encode()) + ds(0x28, fbmd.encode())
    if len(iptc) % 2:
        iptc += b"\x00"
    res = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    return _seg(0xED, b"Photoshop 3.0\x00" + res)


# ---------------------------------------------------------------------------------------
# The model of a media file
# ---------------------------------------------------------------------------------------

@dataclass
class File:
    """One media file as it sits (or should sit) in an export."""
    kind: str                 # jpeg | jpeg-fbmd | jpeg-badexif | png | webp | heic | mp4 | mp4-mp42
    key: str                  # seed for colours / filler bytes
    exif: Exif | None = None
    jfif_first: bool = False  # JPEG with EXIF: put a JFIF APP0 before the APP1

    def data(self) -> bytes:
        if self.kind == "jpeg":
            if self.exif is None:
                return jpeg_image(self.key)
            return jpeg_image(self.key, app_segments=[app1_exif(tiff_block(self.exif))], jfif=self.jfif_first)
        if self.kind == "jpeg-fbmd":
            return jpeg_image(self.key, app_segments=[app13_fbmd(self.key)])
        if self.kind == "jpeg-badexif":
            broken = b"Exif\x00\x00" + b"XX\x00\x2A\x00\x00\x00\x08" + hashlib.sha256(self.key.encode()).digest()
            return jpeg_image(self.key, app_segments=[_seg(0xE1, broken)], jfif=True)
        if self.kind == "png":
            return png_image(self.key)
        if self.kind == "webp":
            return webp_image(self.key, exif_tiff=tiff_block(self.exif) if self.exif else None)
        if self.kind == "heic":
            return heic_image(self.key, tiff_block(self.exif) if self.exif else None)
        if self.kind == "mp4":
            return mp4_video(self.key, b"isom")
        if self.kind == "mp4-mp42":
            return mp4_video(self.key, b"mp42")
        raise ValueError(self.kind)

    @property
    def fmt(self) -> str:
        return {"jpeg": "jpeg", "jpeg-fbmd": "jpeg", "jpeg-badexif": "jpeg", "png": "png", "webp": "webp",
                "heic": "heif", "mp4": "mp4", "mp4-mp42": "mp4"}[self.kind]

    @property
    def media_type(self) -> str:
        return "video" if self.fmt in ("mp4", "quicktime") else "photo"

    @property
    def file_exif(self) -> str:
        if self.kind == "jpeg-badexif":
            return "unreadable"
        return "yes" if self.exif is not None and self.kind in ("jpeg", "webp", "heic") else "no"

    @property
    def readable_exif(self) -> Exif | None:
        return self.exif if self.file_exif == "yes" else None


# ---------------------------------------------------------------------------------------
# The model of an export: its files, and every place its JSON mentions a media file
# ---------------------------------------------------------------------------------------

class Raw(str):
    """Text that goes into the JSON exactly as given (not re-encoded as Meta mojibake)."""


def enc(s: str | None) -> str | None:
    """Text as Meta writes it into JSON: mojibake, unless marked Raw."""
    if s is None:
        return None
    return str(s) if isinstance(s, Raw) else mojibake(s)


@dataclass
class Media:
    """One photo or video as Meta's JSON describes it, and where its file really is.
    Text fields hold the clean text; enc() turns them into what the JSON carries."""
    uri: str                    # as the JSON writes it
    file: File
    created: int                # creation_timestamp
    kind: str = "photo"         # photo | video: which *_metadata key the JSON uses
    title: str | None = None
    desc: str | None = None
    exif: dict | None = None    # Meta's EXIF fields (values as the JSON holds them)
    style: str = "wrapped"      # FB: 'flat' (2018-19) | 'wrapped' (exif_data[0]); IG always wrapped
    extra: dict = field(default_factory=dict)   # further keys written as-is after the known ones
    note: str = ""              # what this item tests (for --notes and the README)
    path: str | None = ""       # where the file sits, relative to the export root ("" = the uri;
                                # None = absent from the export)

    def __post_init__(self):
        if self.path == "":
            self.path = self.uri

    @property
    def key(self) -> str:
        return self.path if self.path is not None else self.uri

    def fb_json(self, title: str | None = "__own__") -> dict:
        d = {"uri": self.uri, "creation_timestamp": self.created}
        if self.exif is not None:
            meta = dict(self.exif) if self.style == "flat" else {"exif_data": [dict(self.exif)]}
            d["media_metadata"] = {f"{self.kind}_metadata": meta}
        t = self.title if title == "__own__" else title
        if t is not None:
            d["title"] = enc(t)
        if self.desc is not None:
            d["description"] = enc(self.desc)
        d.update(self.extra)
        return d

    def ig_json(self, title: str | None = "__own__") -> dict:
        d = {"uri": self.uri, "creation_timestamp": self.created}
        mm = {}
        if self.exif is not None:
            mm[f"{self.kind}_metadata"] = {"exif_data": [dict(self.exif)]}
        if "camera_metadata" in self.extra:
            mm["camera_metadata"] = self.extra["camera_metadata"]
        if mm:
            d["media_metadata"] = mm
        t = self.title if title == "__own__" else title
        d["title"] = enc(t) if t is not None else ""
        d.update({k: v for k, v in self.extra.items() if k != "camera_metadata"})
        return d


@dataclass
class Ref:
    """One mention of a media file by the export's JSON."""
    source: str                 # post album uncategorized video story profile_update group other_page
                                # (Instagram: post story reel profile_picture archived deleted video)
    container_ts: int | None = None   # the post-like container's timestamp
    text: str | None = None           # JSON-level text of the container (post text / IG post title)
    album: str | None = None          # JSON-level album name (album refs)
    title: str | None = None          # JSON-level media title as written in this container
    update_kind: str | None = None    # profile_update: profile_picture | cover_photo
    page: bool = False                # named by a file of a Page's own export (this_profile's_activity_…)


FB_SOURCE_ORDER = ["post", "album", "uncategorized", "video", "story", "reel", "profile_picture",
                   "cover_photo", "profile_update", "group", "other_page", "comment", "group_comment", "page_post",
                   "threads", "other_content", "meta_ai", "shared_memory", "birthday", "top_moments", "dating",
                   "avatar", "insights", "archived", "deleted", "unreferenced"]
FB_POST_LIKE = ("post", "group", "story", "profile_update", "other_page", "reel", "comment", "group_comment",
                "meta_ai", "shared_memory", "birthday", "top_moments")
PAGE_KINDS = ("post", "album", "uncategorized", "video", "reel")

FB_COLUMNS = ["platform", "media_type", "archive_path", "source", "album", "caption", "posted_at",
              "taken_at", "latitude", "longitude", "camera_make", "camera_model", "upload_ip",
              "file_exif", "visibility", "visibility_source"]
IG_COLUMNS = FB_COLUMNS + ["was_public"]


class Export:
    def __init__(self, platform: str, name: str, root: str | None):
        self.platform = platform
        self.name = name                  # fixture name, e.g. '2021-posts-zip'
        self.root = root                  # root folder name inside the zip / folder name
        self.files: dict[str, bytes] = {}  # archive path (relative to root) -> bytes
        self.media: dict[str, Media] = {}
        self.refs: dict[str, list[Ref]] = {}
        self.unreferenced: dict[str, tuple[File, str]] = {}
        # Instagram account facts
        self.private: bool | None = None          # None: the export has no privacy flag
        self.history: list[tuple[int, str]] | None = None   # (timestamp, 'public'|'private')
        self.export_time: int = 0
        self.page_export = False                  # every JSON file sits in this_profile's_activity_…

    # -- building -------------------------------------------------------------------
    def put(self, path: str, data: bytes):
        assert path not in self.files, path
        self.files[path] = data

    def json(self, path: str, obj):
        self.put(path, meta_json(obj))

    def ref(self, m: Media, ref: Ref):
        if m.key in self.media:
            assert self.media[m.key] is m, f"two different Media objects for {m.key}"
        else:
            self.media[m.key] = m
            if m.path is not None:
                self.put(m.path, m.file.data())
        self.refs.setdefault(m.key, []).append(ref)

    def unref(self, path: str, f: File, note: str = ""):
        self.put(path, f.data())
        self.unreferenced[path] = (f, note)

    # -- the oracle -----------------------------------------------------------------
    def rows(self) -> list[dict]:
        rows = []
        for key, m in self.media.items():
            rows.append(self.fb_row(m, self.refs[key]) if self.platform == "facebook"
                        else self.ig_row(m, self.refs[key]))
        for path, (f, _) in self.unreferenced.items():
            rows.append(self.unref_row(path, f))
        rows.sort(key=lambda r: r["archive_path"].encode("utf-8"))
        return rows

    def unref_row(self, path: str, f: File) -> dict:
        ex = f.readable_exif
        row = dict.fromkeys(IG_COLUMNS if self.platform == "instagram" else FB_COLUMNS, "")
        row.update(platform=self.platform, media_type=f.media_type, archive_path=path,
                   source="unreferenced", file_exif=f.file_exif, visibility="unknown",
                   visibility_source="none")
        if ex:
            row["taken_at"] = exif_date_to_iso(ex.dto) if ex.dto else ""
            if ex.lat and ex.lon:
                row["latitude"], row["longitude"] = fmt_coord(ex.lat_deg), fmt_coord(ex.lon_deg)
            row["camera_make"], row["camera_model"] = ex.make or "", ex.model or ""
        if self.platform == "instagram":
            row["was_public"] = self.was_public(None, ["unreferenced"])
        return row

    def fb_row(self, m: Media, refs: list[Ref]) -> dict:
        present = m.path is not None
        ex = m.file.readable_exif if present else None
        js = m.exif or {}
        tags = []
        for r in refs:
            if r.source == "album":
                name = fix_mojibake(r.album).casefold()
                tag = {"profile pictures": "profile_picture", "cover photos": "cover_photo",
                       "photos de couverture": "cover_photo"}.get(name, "album")
                tags.append("page_post" if r.page and tag == "album" else tag)
            elif r.page and r.source in PAGE_KINDS:
                tags.append("page_post")
            elif r.source == "profile_update":
                tags += [r.update_kind, "profile_update"]
            else:
                tags.append(r.source)
        sources = [s for s in FB_SOURCE_ORDER if s in tags]
        albums = [fix_mojibake(r.album) for r in refs if r.source == "album"]
        titles = [fix_mojibake(r.title) for r in refs if r.title]
        album = albums[0] if albums else (titles[0] if titles else "")
        post_like = [r for r in refs if r.source in FB_POST_LIKE]
        texts = [fix_mojibake(r.text) for r in post_like if r.text]
        caption = texts[0] if texts else (fix_mojibake(enc(m.desc)) if m.desc else "")
        posted = post_like[0].container_ts if post_like else m.created
        taken = ""
        tt = js.get("taken_timestamp")
        if tt is not None and tt != -62169958800:
            taken = iso_utc(tt)
        elif ex and ex.dto:
            taken = exif_date_to_iso(ex.dto)
        lat = lon = ""
        if js.get("latitude") is not None and js.get("longitude") is not None:
            lat, lon = fmt_coord(js["latitude"]), fmt_coord(js["longitude"])
        elif ex and ex.lat and ex.lon:
            lat, lon = fmt_coord(ex.lat_deg), fmt_coord(ex.lon_deg)
        make = js.get("camera_make") or (ex.make if ex and ex.make else "")
        model = js.get("camera_model") or (ex.model if ex and ex.model else "")
        ip = js.get("upload_ip") or ""
        if ip == "-":
            ip = ""
        if present:
            media_type = m.file.media_type
        else:
            media_type = m.kind
        public = ("profile_picture" in sources or "cover_photo" in sources
                  or (self.page_export and "page_post" in sources))
        vis, vsrc = ("public", "platform_rule") if public else ("unknown", "none")
        if sources == ["meta_ai"] or (sources and set(sources) <= {"dating", "top_moments"}):
            vis, vsrc = "private", "platform_rule"
        return {
            "platform": "facebook", "media_type": media_type, "archive_path": m.key,
            "source": ";".join(sources), "album": album, "caption": caption,
            "posted_at": iso_utc(posted), "taken_at": taken, "latitude": lat, "longitude": lon,
            "camera_make": fix_mojibake(make), "camera_model": fix_mojibake(model), "upload_ip": ip,
            "file_exif": m.file.file_exif if present else "missing",
            "visibility": vis, "visibility_source": vsrc,
        }

    def ig_row(self, m: Media, refs: list[Ref]) -> dict:
        present = m.path is not None
        ex = m.file.readable_exif if present else None
        js = m.exif or {}
        sources = [s for s in FB_SOURCE_ORDER if s in {r.source for r in refs}]
        post_titles = [fix_mojibake(r.text) for r in refs if r.text]
        caption = post_titles[0] if post_titles else (fix_mojibake(enc(m.title)) if m.title else "")
        post_ts = [r.container_ts for r in refs if r.container_ts is not None]
        posted = post_ts[0] if post_ts else m.created
        if js.get("date_time_original"):
            taken = ig_dto_to_iso(js["date_time_original"])
        elif ex and ex.dto:
            taken = exif_date_to_iso(ex.dto)
        else:
            taken = ""
        lat = lon = ""
        if js.get("latitude") is not None and js.get("longitude") is not None:
            lat, lon = fmt_coord(js["latitude"]), fmt_coord(js["longitude"])
        elif ex and ex.lat and ex.lon:
            lat, lon = fmt_coord(ex.lat_deg), fmt_coord(ex.lon_deg)
        if "profile_picture" in sources:
            vis, vsrc = "public", "platform_rule"
        elif "archived" in sources or "deleted" in sources:
            vis, vsrc = "private", "platform_rule"
        elif sources == ["threads"] or sources == ["comment"]:
            vis, vsrc = "unknown", "none"   # Threads privacy is set apart; a comment has its post's audience
        elif sources == ["meta_ai"]:
            vis, vsrc = "private", "platform_rule"
        elif self.private is None:
            vis, vsrc = "unknown", "none"
        else:
            vis, vsrc = ("private" if self.private else "public"), "account_setting"
        return {
            "platform": "instagram", "media_type": m.file.media_type if present else m.kind,
            "archive_path": m.key, "source": ";".join(sources), "album": "", "caption": caption,
            "posted_at": iso_utc(posted), "taken_at": taken, "latitude": lat, "longitude": lon,
            "camera_make": ex.make if ex and ex.make else "",
            "camera_model": ex.model if ex and ex.model else "", "upload_ip": "",
            "file_exif": m.file.file_exif if present else "missing",
            "visibility": vis, "visibility_source": vsrc,
            "was_public": ("unknown" if sources in (["threads"], ["comment"]) else "no" if sources == ["meta_ai"]
                           else self.was_public(posted, sources)),
        }

    def was_public(self, posted: int | None, sources: list[str]) -> str:
        if "profile_picture" in sources:
            return "yes"
        if self.private is False:
            return "yes"
        if self.private is None or self.history is None or posted is None:
            return "unknown"
        # Replay the switches: public intervals, given the current state is private.
        events = sorted(self.history)
        intervals = []
        state_before_first = "private" if events[0][1] == "public" else "public"
        if state_before_first == "public":
            intervals.append((None, events[0][0]))
        for i, (t, to) in enumerate(events):
            end = events[i + 1][0] if i + 1 < len(events) else None
            if to == "public":
                intervals.append((t, end))
        assert events[-1][1] == "private", "history must end in the current (private) state"
        for start, end in intervals:
            if end is None or end > posted:
                return "yes"
        return "no"


def csv_field(v: str) -> str:
    if any(c in v for c in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_csv(path: Path, columns: list[str], rows: list[dict]):
    lines = [",".join(columns)] + [",".join(csv_field(r[c]) for c in columns) for r in rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def write_folder(dest: Path, files: dict[str, bytes]):
    for p in sorted(files):
        target = dest / p
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[p])


def zip_entries(files: dict[str, bytes], root: str | None, dirs: bool, stored_media: bool = True) -> list[ZipEntry]:
    """Sorted entries; JSON/HTML/text deflated, media stored (as many real exports do)."""
    prefix = (root + "/") if root else ""
    names = sorted(files)
    entries = []
    if dirs:
        folders = set()
        if root:
            folders.add(prefix)
        for n in names:
            parts = n.split("/")[:-1]
            for i in range(1, len(parts) + 1):
                folders.add(prefix + "/".join(parts[:i]) + "/")
        allnames = sorted([(f, None) for f in folders] + [(prefix + n, n) for n in names])
    else:
        allnames = [(prefix + n, n) for n in names]
    for full, rel in allnames:
        if rel is None:
            entries.append(ZipEntry(full, None))
        else:
            textual = rel.endswith((".json", ".html", ".txt", ".htm", ".csv"))
            entries.append(ZipEntry(full, files[rel], 8 if (textual or not stored_media) else 0))
    return entries


# ---------------------------------------------------------------------------------------
# Shared building blocks for the fixtures
# ---------------------------------------------------------------------------------------

def dms(ref: str, d: int, m: int, s: str):
    """('N', 38, 42, '50.31') -> GPS rational triple; seconds kept to 2 decimals."""
    whole, _, frac = s.partition(".")
    frac = (frac + "00")[:2]
    return (ref, ((d, 1), (m, 1), (int(whole) * 100 + int(frac), 100)))


def fb_post(ex: Export, t: int, text: str | None, media: list[Media], title: str,
            source: str = "post", place: dict | None = None, tags=None, data_extra=None,
            external: dict | None = None, update_kind: str | None = None, page: bool = False) -> dict:
    """A Facebook post-like object: posts, group posts, stories and profile updates share it."""
    attachments = []
    if media:
        attachments.append({"data": [{"media": m.fb_json()} for m in media]})
    if place:
        attachments.append({"data": [{"place": place}]})
    if external:
        attachments.append({"data": [{"external_context": external}]})
    d: dict = {"timestamp": t}
    if attachments:
        d["attachments"] = attachments
    data = []
    if text is not None:
        data.append({"post": enc(text)})
    data += data_extra or []
    if data:
        d["data"] = data
    d["title"] = enc(title)
    if tags is not None:
        d["tags"] = tags
    for m in media:
        ex.ref(m, Ref(source, t, enc(text) if text else None, title=enc(m.title) if m.title else None,
                      update_kind=update_kind, page=page))
    return d


def fb_album(ex: Export, name: str, photos: list[Media], cover: Media, last_modified: int,
             desc: str | None = None, photo_titles: bool = True, page: bool = False) -> dict:
    """An album file. Album photos carry the album name as their title (2020+), and the
    album's cover_photo repeats one of its photos."""
    t = name if photo_titles else None
    d = {"name": enc(name), "photos": [m.fb_json(title=t) for m in photos],
         "cover_photo": cover.fb_json(title=t), "last_modified_timestamp": last_modified}
    if desc is not None:
        d["description"] = enc(desc)
    for m in photos + [cover]:
        ex.ref(m, Ref("album", album=enc(name), page=page))
    return d


def fb_collection(ex: Export, key: str, source: str, media: list[Media], page: bool = False) -> dict:
    """your_uncategorized_photos.json / your_videos.json: {key: [Media]}"""
    for m in media:
        ex.ref(m, Ref(source, title=enc(m.title) if m.title else None, page=page))
    return {key: [m.fb_json() for m in media]}


# Camera EXIF used by several fixtures (values invented; GPS chosen away from rounding ties)
def ex_fuji_belem():
    return Exif(make="FUJIFILM", model="X-T20", orientation=1, software="Digital Camera X-T20 Ver4.30",
                dto="2019:06:30 11:15:27", serial="73Q51234", lens="XF18-55mmF2.8-4 R LM OIS",
                lat=dms("N", 38, 41, "30.42"), lon=dms("W", 9, 12, "57.60"), alt=(0, (12, 1)))


def ex_samsung_noGPS():
    return Exif(make="samsung", model="SM-A505F", orientation=1, software="A505FDDU4BSL1",
                dto="2019:03:17 09:41:02", order="II")


# ---------------------------------------------------------------------------------------
# Facebook 1: 2019 extracted folder (photos_and_videos/, flat photo_metadata)
# ---------------------------------------------------------------------------------------

def fb_2019() -> Export:
    ex = Export("facebook", "2019-folder", "facebook-jdoe-2019-08-14")
    ex.export_time = ts("2019-08-14T10:00:00")
    pv = "photos_and_videos"
    lisbon = f"{pv}/SummerinLisbon_{token('fb19-lisbon', 10)}"
    profile = f"{pv}/ProfilePictures_{token('fb19-pp', 10)}"
    mobile = f"{pv}/MobileUploads_{token('fb19-mu', 10)}"
    ip = "203.0.113.24"

    def flat(**kw):
        return kw

    l1 = Media(uri=f"{lisbon}/{fb_name('fb19-l1')}", file=File("jpeg-fbmd", "fb19-l1"),
               created=ts("2019-07-01T20:11:43"), desc="Praça do Comércio at golden hour", style="flat",
               exif=flat(camera_make="Apple", camera_model="iPhone XR", taken_timestamp=ts("2019-06-29T16:42:05"),
                         modified_timestamp=ts("2019-06-29T16:42:05"), exposure="1/1250", focal_length="425/100",
                         f_stop="180/100", iso_speed=25, latitude=38.713975, longitude=-9.139397222222,
                         orientation=1, original_width=4032, original_height=3024, upload_ip=ip),
               extra={"comments": [{"timestamp": ts("2019-07-01T21:02:10"), "comment": enc("Wunderschön!"),
                                    "author": "Anna Schmidt"}]},
               note="flat photo_metadata with GPS+camera; file carries only Facebook's IPTC FBMD block (file_exif no); caption from description (mojibake ç/é)")
    l2_name = fb_name("fb19-l2")
    l2 = Media(uri=f"https://interncache-ftw.fbcdn.net/v/t1.0-9/{l2_name}?_nc_cat=101&_nc_ht=interncache-ftw&oh=" +
                   hashlib.sha256(b"fb19-l2").hexdigest()[:32] + "&oe=5DDF1A2B",
               path=f"{lisbon}/{l2_name}", file=File("jpeg", "fb19-l2", ex_fuji_belem()),
               created=ts("2019-07-01T20:11:44"), style="flat", exif=flat(upload_ip="-"),
               note="uri is a remote interncache-*.fbcdn.net URL; file found by name in the album folder; upload_ip '-' = none; everything else from the file's EXIF (taken_at without Z)")
    l3 = Media(uri=f"{lisbon}/{fb_name('fb19-l3')}", file=File("jpeg", "fb19-l3", ex_samsung_noGPS()),
               created=ts("2019-07-01T20:11:46"), desc="Tram 28", style="flat",
               exif=flat(camera_make="", camera_model="", taken_timestamp=ts("2019-06-30T08:03:51"),
                         iso_speed=50, orientation=1, upload_ip=ip),
               note="JSON camera_make/camera_model are empty strings -> camera from file EXIF (no GPS in it)")
    pp1 = Media(uri=f"{profile}/{fb_name('fb19-pp1')}", file=File("jpeg", "fb19-pp1"),
                created=ts("2019-05-04T12:30:00"), style="flat", exif=flat(upload_ip="198.51.100.7"),
                note="in album 'Profile Pictures' (title case) and in profile_update_history -> profile_picture, public/platform_rule")
    pp2 = Media(uri=f"{profile}/{fb_name('fb19-pp2')}", file=File("jpeg", "fb19-pp2"),
                created=ts("2016-03-12T15:04:09"), style="flat",
                exif=flat(taken_timestamp=ts("2016-03-11T10:20:30"), upload_ip="198.51.100.7"),
                note="older profile picture, only in the album")
    mu1 = Media(uri=f"{mobile}/{fb_name('fb19-mu1')}", file=File("jpeg", "fb19-mu1"),
                created=ts("2019-07-02T18:20:11"), title="Mobile Uploads", style="flat",
                exif=flat(camera_make="Apple", camera_model="iPhone XR", taken_timestamp=ts("2019-07-02T12:01:40"),
                          latitude=38.6916, longitude=-9.2160, iso_speed=20, upload_ip=ip),
                note="in a post and in album 'Mobile Uploads' -> one row, post;album; posted_at = post timestamp (12 s after creation_timestamp)")
    v1 = Media(uri=f"{pv}/videos/{fb_name('fb19-v1', '.mp4')}", file=File("mp4", "fb19-v1"),
               created=ts("2019-07-03T09:14:55"), kind="video", title="", desc="Waves at Cascais", style="flat",
               exif=flat(upload_ip=ip),
               extra={"thumbnail": {"uri": "https://interncache-ftw.fbcdn.net/v/t15.5256-10/" + fb_name("fb19-v1t") +
                                           "?_nc_cat=104&_nc_ht=interncache-ftw"}},
               note="video in a post and in your_videos.json (key 'videos') -> post;video; flat video_metadata; remote thumbnail uri")
    v2 = Media(uri=f"{pv}/videos/{fb_name('fb19-v2', '.mp4')}", file=File("mp4-mp42", "fb19-v2"),
               created=ts("2019-07-04T21:40:02"), kind="video", title="", desc="Sunset timelapse", style="flat",
               exif=flat(upload_ip=ip), note="video only in your_videos.json; mp42 brand; caption from description")

    ex.json(f"{pv}/album/0.json", fb_album(ex, "Summer in Lisbon", [l1, l2, l3], l1, ts("2019-07-01T20:15:00"),
                                           desc="Eine Woche Lissabon", photo_titles=False))
    ex.json(f"{pv}/album/1.json", fb_album(ex, "Profile Pictures", [pp1, pp2], pp1, ts("2019-05-04T12:30:00"),
                                           photo_titles=False))
    ex.json(f"{pv}/album/2.json", fb_album(ex, "Mobile Uploads", [mu1], mu1, ts("2019-07-02T18:20:11"),
                                           photo_titles=False))
    posts = [
        fb_post(ex, ts("2019-07-04T21:40:30"), None, [], "Jane Doe shared a link.",
                external={"url": "https://example.org/lisbon-guide"}, tags=[]),
        fb_post(ex, ts("2019-07-03T09:15:07"), "Waves at Cascais", [v1], "Jane Doe added a new video."),
        fb_post(ex, ts("2019-07-02T18:20:23"), "Back from Lisbon! Best pastéis de nata ever 🙂", [mu1],
                "Jane Doe added a new photo.", tags=["Anna Schmidt"]),
        fb_post(ex, ts("2019-06-27T07:05:00"), "Heading to Lisbon tomorrow!", [], "Jane Doe updated her status."),
    ]
    ex.json("posts/your_posts_1.json", posts)
    ex.json(f"{pv}/your_videos.json", fb_collection(ex, "videos", "video", [v1, v2]))
    ex.json("profile_information/profile_update_history.json", {"profile_updates": [
        fb_post(ex, pp1.created, None, [pp1], "Jane Doe updated her profile picture.", source="profile_update",
                update_kind="profile_picture"),
        {"timestamp": ts("2018-11-02T08:00:00"), "title": "Jane Doe updated her current city."},
    ]})
    ex.json("profile_information/profile_information.json", {"profile": {
        "name": {"full_name": "Jane Doe", "first_name": "Jane", "middle_name": "", "last_name": "Doe"},
        "username": "jdoe", "registration_timestamp": ts("2009-02-20T19:00:00")}})
    # a photo in photos_and_videos/your_posts/ that no JSON mentions
    unref = f"{pv}/your_posts/{fb_name('fb19-unref')}"
    ex.unref(unref, File("jpeg", "fb19-unref", Exif(make="Apple", model="iPhone XR", orientation=6,
                                                     software="12.3.1", dto="2019:05:30 19:02:44")),
             note="photos_and_videos/your_posts/ file no JSON mentions -> unreferenced; camera/taken_at from its EXIF")
    # macOS junk that must be ignored
    ex.put(".DS_Store", b"\x00\x00\x00\x01Bud1" + b"\x00" * 24)
    ex.put(f"__MACOSX/{lisbon}/._{l1.path.rsplit('/', 1)[1]}", apple_double())
    ex.put(f"{pv}/your_posts/._{unref.rsplit('/', 1)[1]}", apple_double())
    return ex


# ---------------------------------------------------------------------------------------
# Facebook 2: 2021 zip without root folder (posts/, wrapped exif_data, mojibake)
# ---------------------------------------------------------------------------------------

def fb_2021() -> Export:
    ex = Export("facebook", "2021-posts-zip", None)
    ex.export_time = ts("2021-06-01T08:00:00")
    pm = "posts/media"
    mobile = f"{pm}/Mobileuploads_{token('fb21-mu', 10)}"
    berlin = f"{pm}/BerlinFrhling2021_{token('fb21-bf', 10)}"
    timeline = f"{pm}/Timelinephotos_{token('fb21-tl', 10)}"
    group_dir = f"{pm}/BerlinCyclingClub_{token('fb21-gr', 10)}"
    yp = f"{pm}/your_posts"
    ip4, ip6 = "198.51.100.23", "2001:db8:4f1::23"
    BAD_TAKEN = -62169958800

    a1 = Media(uri=f"{mobile}/{fb_name('fb21-a1')}", file=File("jpeg", "fb21-a1"),
               created=ts("2021-05-09T12:04:17"), title="Mobile Uploads",
               exif={"upload_ip": ip6, "taken_timestamp": ts("2021-05-09T11:58:40"), "camera_make": "samsung",
                     "camera_model": "SM-G991B", "iso": 50, "exposure": "1/2000", "f_stop": "18/10",
                     "focal_length": "54/10", "orientation": 1, "original_width": 4000, "original_height": 3000,
                     "latitude": 52.4730072, "longitude": 13.4020338},
               note="in a post (media title 'Mobile Uploads') and in album 0 named 'Mobile uploads' -> ONE row, post;album, album name from the album file; emoji caption")
    a2 = Media(uri=f"{mobile}/{fb_name('fb21-a2')}", file=File("jpeg", "fb21-a2"),
               created=ts("2021-05-15T18:30:02"), desc="Spargelzeit! Weißer Spargel mit Sauce hollandaise",
               exif={"upload_ip": ip4, "taken_timestamp": ts("2021-05-15T17:55:10")},
               note="album-only photo, also the album's cover_photo (not a Facebook cover photo); caption from description (ß)")
    b1 = Media(uri=f"{berlin}/{fb_name('fb21-b1')}", file=File("jpeg", "fb21-b1", Exif(
                   make="Google", model="Pixel 5", orientation=1, software="HDR+ 1.0.345721629zd",
                   dto="2021:04:03 16:20:45", lat=dms("N", 52, 31, "01.11"), lon=dms("E", 13, 22, "38.22"),
                   alt=(0, (3400, 100)))),
               created=ts("2021-04-03T19:00:12"), desc="Brandenburger Tor",
               exif={"upload_ip": ip4, "taken_timestamp": ts("2021-04-03T14:20:45"),
                     "latitude": 52.516275462963, "longitude": 13.377704158333},
               note="JSON GPS with 12 decimals (rounded to 7) wins over the file's different EXIF GPS; camera from EXIF")
    b2 = Media(uri=f"{berlin}/{fb_name('fb21-b2')}", file=File("png", "fb21-b2"),
               created=ts("2021-04-03T19:00:14"), desc="Screenshot: Radroute Mauerweg",
               exif={"upload_ip": ip4},
               note="a PNG saved under a .jpg name: format from magic bytes, PNG without eXIf -> file_exif no")
    c1 = Media(uri=f"{timeline}/{fb_name('fb21-c1')}", file=File("jpeg", "fb21-c1"),
               created=ts("2021-03-20T13:10:01"), title="Timeline photos", desc="Marienplatz",
               exif={"upload_ip": ip4, "taken_timestamp": ts("2021-03-20T11:45:12"), "camera_make": "Apple",
                     "camera_model": "iPhone 11", "latitude": 48.137154, "longitude": 11.576124, "iso": 32},
               note="post with three photos; the post text wins over this photo's own description")
    c2 = Media(uri=f"{timeline}/{fb_name('fb21-c2')}", file=File("jpeg", "fb21-c2", Exif(
                   make="Google", model="Pixel 5", orientation=1, dto="2021:03:20 15:22:08",
                   lat=dms("N", 48, 9, "08.52"), lon=dms("E", 11, 35, "31.08"), order="II")),
               created=ts("2021-03-20T13:10:02"), title="Timeline photos",
               exif={"upload_ip": ip4, "taken_timestamp": BAD_TAKEN},
               note="taken_timestamp -62169958800 (year 0) ignored -> taken_at from file EXIF (no Z); GPS from EXIF")
    c3 = Media(uri=f"{timeline}/{fb_name('fb21-c3')}", file=File("jpeg", "fb21-c3"),
               created=ts("2021-03-20T13:10:03"), title="Timeline photos",
               exif={"upload_ip": ip4, "taken_timestamp": BAD_TAKEN},
               note="taken_timestamp -62169958800 ignored and no file EXIF -> taken_at empty")
    d1 = Media(uri=f"{mobile}/{fb_name('fb21-d1')}", file=File("jpeg", "fb21-d1", Exif(
                   make="OnePlus", model="ONEPLUS A6013", orientation=1, dto="2021:02:14 09:12:33",
                   software="OnePlus6T-user 10 QKQ1.190716.003")),
               created=ts("2021-02-14T10:01:55"), title="Mobile Uploads", exif={"upload_ip": ip4},
               note="Cyrillic caption; sits in the Mobile uploads folder but not in the album file -> album from media title 'Mobile Uploads'; EXIF without GPS")
    e1 = Media(uri=f"{yp}/{fb_name('fb21-e1')}", file=File("jpeg", "fb21-e1", Exif(
                   make="Sony", model="ILCE-7M3", orientation=1, software="ILCE-7M3 v3.10",
                   dto="2020:11:21 19:34:10", serial="4591234", lens="FE 24-105mm F4 G OSS",
                   lat=dms("N", 35, 39, "31.03"), lon=dms("E", 139, 44, "43.44"), alt=(0, (4210, 100))),
                   jfif_first=True),
               created=ts("2021-01-08T11:00:00"), exif={"upload_ip": ip4, "taken_timestamp": ts("2020-11-21T10:34:10")},
               note="Japanese caption; JFIF APP0 before the EXIF APP1; JSON taken_timestamp (Z) wins over EXIF date")
    f1 = Media(uri=f"{yp}/{fb_name('fb21-f1')}", file=File("jpeg", "fb21-f1"),
               created=ts("2020-12-24T19:45:00"), exif={"upload_ip": ip4},
               note="caption whose escaped bytes are NOT valid UTF-8: kept as decoded from JSON (Latin-1 letters)")
    g1 = Media(uri=f"{yp}/{fb_name('fb21-g1')}", file=File("jpeg", "fb21-g1"), path=None,
               created=ts("2020-08-15T16:00:00"),
               exif={"upload_ip": ip4, "taken_timestamp": ts("2019-08-10T13:14:15"), "camera_make": "Apple",
                     "camera_model": "iPhone 8"},
               note="the JSON names this file but the zip lacks it -> file_exif missing; media_type from photo_metadata; archive_path = the JSON uri")
    h1 = Media(uri=f"{yp}/{fb_name('fb21-h1')}", file=File("jpeg", "fb21-h1", Exif(
                   make="Apple", model="iPhone 11", orientation=1, software="14.4.2", dto="2021:04:25 15:40:02")),
               created=ts("2021-04-25T14:02:09"), exif={"upload_ip": ip4},
               note="check-in post with a place that has coordinates; the photo has no GPS -> latitude/longitude empty; caption with quote, comma and line break")
    v1 = Media(uri=f"{pm}/videos/{fb_name('fb21-v1', '.mp4')}", file=File("mp4-mp42", "fb21-v1"),
               created=ts("2021-05-22T17:12:40"), kind="video", desc="First try at stand-up paddling",
               exif={"upload_ip": ip6, "upload_timestamp": 0},
               note="video in a post and in your_videos.json (videos_v2) -> post;video; ZWJ emoji in caption")
    u1 = Media(uri=f"{pm}/your_uncategorized_photos/{fb_name('fb21-u1')}", file=File("jpeg", "fb21-u1", Exif(
                   make="Canon", model="Canon EOS 80D", orientation=1, software="Firmware Version 1.0.2",
                   dto="2020:09:12 14:03:59", serial="043021001234", lens="EF-S18-135mm f/3.5-5.6 IS USM",
                   lat=dms("N", 53, 32, "44.64"), lon=dms("E", 9, 59, "02.88"), alt=(0, (150, 10)))),
               created=ts("2020-09-13T08:00:00"), desc="Elbphilharmonie", exif={"upload_ip": ip4},
               note="uncategorized photo (other_photos_v2); GPS, camera and taken_at from the file's EXIF")
    u2 = Media(uri=f"{pm}/your_uncategorized_photos/{fb_name('fb21-u2')}", file=File("jpeg-badexif", "fb21-u2"),
               created=ts("2020-09-13T08:00:05"), exif={"upload_ip": ip4},
               note="APP1 'Exif' segment whose TIFF header is garbage -> file_exif unreadable")
    gr1 = Media(uri=f"{group_dir}/{fb_name('fb21-gr1')}", file=File("jpeg", "fb21-gr1"),
                created=ts("2021-05-27T07:30:00"), exif={"upload_ip": ip4},
                note="photo in a group post (groups/your_posts_in_groups.json, group_posts_v2) -> group")

    posts1 = [
        fb_post(ex, ts("2021-05-09T12:04:26"), "Sunny Sunday at Tempelhofer Feld 🙂☀️🚲", [a1],
                "Jane Doe added a new photo.", tags=["Anna Schmidt"]),
        fb_post(ex, ts("2021-05-01T10:00:00"), None, [], "Jane Doe shared a link.",
                external={"url": "https://example.org/fahrrad", "name": "Fahrradrouten in Berlin"}),
        fb_post(ex, ts("2021-04-25T14:02:20"), 'Kaffee und Kuchen at "Café Einstein", finally!\nBest Apfelstrudel in town.',
                [h1], "Jane Doe was at Café Einstein Stammhaus.",
                place={"name": enc("Café Einstein Stammhaus"), "coordinate": {"latitude": 52.5036, "longitude": 13.3547},
                       "address": enc("Kurfürstenstraße 58, 10785 Berlin"), "url": "https://example.org/cafe-einstein"}),
        fb_post(ex, ts("2021-03-20T13:10:15"), "Schöne Grüße aus München! Äpfel, Öl & Übermut – Prost 🍺",
                [c1, c2, c3], "Jane Doe added 3 new photos."),
        fb_post(ex, ts("2021-01-08T11:00:09"), "東京タワーの夜景がきれい ✨", [e1], "Jane Doe added a new photo."),
        fb_post(ex, ts("2020-12-24T19:45:10"), Raw("Crème brûlée à la carte, c'était parfait"), [f1],
                "Jane Doe added a new photo."),
    ]
    posts2 = [
        fb_post(ex, ts("2021-05-22T17:12:59"), "First try at stand-up paddling 🏄‍♀️", [v1], "Jane Doe added a new video."),
        fb_post(ex, ts("2021-02-14T10:02:03"), "Привет, мир! Доброе утро из Риги", [d1], "Jane Doe added a new photo."),
        fb_post(ex, ts("2020-08-15T16:00:20"), "Throwback to last summer", [g1], "Jane Doe added a new photo."),
        fb_post(ex, ts("2020-07-01T09:00:00"), "Just text, no photo.", [], "Jane Doe updated her status.",
                data_extra=[{"update_timestamp": ts("2020-07-01T09:05:00")}]),
    ]
    ex.json("posts/your_posts_1.json", posts1)
    ex.json("posts/your_posts_2.json", posts2)
    ex.json("posts/album/0.json", fb_album(ex, "Mobile uploads", [a1, a2], a2, ts("2021-05-15T18:30:02")))
    ex.json("posts/album/1.json", fb_album(ex, "Berlin – Frühling 2021", [b1, b2], b1, ts("2021-04-03T19:00:14"),
                                           desc="Frühling in Berlin 🌸"))
    ex.json("posts/your_uncategorized_photos.json", fb_collection(ex, "other_photos_v2", "uncategorized", [u1, u2]))
    ex.json("posts/your_videos.json", fb_collection(ex, "videos_v2", "video", [v1]))
    ex.json("groups/your_posts_in_groups.json", {"group_posts_v2": [
        fb_post(ex, ts("2021-05-27T07:30:06"), "Anyone up for the Mauerweg ride on Saturday? Route below.", [gr1],
                "Jane Doe posted in Berlin Cycling Club.", source="group"),
    ]})
    ex.json("profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": "Jane Doe", "first_name": "Jane", "middle_name": "", "last_name": "Doe"},
        "username": "jdoe"}})
    return ex


# ---------------------------------------------------------------------------------------
# Facebook 3: 2023 export in two zips, JSON uris with the wrong folder prefix
# ---------------------------------------------------------------------------------------

FB23_ROOT = "facebook-jdoe-2023-10-02-Xy12Ab34"


def fb_2023() -> tuple[Export, set[str]]:
    """Returns the export and the set of archive paths that go into part 1."""
    ex = Export("facebook", "2023-two-parts", FB23_ROOT)
    ex.export_time = ts("2023-10-02T07:00:00")
    json_pm = "your_activity_across_facebook/posts/media"    # what the JSON says
    real_pm = "your_facebook_activity/posts/media"           # where the files are
    ip = "203.0.113.88"

    def m(key, folder, ext=".jpg", missing=False, **kw):
        name = fb_name(key, ext)
        return Media(uri=f"{json_pm}/{folder}/{name}", path=None if missing else f"{real_pm}/{folder}/{name}", **kw)

    covers = f"Coverphotos_{token('fb23-cp', 10)}"
    mobile = f"Mobileuploads_{token('fb23-mu', 10)}"
    cv1 = m("fb23-cv1", covers, file=File("jpeg-fbmd", "fb23-cv1"), created=ts("2023-06-18T09:12:00"),
            exif={"upload_ip": ip},
            note="current cover photo: album 'Cover photos' + profile_update_history -> cover_photo, public/platform_rule; the only media file in part 1; FBMD-only file")
    cv2 = m("fb23-cv2", covers, file=File("jpeg", "fb23-cv2"), created=ts("2020-02-02T20:20:20"),
            exif={"upload_ip": ip, "taken_timestamp": ts("2020-01-26T14:00:00")},
            note="older cover photo, only in the album -> cover_photo")
    m1 = m("fb23-m1", mobile, file=File("jpeg", "fb23-m1", Exif(
                make="Apple", model="iPhone 13", orientation=1, software="16.5", dto="2023:07:14 12:30:55",
                lens="iPhone 13 back dual wide camera 5.1mm f/1.6",
                lat=dms("N", 60, 23, "31.20"), lon=dms("E", 5, 19, "26.40"), alt=(0, (2100, 100)))),
           created=ts("2023-07-14T18:01:12"), title="Mobile uploads",
           exif={"upload_ip": ip, "taken_timestamp": ts("2023-07-14T10:30:55"), "latitude": 60.3920117, "longitude": 5.3240833},
           note="uri prefix your_activity_across_facebook/ but file under your_facebook_activity/ (resolved by suffix); post;album; JSON GPS wins over EXIF GPS; camera from EXIF")
    m2 = m("fb23-m2", mobile, file=File("jpeg", "fb23-m2"), created=ts("2023-05-01T09:00:01"), title="Mobile uploads",
           exif={"upload_ip": ip, "taken_timestamp": ts("2023-04-29T16:44:00"), "camera_make": "Apple",
                 "camera_model": "iPhone 13", "iso": 100, "orientation": 1},
           note="first of two photos in a post; album from the media title")
    m3 = m("fb23-m3", mobile, missing=True, file=File("jpeg", "fb23-m3"), created=ts("2023-05-01T09:00:02"),
           title="Mobile uploads", exif={"upload_ip": ip},
           note="second photo of that post is in neither zip -> missing; archive_path is the JSON's (wrong-prefix) uri")
    vd1 = m("fb23-vd1", "videos", ".mp4", file=File("mp4", "fb23-vd1"), created=ts("2023-08-20T19:19:19"), kind="video",
            title="", desc="Midnight sun", exif={"upload_ip": ip, "upload_timestamp": ts("2023-08-20T19:19:19")},
            extra={"dubbing_info": [], "media_variants": []},
            note="video in a post and in your_videos.json -> post;video")
    un1 = m("fb23-un1", "your_uncategorized_photos", file=File("jpeg", "fb23-un1", Exif(
                make="samsung", model="SM-S911B", orientation=1, software="S911BXXU2AWF1",
                dto="2023:03:03 11:11:11", order="II")),
            created=ts("2023-03-03T12:00:00"), exif={"upload_ip": "2001:db8:85a3::8a2e:370:7334"},
            note="uncategorized photo, IPv6 upload_ip, EXIF without GPS (little-endian TIFF)")

    posts = [
        fb_post(ex, ts("2023-08-20T19:19:40"), "Midnight sun over the fjord", [vd1], "Jane Doe added a new video."),
        fb_post(ex, ts("2023-07-14T18:01:20"), "Fjord views from the ferry ⛴️", [m1], "Jane Doe added a new photo."),
        fb_post(ex, ts("2023-05-01T09:00:12"), "Two from the archive", [m2, m3], "Jane Doe added 2 new photos."),
    ]
    base = "your_activity_across_facebook/posts"
    ex.json(f"{base}/your_posts__check_ins__photos_and_videos_1.json", posts)
    ex.json(f"{base}/album/0.json", fb_album(ex, "Cover photos", [cv1, cv2], cv1, ts("2023-06-18T09:12:00")))
    ex.json(f"{base}/album/1.json", fb_album(ex, "Mobile uploads", [m1], m1, ts("2023-07-14T18:01:12"),
                                             desc=""))
    ex.json(f"{base}/your_uncategorized_photos.json", fb_collection(ex, "other_photos_v2", "uncategorized", [un1]))
    ex.json(f"{base}/your_videos.json", fb_collection(ex, "videos_v2", "video", [vd1]))
    ex.json(f"{base}/some_new_file_2023.json", {"mystery_v3": {"entries": [
        {"label": "Something new", "value": None, "vec": [1, "two", {"three": 3}]}], "uri": 42}})
    ex.json("personal_information/profile_information/profile_update_history.json", {"profile_updates_v2": [
        fb_post(ex, cv1.created, None, [cv1], "Jane Doe updated her cover photo.", source="profile_update",
                update_kind="cover_photo"),
        {"timestamp": ts("2022-11-11T11:11:11"), "title": "Jane Doe updated her bio."},
    ]})
    unref = f"{real_pm}/your_posts/{fb_name('fb23-unref')}"
    ex.unref(unref, File("jpeg", "fb23-unref"), note="media file in part 2 that no JSON mentions -> unreferenced")
    part1 = {p for p in ex.files if not p.startswith("your_facebook_activity/")} | {cv1.path}
    return ex, part1


# ---------------------------------------------------------------------------------------
# Facebook 4: 2024 zip with root folder (your_facebook_activity/): the bundled sample
# ---------------------------------------------------------------------------------------

FB24_ROOT = "facebook-jdoe-2024-11-18-Ab12Cd34"


def friend_chat(ex: Export, act: str, key: str, t: int, more: list[dict] = ()):
    """A Messenger chat in which a friend sent a photo at t: no importer reads it."""
    thread = f"{act}/messages/inbox/annaschmidt_{digits(f'{key}-thread', 16)}"
    msg_photo = f"{thread}/photos/{fb_name(f'{key}-msg')}"
    ex.put(msg_photo, File("jpeg", f"{key}-msg").data())
    ex.json(f"{thread}/message_1.json", {
        "participants": [{"name": "Anna Schmidt"}, {"name": "Jane Doe"}],
        "messages": [{"sender_name": "Anna Schmidt", "timestamp_ms": t * 1000,
                      "photos": [{"uri": msg_photo, "creation_timestamp": t}]}, *more],
        "title": "Anna Schmidt", "is_still_participant": True, "thread_path": thread.split("/", 2)[2]})


def fb_2024() -> Export:
    ex = Export("facebook", "2024-root-folder", FB24_ROOT)
    ex.export_time = ts("2024-11-18T06:00:00")
    act = "your_facebook_activity"
    pm = f"{act}/posts/media"
    ip, ip6 = "203.0.113.45", "2001:db8:1234:5678::9"
    pp = f"{pm}/Profilepictures_{token('fb24-pp', 10)}"
    cp = f"{pm}/Coverphotos_{token('fb24-cp', 10)}"
    mu = f"{pm}/Mobileuploads_{token('fb24-mu', 10)}"
    alps = f"{pm}/HikingtheAlps2024_{token('fb24-al', 10)}"
    tl = f"{pm}/Timelinephotos_{token('fb24-tl', 10)}"

    def backup(key):
        return {"backup_uri": f"https://scontent.xx.fbcdn.net/v/t39.30808-6/{fb_name(key)}?stp=dst-jpg&_nc_cat=1&oh={token(key, 16)}"}

    pp1 = Media(uri=f"{pp}/{fb_name('fb24-pp1')}", file=File("jpeg-fbmd", "fb24-pp1"), created=ts("2024-03-09T10:15:00"),
                exif={"upload_ip": ip, "taken_timestamp": ts("2024-03-02T15:47:31")}, extra=backup("fb24-pp1"),
                note="current profile picture: album 'Profile pictures' + profile_update_history -> profile_picture, public/platform_rule; FBMD-only file")
    pp2 = Media(uri=f"{pp}/{fb_name('fb24-pp2')}", file=File("jpeg", "fb24-pp2"), created=ts("2019-11-30T21:00:00"),
                exif={"upload_ip": ip}, note="older profile picture, only in the album")
    cp1 = Media(uri=f"{cp}/{fb_name('fb24-cp1')}", file=File("jpeg", "fb24-cp1"), created=ts("2024-07-21T08:00:00"),
                exif={"upload_ip": ip, "orientation": 1}, extra=backup("fb24-cp1"),
                note="cover photo: album 'Cover photos' + profile_update_history -> cover_photo, public/platform_rule")
    mu1 = Media(uri=f"{mu}/{fb_name('fb24-mu1')}", file=File("jpeg", "fb24-mu1"), created=ts("2024-08-11T07:58:02"),
                title="Mobile uploads", desc="Sunrise hike up the Zugspitze ⛰️",
                exif={"upload_ip": ip, "taken_timestamp": ts("2024-08-11T04:12:09"), "modified_timestamp": ts("2024-08-11T04:12:09"),
                      "camera_make": "Apple", "camera_model": "iPhone 14 Pro", "exposure": "1/120", "f_stop": "178/100",
                      "focal_length": "686/100", "iso": 64, "orientation": 1, "original_width": 4032,
                      "original_height": 3024, "latitude": 47.4210556, "longitude": 10.9852778},
                extra=backup("fb24-mu1"),
                note="post + album 'Mobile uploads' -> post;album; all metadata from JSON exif_data; file stripped")
    al1 = Media(uri=f"{alps}/{fb_name('fb24-al1')}", file=File("jpeg", "fb24-al1"), created=ts("2024-08-12T20:00:01"),
                desc="Summit cross at 2,962 m",
                exif={"upload_ip": ip, "taken_timestamp": ts("2024-08-11T06:30:00"),
                      "latitude": 47.421111111111, "longitude": 10.985277777778},
                note="album photo; JSON GPS with 12 decimals (rounded); caption with a comma (quoted in CSV)")
    al2 = Media(uri=f"{alps}/{fb_name('fb24-al2')}", file=File("jpeg", "fb24-al2", Exif(
                    make="FUJIFILM", model="X-T30", orientation=1, software="Digital Camera X-T30 Ver2.10",
                    dto="2024:08:10 17:05:44", serial="93A01234", lens="XF16-80mmF4 R OIS WR",
                    lat=dms("N", 47, 27, "24.12"), lon=dms("E", 10, 58, "21.36"), alt=(0, (973, 1)))),
                created=ts("2024-08-12T20:00:02"), desc="Eibsee, crystal clear", exif={"upload_ip": ip},
                note="album photo whose file kept full EXIF: GPS, camera and taken_at (no Z) come from the file")
    t1 = Media(uri=f"{tl}/{fb_name('fb24-t1')}", file=File("jpeg", "fb24-t1", Exif(
                   make="Google", model="Pixel 8", orientation=1, software="HDR+ 1.0.612345678zd",
                   dto="2024:06:01 11:02:03", lat=dms("N", 48, 8, "06.12"), lon=dms("E", 11, 34, "36.60"),
                   alt=(0, (51900, 100)), order="II")),
               created=ts("2024-06-01T16:40:01"), title="Timeline photos", exif={"upload_ip": ip6},
               note="post with three photos; GPS from the file's EXIF (JSON has none)")
    t2_name = fb_name("fb24-t2", "")
    t2 = Media(uri=f"{tl}/{t2_name}", file=File("jpeg", "fb24-t2", Exif(
                   make="Google", model="Pixel 8", orientation=1, dto="2024:06:01 12:15:40", order="II")),
               created=ts("2024-06-01T16:40:02"), title="Timeline photos", exif={"upload_ip": ip6},
               note="media file without extension (JPEG bytes) -> photo by magic bytes")
    t3 = Media(uri=f"{tl}/{fb_name('fb24-t3')}", file=File("jpeg", "fb24-t3", Exif(
                   make="Google", model="Pixel 7a", orientation=1, dto="2024:05:31 20:00:00")),
               created=ts("2024-06-01T16:40:03"), title="Timeline photos",
               exif={"upload_ip": ip6, "taken_timestamp": ts("2024-06-01T09:30:00"), "camera_make": "Google",
                     "camera_model": "Pixel 8"},
               note="JSON taken_timestamp and camera win over the file's different EXIF date and model")
    o1 = Media(uri=f"{tl}/{fb_name('fb24-o1')}", file=File("jpeg", "fb24-o1"), created=ts("2024-09-28T15:00:01"),
               title="Timeline photos", exif={"upload_ip": ip},
               note="one of two post objects with identical timestamp and text, one photo each (deface's quirk)")
    o2 = Media(uri=f"{tl}/{fb_name('fb24-o2')}", file=File("jpeg", "fb24-o2"), created=ts("2024-09-28T15:00:02"),
               title="Timeline photos", exif={"upload_ip": ip}, note="the other of those two post objects")
    ci1 = Media(uri=f"{mu}/{fb_name('fb24-ci1')}", file=File("jpeg", "fb24-ci1"), created=ts("2024-07-06T13:21:00"),
                title="Mobile uploads", exif={"upload_ip": ip, "taken_timestamp": ts("2024-07-06T12:59:30")},
                note="check-in post with place coordinates; photo without GPS -> latitude/longitude empty")
    vd1 = Media(uri=f"{pm}/videos/{fb_name('fb24-vd1', '.mp4')}", file=File("mp4", "fb24-vd1"),
                created=ts("2024-07-06T16:05:00"), kind="video", title="", desc="Eisbach surfers",
                exif={"upload_ip": ip, "upload_timestamp": ts("2024-07-06T16:05:00")},
                extra={"dubbing_info": [], "media_variants": []},
                note="video in a post and in your_videos.json -> post;video")
    vd2 = Media(uri=f"{pm}/videos/{fb_name('fb24-vd2', '.mp4')}", file=File("mp4-mp42", "fb24-vd2"),
                created=ts("2024-07-07T09:00:00"), kind="video", title="", desc="Eisbach surfers in slow motion",
                exif={"upload_ip": ip, "upload_timestamp": ts("2024-07-07T09:00:00")},
                extra={"dubbing_info": [], "media_variants": []},
                note="video only in your_videos.json -> video; caption from description")
    uc1 = Media(uri=f"{pm}/your_uncategorized_photos/{fb_name('fb24-uc1')}", file=File("jpeg", "fb24-uc1"),
                created=ts("2024-02-17T18:00:00"), desc="Old family photo, scanned",
                exif={"upload_ip": ip}, note="uncategorized photo (other_photos_v2)")
    st1 = Media(uri=f"{act}/stories/media/{fb_name('fb24-st1')}", file=File("jpeg", "fb24-st1"),
                created=ts("2024-10-03T19:45:10"),
                exif={"iso": 80, "focal_length": "686/100", "latitude": 48.1504167, "longitude": 11.5808611,
                      "upload_ip": ip, "taken_timestamp": ts("2024-10-03T19:30:02"),
                      "modified_timestamp": ts("2024-10-03T19:30:02"), "camera_make": "Apple",
                      "camera_model": "iPhone 14 Pro", "exposure": "1/60", "f_stop": "178/100", "orientation": 1},
                note="story photo (archived_stories_v2) with rich JSON exif_data")
    st2 = Media(uri=f"{act}/stories/media/{fb_name('fb24-st2', '.mp4')}", file=File("mp4", "fb24-st2"),
                created=ts("2024-10-03T20:10:00"), kind="video",
                exif={"upload_ip": ip, "upload_timestamp": ts("2024-10-03T20:10:00")},
                note="story video")
    gp1 = Media(uri=f"{pm}/Groupphotos_{token('fb24-gp', 10)}/{fb_name('fb24-gp1')}", file=File("jpeg", "fb24-gp1"),
                created=ts("2024-09-08T10:00:00"), exif={"upload_ip": ip},
                note="photo in a group post (group_posts_v2) -> group")
    op1 = Media(uri=f"{pm}/your_posts/{fb_name('fb24-op1')}", file=File("jpeg", "fb24-op1"),
                created=ts("2024-05-05T09:30:00"), desc="Happy birthday, Anna! 🎂", exif={"upload_ip": ip},
                note="photo posted on a friend's timeline (posts_on_other_pages_and_profiles.json, label_values envelope) -> other_page")

    posts = [
        fb_post(ex, ts("2024-09-28T15:00:20"), "Oktoberfest with the team 🍻", [o2], "Jane Doe added a new photo."),
        fb_post(ex, ts("2024-09-28T15:00:20"), "Oktoberfest with the team 🍻", [o1], "Jane Doe added a new photo."),
        fb_post(ex, ts("2024-08-11T07:58:15"), "Sunrise hike up the Zugspitze ⛰️", [mu1], "Jane Doe added a new photo.",
                data_extra=[{"update_timestamp": ts("2024-08-11T08:10:00")}, {}]),
        fb_post(ex, ts("2024-07-06T16:05:30"), "Eisbach surfers, Munich's river wave 🌊", [vd1], "Jane Doe added a new video."),
        fb_post(ex, ts("2024-07-06T13:21:14"), "Picnic by the Eisbach", [ci1], "Jane Doe was at Englischer Garten.",
                place={"name": "Englischer Garten", "coordinate": {"latitude": 48.1642, "longitude": 11.6056},
                       "address": "", "url": "https://example.org/englischer-garten"},
                tags=[{"name": "Anna Schmidt"}]),
        fb_post(ex, ts("2024-06-01T16:40:25"),
                "Munich weekend: Viktualienmarkt, Englischer Garten and the Eisbach surfers 🏄",
                [t1, t2, t3], "Jane Doe added 3 new photos."),
        fb_post(ex, ts("2024-04-01T12:00:00"), None, [], "Jane Doe shared a link.",
                external={"url": "https://example.org/article", "name": "An article", "source": "example.org"},
                data_extra=[{}]),
    ]
    ex.json(f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    ex.json(f"{act}/posts/album/0.json", fb_album(ex, "Profile pictures", [pp1, pp2], pp1, ts("2024-03-09T10:15:00")))
    ex.json(f"{act}/posts/album/1.json", fb_album(ex, "Cover photos", [cp1], cp1, ts("2024-07-21T08:00:00")))
    ex.json(f"{act}/posts/album/2.json", fb_album(ex, "Mobile uploads", [mu1], mu1, ts("2024-08-11T07:58:02")))
    ex.json(f"{act}/posts/album/3.json", fb_album(ex, "Hiking the Alps 2024", [al1, al2], al1, ts("2024-08-12T20:00:02"),
                                                  desc="Garmisch, Zugspitze, Eibsee"))
    ex.json(f"{act}/posts/your_uncategorized_photos.json", fb_collection(ex, "other_photos_v2", "uncategorized", [uc1]))
    ex.json(f"{act}/posts/your_videos.json", fb_collection(ex, "videos_v2", "video", [vd1, vd2]))
    ex.json(f"{act}/stories/archived_stories.json", {"archived_stories_v2": [
        fb_post(ex, st2.created, None, [st2], "Jane Doe shared a story.", source="story", data_extra=[{}]),
        fb_post(ex, st1.created, None, [st1], "Jane Doe shared a story.", source="story", data_extra=[{}]),
    ]})
    ex.json(f"{act}/groups/group_posts_and_comments.json", {"group_posts_v2": [
        fb_post(ex, ts("2024-09-08T10:00:07"), "Lost & found: is this your hat? Found it at the Hofgarten, Saturday.",
                [gp1], "Jane Doe posted in Munich Neighbours.", source="group"),
    ]})
    ex.json(f"{act}/posts/posts_on_other_pages_and_profiles.json", [
        {"timestamp": op1.created, "fbid": digits("fb24-op1-fbid", 16), "media": [],
         "label_values": [{"label": "Message", "value": enc(op1.desc)},
                          {"label": "Timeline", "value": "Anna Schmidt"},
                          {"label": "Photos", "media": [op1.fb_json()]}]},
        {"timestamp": ts("2024-02-14T08:00:00"), "fbid": digits("fb24-op2-fbid", 16), "media": [],
         "label_values": [{"label": "Message", "value": "Happy Valentine's Day!"},
                          {"label": "Timeline", "value": "Max Mustermann"}]},
    ])
    ex.ref(op1, Ref("other_page", op1.created, enc(op1.desc)))
    ex.json("personal_information/profile_information/profile_update_history.json", {"profile_updates_v2": [
        fb_post(ex, cp1.created, None, [cp1], "Jane Doe updated her cover photo.", source="profile_update",
                update_kind="cover_photo"),
        fb_post(ex, pp1.created, None, [pp1], "Jane Doe updated her profile picture.", source="profile_update",
                update_kind="profile_picture"),
        {"timestamp": ts("2023-01-15T10:00:00"),
         "attachments": [{"data": [{"life_event": {"title": "Moved to Munich",
                                                   "start_date": {"year": 2023, "month": 1, "day": 1}}}]}],
         "data": [{"backdated_timestamp": ts("2023-01-01T12:00:00")}, {}], "title": "Jane Doe added a life event."},
    ]})
    ex.json("personal_information/profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": "Jane Doe", "first_name": "Jane", "middle_name": "", "last_name": "Doe"},
        "username": "jdoe", "current_city": {"name": "Munich, Germany", "timestamp": ts("2023-01-15T10:00:00")}}})
    ex.json("preferences/preferences/privacy_settings.json", {
        "media": [], "fbid": digits("fb24-privacy", 15),
        "label_values": [
            {"label": "Your activity", "dict": [
                {"label": "Who can see your future posts?", "value": "Friends"},
                {"label": "Who can see the people, Pages and lists you follow?", "value": "Only me"}]},
            {"label": "How people can find and contact you", "dict": [
                {"label": "Who can send you friend requests?", "value": "Everyone"}]}]})
    ex.json("connections/friends/your_post_audiences.json", [
        {"fbid": digits("fb24-aud", 15), "ent_name": "Restricted", "media": [],
         "label_values": [{"ent_field_name": "name", "label": "Name", "value": "Restricted"},
                          {"ent_field_name": "type", "label": "Type", "value": "Custom list"}]}])
    # folders no importer cares about
    friend_chat(ex, act, "fb24", ts("2024-05-05T10:00:00"), [
        {"sender_name": "Jane Doe", "timestamp_ms": ts("2024-05-05T09:58:00") * 1000,
         "content": enc("Danke für die Fotos! 😊")}])
    ex.json("ads_information/advertisers_using_your_activity_or_information.json", {
        "custom_audiences_all_types_v2": [{"advertiser_name": "Example Shoes GmbH", "has_data_file_custom_audience": True}]})
    ex.unref(f"{pm}/your_posts/{fb_name('fb24-ur1')}", File("jpeg", "fb24-ur1", Exif(
        make="Apple", model="iPhone 14 Pro", orientation=1, software="17.6.1", dto="2024:09:01 18:44:10",
        lens="iPhone 14 Pro back triple camera 6.86mm f/1.78",
        lat=dms("N", 48, 10, "23.40"), lon=dms("E", 11, 36, "18.00"), alt=(0, (52000, 100)))),
        note="a file under posts/media/ that no JSON mentions, still carrying full EXIF with GPS -> unreferenced")
    return ex


FB25_ROOT = "facebook-jdoe-2025-06-01-Mz34Nb56"


def fb_comment(ex: Export, t: int, text: str, media: list[Media], source: str = "comment") -> dict:
    """A comments_v2 / group_comments_v2 element: the comment's words and its attached photos."""
    for m in media:
        ex.ref(m, Ref(source, t, enc(text), title=enc(m.title) if m.title else None))
    d: dict = {"timestamp": t, "data": [{"comment": {"timestamp": t, "comment": enc(text), "author": enc("Jane Doe")}}]}
    if media:
        d["attachments"] = [{"data": [{"media": m.fb_json()} for m in media]}]
    d["title"] = enc("Jane Doe commented on Anna Schmidt's post.")
    return d


def fb_media(key: str, folder: str, t: str, f: File, **kw) -> Media:
    """A Facebook media file in `folder`, named as Facebook names them, its extension by its format."""
    ext = {"mp4": ".mp4", "png": ".png"}.get(f.kind, ".jpg")
    return Media(uri=f"{folder}/{fb_name(key, ext)}", file=f, created=ts(t), **kw)


def fb_2025_sources() -> Export:
    """The 2025 layout's media outside posts and albums: reels, comment photos, group-comment
    photos and a chat with Meta AI."""
    ex = Export("facebook", "2025-more-sources", FB25_ROOT)
    ex.export_time = ts("2025-06-01T06:00:00")
    act = "your_facebook_activity"
    pm = f"{act}/posts/media"
    ip = "198.51.100.23"

    m = fb_media
    rl1 = m("fb25-rl1", f"{pm}/Reels_{token('fb25-rl', 10)}", "2025-02-14T19:00:00", File("mp4", "fb25-rl1"),
            kind="video", exif={"upload_ip": ip},
            note="reel that is also in the posts file -> one item, post;reel")
    rl2 = m("fb25-rl2", f"{pm}/Reels_{token('fb25-rl', 10)}", "2025-03-01T12:00:00", File("mp4", "fb25-rl2"),
            kind="video", note="reel only in your_reels.json (lasso_videos_v2) -> reel")
    ph1 = m("fb25-ph1", f"{pm}/Mobileuploads_{token('fb25-mu', 10)}", "2025-02-14T19:00:00", File("jpeg", "fb25-ph1"),
            title="Mobile uploads", exif={"upload_ip": ip}, note="photo of the same post as the reel -> post")
    cm1 = m("fb25-cm1", f"{pm}/Commentphotos_{token('fb25-cm', 10)}", "2025-04-03T08:12:00", File("jpeg", "fb25-cm1"),
            exif={"upload_ip": ip, "taken_timestamp": ts("2025-04-02T17:40:05"), "orientation": 1,
                  "original_width": 4032, "original_height": 3024},
            note="photo attached to a comment, with exif_data (upload_ip, taken_timestamp) -> comment, unknown")
    gc1 = m("fb25-gc1", f"{pm}/Groupcomments_{token('fb25-gc', 10)}", "2025-05-10T10:00:00", File("jpeg", "fb25-gc1"),
            exif={"upload_ip": ip, "taken_timestamp": ts("2025-05-09T09:30:00"), "camera_make": "Canon",
                  "camera_model": "Canon EOS R6", "iso": 400, "f_stop": "4"},
            note="camera photo in a group comment -> group_comment")
    ex.json(f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json", [
        fb_post(ex, ts("2025-02-14T19:00:00"), "Valentine's dinner 🍝", [rl1, ph1], "Jane Doe shared a reel.")])
    ex.json(f"{act}/reels/your_reels.json", {"lasso_videos_v2": [
        fb_post(ex, ts("2025-02-14T19:00:00"), "Valentine's dinner 🍝", [rl1], "Jane Doe shared a reel.", source="reel"),
        fb_post(ex, ts("2025-03-01T12:05:00"), "First day of spring?", [rl2], "Jane Doe shared a reel.", source="reel")]})
    ex.json(f"{act}/comments_and_reactions/comments.json", {"comments_v2": [
        fb_comment(ex, ts("2025-04-03T08:12:00"), "Look what we found on the beach!", [cm1]),
        {"timestamp": ts("2025-04-04T09:00:00"), "title": enc("Jane Doe commented on a post."),
         "data": [{"comment": {"timestamp": ts("2025-04-04T09:00:00"), "comment": enc("haha"), "author": enc("Jane Doe")}}],
         "attachments": [{"data": [{"external_context": {"url": "https://media.tenor.com/abc/tenor.gif"}}]}]}]})
    ex.json(f"{act}/groups/your_comments_in_groups.json", {"group_comments_v2": [
        fb_comment(ex, ts("2025-05-10T10:00:00"), "Spotted this heron at the lake", [gc1], source="group_comment")]})
    # A chat with Meta AI: the owner's photo is an item (R02); Meta AI's own image is explained but no item.
    thread = f"{act}/messages/inbox/metaai_{digits('fb25-ai', 16)}"
    ai1 = Media(uri=f"{thread}/photos/{fb_name('fb25-ai1')}", file=File("jpeg", "fb25-ai1"),
                created=ts("2025-05-20T21:00:00"), note="photo sent to Meta AI -> meta_ai, private/platform_rule")
    meta_ai_chat(ex, thread, "Jane Doe", ai1, (fb_name('fb25-ai2'), "fb25-ai2"), "What bird is this?",
                 "It looks like a grey heron. Here is a drawing of one.",
                 more=[{"sender_name": "Jane Doe", "timestamp_ms": ts("2025-05-20T20:59:00") * 1000, "content": enc("Hi")}])
    # Another chat stays skipped: its photo is neither an item nor unexplained.
    friend_chat(ex, act, "fb25", ts("2025-05-05T10:00:00"))
    return ex


FBPM_ROOT = "facebook-jdoe-2025-09-01-Pm45Qr78"


def meta_ai_chat(ex: Export, thread: str, owner: str, photo: Media, reply: tuple[str, str], question: str, answer: str,
                 more: list[dict] = ()):
    """A chat with Meta AI (Messenger's thread shape): the owner's photo sent 5 s after it was made,
    Meta AI's answer with a PNG of its own 15 s later (`reply`: its file name and key; named by the
    export, but no item), then `more`."""
    reply_name, reply_key = reply
    reply = f"{thread}/photos/{reply_name}"
    ex.put(reply, File("png", reply_key).data())
    asked, answered = photo.created + 5, photo.created + 20
    ex.ref(photo, Ref("meta_ai", asked, enc(question)))
    ex.json(f"{thread}/message_1.json", {
        "participants": [{"name": "Meta AI"}, {"name": owner}],
        "messages": [
            {"sender_name": "Meta AI", "timestamp_ms": answered * 1000, "content": enc(answer),
             "photos": [{"uri": reply, "creation_timestamp": answered}]},
            {"sender_name": owner, "timestamp_ms": asked * 1000, "content": enc(question),
             "photos": [{"uri": photo.uri, "creation_timestamp": photo.created}]},
            *more],
        "title": "Meta AI", "is_still_participant": True, "thread_path": thread.split("/", 2)[2]})


def fb_envelope(ex: Export, source: str, t: int, message: str | None, label: str, media: list[Media]) -> dict:
    """The label_values envelope of shared_memories.json, birthday_media.json and top moments:
    the owner's words under a "Message" label, the media under another label's `media`."""
    for m in media:
        if source == "birthday":   # its title is a greeting: the caption, not an album
            ex.ref(m, Ref(source, t, enc(message or m.title)))
        else:
            ex.ref(m, Ref(source, t, enc(message) if message else None, title=enc(m.title) if m.title else None))
    labels = [{"label": "Message", "value": enc(message)}] if message else []
    labels.append({"label": label, "media": [m.fb_json() for m in media]})
    return {"fbid": digits(f"{source}-{t}", 15), "timestamp": t, "media": [], "label_values": labels}


def fb_2025_profile_and_memories() -> Export:
    """The 2025 layout's remaining owner media: profile-update history standing alone (its albums
    gone), shared memories, birthday media, the top-moments recap, Dating photos, Meta Avatars and
    reels under the short_videos/ name."""
    ex = Export("facebook", "2025-profile-and-memories", FBPM_ROOT)
    ex.export_time = ts("2025-09-01T06:00:00")
    act = "your_facebook_activity"
    pm = f"{act}/posts/media"
    ip = "203.0.113.45"

    p1 = fb_media("fbpm-p1", f"{pm}/Mobileuploads_{token('fbpm-mu', 10)}", "2025-01-05T15:00:00", File("jpeg", "fbpm-p1"),
                  title="Mobile uploads", note="a post's photo that the top-moments recap repeats -> post;top_moments, unknown")
    pu1 = fb_media("fbpm-pu1", f"{pm}/Profilepictures_{token('fbpm-pp', 10)}", "2025-02-01T08:00:00",
                   File("jpeg", "fbpm-pu1"), exif={"upload_ip": ip},
                   note="profile picture named only by profile_update_history (album deleted) -> profile_picture;profile_update, public")
    cu1 = fb_media("fbpm-cu1", f"{pm}/Coverphotos_{token('fbpm-cv', 10)}", "2025-02-02T08:00:00", File("jpeg", "fbpm-cu1"),
                   note="cover photo named only by profile_update_history -> cover_photo;profile_update, public")
    sm1 = fb_media("fbpm-sm1", f"{pm}/Memories_{token('fbpm-sm', 10)}", "2015-06-10T12:00:00", File("jpeg", "fbpm-sm1"),
                   exif={"upload_ip": ip, "taken_timestamp": ts("2015-06-10T11:20:00")},
                   note="old photo shared again through Memories (label_values media) -> shared_memory, unknown, asked with posts")
    bm1 = fb_media("fbpm-bm1", f"{pm}/Birthday_{token('fbpm-bd', 10)}", "2025-03-14T09:00:00", File("mp4", "fbpm-bm1"),
                   kind="video", title="Happy birthday, Jane!", note="birthday_media.json video -> birthday, unknown")
    tm2 = fb_media("fbpm-tm2", f"{pm}/Topmoments_{token('fbpm-tm', 10)}", "2024-12-20T10:00:00", File("jpeg", "fbpm-tm2"),
                   desc="Our best day of 2024", note="only in the top-moments recap -> top_moments, private/platform_rule")
    dp1 = fb_media("fbpm-dp1", f"{act}/dating/photos", "2024-05-01T20:00:00", File("jpeg", "fbpm-dp1"),
                   note="Dating profile picture -> dating, private/platform_rule")
    dp2 = fb_media("fbpm-dp2", f"{act}/dating/photos", "2024-05-01T20:05:00", File("jpeg", "fbpm-dp2"),
                   exif={"upload_ip": ip, "taken_timestamp": ts("2024-04-28T16:30:00")},
                   note="Dating photo with exif_data -> dating")
    av1 = fb_media("fbpm-av1", "personal_information/avatars/media", "2023-11-11T11:00:00", File("png", "fbpm-av1"),
                   note="rendered avatar (your_avatar.json avatars_v2) -> avatar, unknown, asked with the profile")
    av2 = fb_media("fbpm-av2", "personal_information/avatars/media", "2023-11-11T11:05:00", File("png", "fbpm-av2"),
                   note="avatar sticker nested in avatar_data.json label_values[].dict[].dict[].media[] -> avatar")
    rv1 = fb_media("fbpm-rv1", f"{pm}/Reels_{token('fbpm-rl', 10)}", "2025-07-04T18:00:00", File("mp4", "fbpm-rv1"),
                   kind="video", note="reel in short_videos/your_reels_1.json (lasso_videos_v2) -> reel")
    ex.json(f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json", [
        fb_post(ex, ts("2025-01-05T15:00:10"), "New year, new trails", [p1], "Jane Doe updated her status.")])
    ex.json("personal_information/profile_information/profile_update_history.json", {"profile_updates_v2": [
        fb_post(ex, pu1.created, None, [pu1], "Jane Doe updated her profile picture.", source="profile_update",
                update_kind="profile_picture"),
        fb_post(ex, cu1.created, None, [cu1], "Jane Doe updated her cover photo.", source="profile_update",
                update_kind="cover_photo")]})
    ex.json(f"{act}/posts/shared_memories.json", [
        fb_envelope(ex, "shared_memory", ts("2025-06-10T12:30:00"), "Ten years ago today 🏖️", "Photo", [sm1])])
    ex.json(f"{act}/posts/birthday_media.json", [
        fb_envelope(ex, "birthday", ts("2025-03-14T09:00:00"), None, "Birthday video", [bm1])])
    ex.json("preferences/memories/top_moments_of_the_year.json", [
        fb_envelope(ex, "top_moments", ts("2024-12-31T10:00:00"), None, "Top moments of 2024", [p1, tm2])])
    for d in (dp1, dp2):
        ex.ref(d, Ref("dating"))
    ex.json(f"{act}/dating/your_dating_profile.json", {"dating_profile_v2": {
        "name": enc("Jane"), "profile_picture": dp1.fb_json(), "photos": [dp2.fb_json()]}})
    for a in (av1, av2):
        ex.ref(a, Ref("avatar"))
    ex.json("personal_information/other_personal_information/your_avatar.json", {"avatars_v2": [
        {"uri": av1.uri, "creation_timestamp": av1.created}]})
    ex.json("personal_information/avatars/avatar_data.json", {"label_values": [{"label": "Avatar stickers", "dict": [
        {"dict": [{"label": "Sticker", "media": [{"uri": av2.uri, "creation_timestamp": av2.created,
                                                  "ai_stickers": False}]}]}]}]})
    ex.json(f"{act}/short_videos/your_reels_1.json", {"lasso_videos_v2": [
        fb_post(ex, ts("2025-07-04T18:05:00"), "Fireworks over the lake", [rv1], "Jane Doe shared a reel.",
                source="reel")]})
    return ex


def fb_older_comments(era: str) -> Export:
    """Comment photos in the older layouts: 2020-22 (`comments_and_reactions/` at the root, `posts/`)
    and 2023 (`your_activity_across_facebook/`), with a group comment in the 2023 one."""
    top = {"2022": "", "2023": "your_activity_across_facebook/"}[era]
    ex = Export("facebook", f"{era}-comments", f"facebook-jdoe-{era}-08-01")
    ex.export_time = ts(f"{era}-08-01T06:00:00")
    pm = f"{top}posts/media" if top else "posts/media"
    key = f"fbc{era}"

    def m(k, folder, t, **kw):
        return Media(uri=f"{pm}/{folder}/{fb_name(f'{key}-{k}')}", file=File("jpeg", f"{key}-{k}"), created=ts(t), **kw)

    p1 = m("p1", f"Mobileuploads_{token(key + '-mu', 10)}", f"{era}-05-01T10:00:00", title="Mobile uploads",
           note="a post's photo -> post")
    c1 = m("c1", f"Commentphotos_{token(key + '-cm', 10)}", f"{era}-05-02T11:00:00",
           exif={"upload_ip": "192.0.2.44", "taken_timestamp": ts(f"{era}-05-02T10:15:00")},
           note=f"{era} layout comment photo -> comment, unknown")
    posts = f"{top}posts/your_posts_1.json" if era == "2022" else f"{top}posts/your_posts__check_ins__photos_and_videos_1.json"
    ex.json(posts, [fb_post(ex, ts(f"{era}-05-01T10:00:05"), "Spring in the garden", [p1], "Jane Doe updated her status.")])
    ex.json(f"{top}comments_and_reactions/comments.json", {"comments_v2": [
        fb_comment(ex, ts(f"{era}-05-02T11:00:00"), "Same flowers in ours!", [c1])]})
    if era == "2023":
        g1 = m("g1", f"Groupcomments_{token(key + '-gc', 10)}", f"{era}-06-01T09:00:00",
               note="2023 layout group-comment photo -> group_comment")
        ex.json(f"{top}groups/your_comments_in_groups.json", {"group_comments_v2": [
            fb_comment(ex, ts(f"{era}-06-01T09:00:00"), "Our club's first meeting", [g1], source="group_comment")]})
    return ex


FBPAGE_ROOT = "facebook-lakesidebakery-2026-03-06-Pg12Hj34"


def fb_page() -> Export:
    """A Facebook Page's own export (this_profile's_activity_across_facebook/): its posts, videos and
    albums are the Page's, and public."""
    ex = Export("facebook", "2026-page-export", FBPAGE_ROOT)
    ex.export_time = ts("2026-03-06T06:00:00")
    ex.page_export = True
    top = "this_profile's_activity_across_facebook/posts"

    def m(key, folder, t, f, **kw):
        return Media(uri=f"{top}/media/{folder}/{fb_name(key, '.mp4' if f.kind == 'mp4' else '.jpg')}", file=f,
                     created=ts(t), **kw)

    p1 = m("pg-p1", f"Timelinephotos_{token('pg-tl', 10)}", "2026-01-10T07:30:00", File("jpeg", "pg-p1"),
           title="Timeline photos", exif={"upload_ip": "192.0.2.80", "taken_timestamp": ts("2026-01-10T06:50:00")},
           note="Page post photo (profile_posts_1.json) -> page_post, public/platform_rule")
    v1 = m("pg-v1", f"Videos_{token('pg-vd', 10)}", "2026-02-01T16:00:00", File("mp4", "pg-v1"), kind="video",
           note="Page video (posts/videos.json) -> page_post")
    a1 = m("pg-a1", f"Sourdoughweek_{token('pg-al', 10)}", "2026-02-20T09:00:00", File("jpeg", "pg-a1"),
           note="Page album photo -> page_post with the album's name")
    a2 = m("pg-a2", f"Sourdoughweek_{token('pg-al', 10)}", "2026-02-20T09:01:00", File("jpeg", "pg-a2"),
           note="Page album photo")
    ex.json(f"{top}/profile_posts_1.json", [
        fb_post(ex, ts("2026-01-10T07:30:00"), "Fresh rolls from 7 am!", [p1], "Lakeside Bakery", page=True)])
    ex.json(f"{top}/videos.json", fb_collection(ex, "videos_v2", "video", [v1], page=True))
    ex.json(f"{top}/album/0.json", fb_album(ex, "Sourdough week", [a1, a2], a1, ts("2026-02-20T09:05:00"), page=True))
    return ex


FBUNK_ROOT = "facebook-jdoe-2025-08-01"


def fb_unknown_json() -> Export:
    """A media file named only by a JSON file no reader knows: the media account's one unexplained
    file (it is still listed as unreferenced). A sticker and a subtitle file are left out on purpose."""
    ex = Export("facebook", "2025-unknown-json", FBUNK_ROOT)
    ex.export_time = ts("2025-08-01T06:00:00")
    act = "your_facebook_activity"
    pm = f"{act}/posts/media"
    p1 = Media(uri=f"{pm}/Mobileuploads_{token('fbu-mu', 10)}/{fb_name('fbu-p1')}", file=File("jpeg", "fbu-p1"),
               created=ts("2025-07-01T10:00:00"), title="Mobile uploads", note="a post's photo -> post")
    ex.json(f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json", [
        fb_post(ex, ts("2025-07-01T10:00:10"), "Harbour at noon", [p1], "Jane Doe updated her status.")])
    unknown = f"{pm}/Newthings_{token('fbu-nt', 10)}/{fb_name('fbu-nt1')}"
    ex.unref(unknown, File("jpeg", "fbu-nt1"),
             note="named only by your_facebook_activity/new_things/your_new_things.json -> unreferenced, unexplained")
    ex.json(f"{act}/new_things/your_new_things.json", {"new_things_v2": [
        {"timestamp": ts("2025-07-15T12:00:00"), "label_values": [
            {"label": "Photo", "media": [{"uri": unknown, "creation_timestamp": ts("2025-07-15T12:00:00")}]}]}]})
    ex.put(f"{pm}/stickers_used/{fb_name('fbu-st', '.png')}", File("png", "fbu-st").data())
    ex.put(f"{pm}/videos/{digits('fbu-srt', 15)}.srt", b"1\n00:00:00,000 --> 00:00:02,000\nHello\n")
    return ex


# ---------------------------------------------------------------------------------------
# Instagram
# ---------------------------------------------------------------------------------------

def ig_post(ex: Export, media: list[Media], title: str | None = None, t: int | None = None,
            source: str = "post") -> dict:
    """A posts_1.json element: {"media": [...], "title"?, "creation_timestamp"?}"""
    d: dict = {"media": [m.ig_json() for m in media]}
    if title is not None:
        d["title"] = enc(title)
    if t is not None:
        d["creation_timestamp"] = t
    for m in media:
        ex.ref(m, Ref(source, t, enc(title) if title else None))
    return d


def ig_items(ex: Export, media: list[Media], source: str) -> list[dict]:
    for m in media:
        ex.ref(m, Ref(source))
    return [m.ig_json() for m in media]


def ig_hash_name(key: str, ext: str) -> str:
    return hashlib.md5(key.encode()).hexdigest() + ext


def ig_2018() -> Export:
    ex = Export("instagram", "2018-media-json", "instagram-jdoe-20181016")
    ex.export_time = ts("2018-10-16T09:00:00")
    ex.private = False

    def item(key, folder, ext, t, caption, f, note, location=None):
        m = Media(uri=f"{folder}/{ig_hash_name(key, ext)}", file=f, created=ts(t), title=Raw(caption),
                  kind="video" if ext == ".mp4" else "photo", note=note)
        m.extra = {"location": location} if location else {}
        return m

    p1 = item("ig18-p1", "photos/201808", ".jpg", "2018-08-21T03:12:44", "Sunset over English Bay",
              File("jpeg", "ig18-p1"), "photo with a location string; taken_at has no zone -> read as UTC",
              location="English Bay Beach, Vancouver")
    p2 = item("ig18-p2", "photos/201809", ".jpg", "2018-09-02T17:45:09", "Café au lait ☕ in Gastown",
              File("jpeg", "ig18-p2", Exif(make="Apple", model="iPhone 8", orientation=1, software="11.4.1",
                                           dto="2018:09:02 10:44:51", lat=dms("N", 49, 17, "04.32"),
                                           lon=dms("W", 123, 6, "31.56"), alt=(0, (1200, 100)))),
              "caption written as proper Unicode escapes (not mojibake): the repair must leave it alone; GPS/camera/taken_at from the file")
    p3 = item("ig18-p3", "photos/201810", ".jpg", "2018-10-01T22:10:00", "",
              File("jpeg", "ig18-p3", Exif(make="Apple", model="iPhone 8", orientation=1, dto="2018:10:01 15:09:41")),
              "empty caption; EXIF without GPS")
    v1 = item("ig18-v1", "videos/201809", ".mp4", "2018-09-15T19:30:27", "Whale watching! 🐋",
              File("mp4", "ig18-v1"), "video from the videos array -> post")
    pr1 = item("ig18-pr1", "profile/201807", ".jpg", "2018-07-04T09:00:00", "", File("jpeg", "ig18-pr1"),
               "profile array -> profile_picture, public/platform_rule")

    def entry(m):
        d = {"caption": str(m.title), "taken_at": iso_utc(m.created)[:-1], "path": m.uri}
        d.update(m.extra)
        return d

    for m in (p1, p2, p3, v1):
        ex.ref(m, Ref("post"))
    ex.ref(pr1, Ref("profile_picture"))
    pr_entry = entry(pr1)
    pr_entry["is_active_profile"] = True
    ex.json("media.json", {"photos": [entry(p3), entry(p2), entry(p1)], "videos": [entry(v1)],
                           "profile": [pr_entry]})
    ex.json("profile.json", {"biography": "Coffee, boats and bikes.", "date_joined": "2014-02-11T19:20:00",
                             "email": "jdoe@example.com", "gender": "female", "name": "Jane Doe",
                             "phone_number": "", "private_account": False,
                             "profile_pic_url": "https://scontent.cdninstagram.com/vp/" + ig_hash_name("ig18-ppu", ".jpg"),
                             "username": "jdoe", "website": ""})
    ex.json("settings.json", {"allow_comments_from": "Everyone", "filtered_keywords": []})
    return ex


def ig_2022() -> Export:
    ex = Export("instagram", "2022-folder", "instagram-jdoe-20220926")
    ex.export_time = ts("2022-09-26T07:00:00")
    ex.private = False

    def m(key, folder, ext, t, f, title="", exif=None, kind="photo", note="", extra=None):
        return Media(uri=f"media/{folder}/{ig_name(key, ext)}", file=f, created=ts(t), title=title, exif=exif,
                     kind=kind, note=note, extra=extra or {})

    s1 = m("ig22-s1", "posts/202206", ".webp", "2022-06-15T19:03:27",
           File("webp", "ig22-s1", Exif(make="Google", model="Pixel 6", orientation=1, software="Instagram",
                                        dto="2022:06:15 18:42:11", lat=dms("N", 47, 21, "59.40"),
                                        lon=dms("E", 8, 32, "29.88"), order="II")),
           title="Golden hour at Lake Zurich 🌅",
           exif={"latitude": 47.366394, "longitude": 8.541278, "date_time_original": "2022:06:15 18:42:11",
                 "device_id": "android-1a2b3c4d5e6f7a8b", "software": "Instagram 240.0.0.20.112",
                 "lens_model": "Pixel 6 back camera 6.81mm f/1.85", "source_type": "library"},
           note="single post, caption in media[0].title; WebP with a RIFF EXIF chunk after the image data; JSON GPS wins; camera only from the file EXIF (device_id is not a make)")
    s2 = m("ig22-s2", "posts/202206", ".jpg", "2022-06-18T11:20:00", File("jpeg", "ig22-s2"),
           title="Zürich old town walk",
           exif={"date_time_original": "2022:06:18 10:58:01", "device_id": "android-1a2b3c4d5e6f7a8b",
                 "source_type": "camera", "scene_capture_type": "standard"},
           note="JPEG without EXIF; JSON date_time_original 'YYYY:MM:DD HH:MM:SS' -> taken_at without Z; no GPS")
    c1 = m("ig22-c1", "posts/202207", ".webp", "2022-07-09T20:14:31", File("webp", "ig22-c1"),
           exif={"latitude": 41.1406289, "longitude": -8.6109567, "date_time_original": "2022:07:09 16:03:12"},
           note="carousel item 1: post-level title + creation_timestamp give caption and posted_at; plain WebP (no EXIF chunk)")
    c2 = m("ig22-c2", "posts/202207", ".jpg", "2022-07-09T20:14:33",
           File("jpeg", "ig22-c2", Exif(make="Google", model="Pixel 6", orientation=1, dto="2022:07:09 17:45:50")),
           note="carousel item 2: no media_metadata; taken_at from file EXIF")
    c3 = m("ig22-c3", "posts/202207", ".webp", "2022-07-09T20:14:35",
           File("webp", "ig22-c3", Exif(make="Google", model="Pixel 6", orientation=1, dto="2022:07:09 19:01:07",
                                        lat=dms("N", 41, 8, "27.60"), lon=dms("W", 8, 36, "41.40"))),
           exif={"date_time_original": "2022:07:09 19:01:07", "device_id": "android-1a2b3c4d5e6f7a8b"},
           note="carousel item 3: GPS only in the WebP's EXIF chunk")
    vid = m("ig22-vid", "posts/202207", ".mp4", "2022-07-10T18:00:00", File("mp4", "ig22-vid"),
            title="Surfing lesson in Matosinhos 🏄", kind="video",
            exif={"latitude": 41.1772, "longitude": -8.6903},
            note="video post; video_metadata exif_data with only latitude/longitude")
    st1 = m("ig22-st1", "stories/202208", ".webp", "2022-08-14T21:05:00", File("webp", "ig22-st1"),
            exif={"device_id": "android-1a2b3c4d5e6f7a8b", "date_time_original": "2022:08:14 21:04:10",
                  "camera_position": "back", "source_type": "camera"},
            note="story (ig_stories)")
    st2 = Media(uri=f"media/stories/202208/FQIoAkMzLBdA{token('ig22-st2', 28)}_{digits('ig22-st2', 17)}",
                file=File("mp4", "ig22-st2"), created=ts("2022-08-14T21:30:00"), title="", kind="video",
                note="story video file WITHOUT extension (MP4 bytes) -> video by magic bytes")
    prof = m("ig22-prof", "profile/202209", ".jpg", "2022-09-01T12:00:00", File("jpeg", "ig22-prof"),
             note="profile photo (ig_profile_picture, also in personal_information media_map_data) -> public/platform_rule")
    reel = m("ig22-reel", "reels/202208", ".mp4", "2022-08-20T06:30:00", File("mp4", "ig22-reel"),
             title="Surf check at sunrise 🌊", kind="video", exif={"latitude": 41.1801, "longitude": -8.6922},
             note="reel (ig_reels_media[].media[])")
    arc = m("ig22-arc", "archived_posts/202105", ".jpg", "2021-05-02T10:10:10", File("jpeg", "ig22-arc"),
            title="Old haircut, never again 😅",
            note="archived post: post-level title is '' -> caption from media title; private/platform_rule")
    dele = m("ig22-del", "recently_deleted/202209", ".webp", "2022-09-20T08:08:08", File("webp", "ig22-del"),
             title="blurry, deleting", note="recently deleted -> deleted, private/platform_rule")

    ex.json("content/posts_1.json", [
        ig_post(ex, [vid]),
        ig_post(ex, [c1, c2, c3], "Weekend in Porto — day 1 🇵🇹", ts("2022-07-09T20:15:00")),
        ig_post(ex, [s2]),
        ig_post(ex, [s1]),
    ])
    ex.json("content/stories.json", {"ig_stories": ig_items(ex, [st2, st1], "story")})
    ex.json("content/profile_photos.json", {"ig_profile_picture": ig_items(ex, [prof], "profile_picture")})
    ex.json("content/reels.json", {"ig_reels_media": [{"media": ig_items(ex, [reel], "reel")}]})
    ex.json("content/archived_posts.json", {"ig_archived_post_media": [
        ig_post(ex, [arc], "", ts("2021-05-02T10:10:40"), source="archived")]})
    ex.json("content/recently_deleted_content.json", {"ig_recently_deleted_media": [
        {"media": ig_items(ex, [dele], "deleted")}]})
    ex.json("personal_information/personal_information.json", {"profile_user": [{
        "media_map_data": {"Profile Photo": prof.ig_json()},
        "string_map_data": {
            "Email": {"href": "", "value": "jdoe@example.com", "timestamp": 0},
            "Phone Confirmed": {"href": "", "value": "False", "timestamp": 0},
            "Username": {"href": "", "value": "jdoe", "timestamp": 0},
            "Name": {"href": "", "value": "Jane Doe", "timestamp": 0},
            "Bio": {"href": "", "value": enc("Coffee, boats & bikes ☕"), "timestamp": 0},
            "Gender": {"href": "", "value": "female", "timestamp": 0},
            "Date of birth": {"href": "", "value": "1990-04-01", "timestamp": 0},
            "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]})
    ex.json("login_and_account_creation/login_activity.json", {"account_history_login_history": [
        {"title": "2022-09-20T08:00:00+00:00", "media_map_data": {},
         "string_map_data": {"IP Address": {"href": "", "value": "192.0.2.10", "timestamp": 0},
                             "Time": {"href": "", "value": "", "timestamp": ts("2022-09-20T08:00:00")}}}]})
    return ex


IG25_ROOT = "instagram-jdoe-2025-03-17-0Y8WC7hw"


def ig_2025() -> Export:
    ex = Export("instagram", "2025-private-zip", IG25_ROOT)
    ex.export_time = ts("2025-03-17T07:00:00")
    ex.private = True
    ex.history = [(ts("2019-06-20T18:00:00"), "public"), (ts("2024-03-01T09:30:00"), "private")]
    cam = {"camera_metadata": {"has_camera_metadata": True}}
    nocam = {"camera_metadata": {"has_camera_metadata": False}}

    def m(key, folder, ext, t, f, title="", exif=None, kind="photo", note="", extra=None):
        return Media(uri=f"media/{folder}/{ig_name(key, ext)}", file=f, created=ts(t), title=title, exif=exif,
                     kind=kind, note=note, extra=extra or {})

    p1 = m("ig25-p1", "posts/202305", ".jpg", "2023-05-20T15:30:00",
           File("jpeg", "ig25-p1", Exif(make="Apple", model="iPhone 13", orientation=1, software="16.4.1",
                                        dto="2023:05:20 16:12:40", lat=dms("N", 52, 22, "25.56"),
                                        lon=dms("E", 4, 53, "26.04"), alt=(0, (150, 100)))),
           extra={**cam, "cross_post_source": {"source_app": "FB"}},
           note="posted while the account was public -> was_public yes; only camera_metadata in JSON, GPS/camera/taken_at from the file; caption in the post-level title (FB cross-post)")
    c1 = m("ig25-c1", "posts/202401", ".webp", "2024-01-15T10:00:01",
           File("webp", "ig25-c1", Exif(make="Apple", model="iPhone 13", orientation=1, dto="2024:01:14 09:30:00")),
           extra=nocam, note="carousel item (WebP with EXIF chunk, no GPS); public era -> yes")
    c2 = m("ig25-c2", "posts/202401", ".jpg", "2024-01-15T10:00:02", File("jpeg", "ig25-c2"), extra=nocam,
           note="carousel item (JPEG without EXIF)")
    he1 = m("ig25-he1", "posts/202406", ".heic", "2024-06-10T19:02:00",
            File("heic", "ig25-he1", Exif(make="Apple", model="iPhone 15 Pro", orientation=1, software="17.5.1",
                                          dto="2024:06:10 20:11:38", lens="iPhone 15 Pro back triple camera 6.765mm f/1.78",
                                          lat=dms("N", 52, 30, "39.72"), lon=dms("E", 13, 26, "15.24"),
                                          alt=(0, (4480, 100)))),
            title="Rooftop dinner 🌇",
            exif={"date_time_original": "20240610T181138.000Z", "device_id": "ios-8F3C2A11",
                  "lens_make": "Apple", "lens_model": "iPhone 15 Pro back triple camera 6.765mm f/1.78",
                  "software": "17.5.1"},
            extra=cam,
            note="HEIC (hand-built ISO-BMFF, Exif item via iinf/iloc); date_time_original '20240610T181138.000Z' -> 2024-06-10T18:11:38Z; GPS from the HEIC EXIF; posted after the switch to private -> no")
    vid = Media(uri=f"media/posts/202408/{digits('ig25-vid', 17)}", file=File("mp4", "ig25-vid"),
                created=ts("2024-08-03T21:45:00"), title="Summer fireworks 🎆", kind="video",
                exif={"device_id": "ios-8F3C2A11", "source_type": "camera"}, extra=cam,
                note="video post, file without extension (MP4 bytes); private era -> no")
    st1 = m("ig25-st1", "stories/202312", ".jpg", "2023-12-24T16:06:00", File("jpeg", "ig25-st1"),
            exif={"device_id": "ios-8F3C2A11", "date_time_original": "2023:12:24 16:05:12", "camera_position": "back",
                  "source_type": "camera"}, extra=cam, note="story in the public era -> yes")
    st2 = m("ig25-st2", "stories/202409", ".webp", "2024-09-14T12:00:00",
            File("webp", "ig25-st2", Exif(make="Apple", model="iPhone 15 Pro", orientation=1, dto="2024:09:14 11:58:20",
                                          lat=dms("N", 46, 1, "21.36"), lon=dms("E", 7, 44, "58.32"))),
            exif={"device_id": "ios-8F3C2A11", "camera_position": "back", "source_type": "camera"}, extra=cam,
            note="story after the switch -> no; GPS from the WebP EXIF chunk")
    r1 = m("ig25-r1", "reels/202211", ".mp4", "2022-11-05T14:00:00", File("mp4", "ig25-r1"),
           title="Autumn in Vienna 🍂", kind="video",
           exif={"device_id": "ios-8F3C2A11", "camera_position": "back", "source_type": "library"},
           extra={**cam, "dubbing_info": [], "media_variants": []}, note="reel -> yes")
    pr1 = m("ig25-pr1", "profile/202404", ".jpg", "2024-04-01T08:00:00", File("jpeg", "ig25-pr1"), extra=nocam,
            note="profile photo: public/platform_rule and was_public yes even though the account is private")
    ar1 = m("ig25-ar1", "archived_posts/201902", ".jpg", "2019-02-14T11:00:00", File("jpeg", "ig25-ar1"),
            note="archived post from BEFORE the account went public (2019-06-20): private at posting, public later -> yes; private/platform_rule")
    dl1 = m("ig25-dl1", "recently_deleted/202502", ".webp", "2025-02-02T10:20:30", File("webp", "ig25-dl1"),
            title="nope", note="recently deleted after the switch -> no; private/platform_rule")

    base = "your_instagram_activity/media"
    ex.json(f"{base}/posts_1.json", [
        ig_post(ex, [vid]),
        ig_post(ex, [he1]),
        ig_post(ex, [c1, c2], "Snow day ❄️", ts("2024-01-15T10:00:30")),
        ig_post(ex, [p1], "Canal views 🚲", ts("2023-05-20T15:30:12")),
    ])
    ex.json(f"{base}/stories.json", {"ig_stories": ig_items(ex, [st2, st1], "story")})
    ex.json(f"{base}/reels.json", {"ig_reels_media": [{"media": ig_items(ex, [r1], "reel")}]})
    ex.json(f"{base}/profile_photos.json", {"ig_profile_picture": ig_items(ex, [pr1], "profile_picture")})
    ex.json(f"{base}/archived_posts.json", {"ig_archived_post_media": [
        ig_post(ex, [ar1], "Valentine's brunch 💕", ts("2019-02-14T11:00:20"), source="archived")]})
    ex.json(f"{base}/recently_deleted_content.json", {"ig_recently_deleted_media": [
        {"media": ig_items(ex, [dl1], "deleted")}]})
    ex.json("personal_information/personal_information/personal_information.json", {"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": pr1.ig_json()},
        "string_map_data": {
            "Email": {"href": "", "value": "jdoe@example.com", "timestamp": 0},
            "Phone Confirmed": {"href": "", "value": "False", "timestamp": 0},
            "Username": {"href": "", "value": "jdoe", "timestamp": 0},
            "Name": {"href": "", "value": "Jane Doe", "timestamp": 0},
            "Gender": {"href": "", "value": "female", "timestamp": 0},
            "Date of birth": {"href": "", "value": "1990-04-01", "timestamp": 0},
            "Private Account": {"href": "", "value": "True", "timestamp": 0},
            "Emoji Pong High Score": {"href": "", "value": "12", "timestamp": 0}}}]})
    ex.json("security_and_login_information/login_and_profile_creation/profile_privacy_changes.json", {
        "account_history_account_privacy_history": [
            {"title": "Private", "media_map_data": {},
             "string_map_data": {"Time": {"href": "", "value": "", "timestamp": ts("2024-03-01T09:30:00")}}},
            {"title": "Public", "media_map_data": {},
             "string_list_data": [{"href": "", "value": "", "timestamp": ts("2019-06-20T18:00:00")}]},
        ]})
    ex.unref(f"media/posts/202402/{ig_name('ig25-unref', '.jpg')}", File("jpeg", "ig25-unref", Exif(
        make="Apple", model="iPhone 13", orientation=1, dto="2024:02:20 13:13:13",
        lat=dms("N", 52, 21, "27.12"), lon=dms("E", 4, 52, "58.08"))),
        note="media file no JSON mentions -> unreferenced, unknown/none, was_public unknown (no posted_at)")
    return ex


def ig_2024_german() -> Export:
    ex = Export("instagram", "2024-german", None)
    ex.export_time = ts("2024-05-20T06:00:00")
    ex.private = True
    ex.history = [(ts("2023-09-01T07:45:00"), "private")]

    def m(key, folder, ext, t, f, title="", exif=None, note=""):
        return Media(uri=f"media/{folder}/{ig_name(key, ext)}", file=f, created=ts(t), title=title, exif=exif,
                     note=note, extra={"camera_metadata": {"has_camera_metadata": exif is not None}})

    g1 = m("ig24-g1", "posts/202307", ".webp", "2023-07-08T17:20:00",
           File("webp", "ig24-g1", Exif(make="samsung", model="SM-S918B", orientation=1, dto="2023:07:08 16:55:21",
                                        lat=dms("N", 53, 32, "45.36"), lon=dms("E", 9, 50, "07.32"), order="II")),
           title="Sommer an der Elbe ☀️",
           note="German export; before the switch to private (2023-09-01) -> was_public yes; GPS from WebP EXIF")
    g2a = m("ig24-g2a", "posts/202308", ".jpg", "2023-08-30T12:00:01", File("jpeg", "ig24-g2a"),
            exif={"latitude": 47.5596, "longitude": 10.2204, "date_time_original": "2023:08:29 10:11:12"},
            note="carousel with a German caption (umlauts) in the post-level title")
    g2b = m("ig24-g2b", "posts/202308", ".webp", "2023-08-30T12:00:02", File("webp", "ig24-g2b"),
            note="second carousel item")
    g3 = m("ig24-g3", "posts/202402", ".jpg", "2024-02-11T15:11:11", File("jpeg", "ig24-g3"),
           title="Fasching in Köln 🎭", note="after the switch -> was_public no")
    gs1 = m("ig24-gs1", "stories/202404", ".jpg", "2024-04-02T19:00:00", File("jpeg", "ig24-gs1"),
            note="story after the switch -> no")
    gp1 = m("ig24-gp1", "profile/202212", ".jpg", "2022-12-01T09:00:00", File("jpeg", "ig24-gp1"),
            note="profile photo -> public/platform_rule, yes")

    base = "your_instagram_activity/content"
    ex.json(f"{base}/posts_1.json", [
        ig_post(ex, [g3]),
        ig_post(ex, [g2a, g2b], "Grüße aus dem Allgäu 🐄", ts("2023-08-30T12:00:20")),
        ig_post(ex, [g1]),
    ])
    ex.json(f"{base}/stories.json", {"ig_stories": ig_items(ex, [gs1], "story")})
    ex.json(f"{base}/profile_photos.json", {"ig_profile_picture": ig_items(ex, [gp1], "profile_picture")})
    ex.json("personal_information/personal_information/personal_information.json", {"profile_user": [{
        "title": "", "media_map_data": {"Profilbild": gp1.ig_json()},
        "string_map_data": {
            "E-Mail-Adresse": {"href": "", "value": "jdoe@example.com", "timestamp": 0},
            "Benutzername": {"href": "", "value": "jdoe", "timestamp": 0},
            "Name": {"href": "", "value": "Jane Doe", "timestamp": 0},
            "Geschlecht": {"href": "", "value": "weiblich", "timestamp": 0},
            "Geburtsdatum": {"href": "", "value": "1990-04-01", "timestamp": 0},
            "Privates Konto": {"href": "", "value": "True", "timestamp": 0}}}]})
    ex.json("security_and_login_information/login_and_profile_creation/profile_privacy_changes.json", {
        "account_history_account_privacy_history": [
            {"title": "Privat", "media_map_data": {},
             "string_map_data": {"Zeit": {"href": "", "value": "", "timestamp": ts("2023-09-01T07:45:00")}}}]})
    return ex


# ---------------------------------------------------------------------------------------
# HTML exports (Meta's HTML format): each built from a JSON model, which is also written as
# the fixture's JSON twin; markup from shared/reference/html-export.md §3–§4
# ---------------------------------------------------------------------------------------

HTML_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv", "fév", "mars", "avr", "mai", "jun", "juil", "août", "sept", "oct", "nov", "déc"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}
HTML_COLUMNS_EXTRA = ["time_source", "time_precision"]
# The rows an item's table shows, in the order Meta writes them, per label set.
HTML_LABELS = {
    "en-2019": [("taken_timestamp", "Taken"), ("modified_timestamp", "Modified"), ("camera_make", "Camera Make"),
                ("camera_model", "Camera Model"), ("orientation", "Orientation"), ("latitude", "Latitude"),
                ("longitude", "Longitude"), ("upload_ip", "Upload IP Address")],
    "en": [("taken_timestamp", "Taken"), ("modified_timestamp", "Modified"), ("camera_make", "Camera make"),
           ("camera_model", "Camera model"), ("orientation", "Orientation"), ("exposure", "Exposure"),
           ("f_stop", "F-Stop"), ("iso", "ISO speed"), ("focal_length", "Focal length"), ("latitude", "Latitude"),
           ("longitude", "Longitude"), ("upload_ip", "Upload IP address")],
    "fr": [("taken_timestamp", "Date de création"), ("modified_timestamp", "Date de modification"),
           ("latitude", "Latitude"), ("longitude", "Longitude"), ("upload_ip", "Adresse IP de la source")],
    "it": [("source_type", "Tipo di origine"), ("device_id", "ID del dispositivo"),
           ("camera_position", "Posizione della fotocamera"), ("latitude", "Latitudine"),
           ("longitude", "Longitudine"), ("date_time_original", "Data di registrazione")],
}


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_date(t: int, style: str, lang: str) -> str:
    """A time as the pages show it, in UTC (the fixtures' account zone): en-GB 2019 to the minute,
    2022+ Facebook to the second with am/pm glued on, Instagram to the minute with a space."""
    import time as _t
    g = _t.gmtime(t)
    month = HTML_MONTHS[lang][g.tm_mon - 1]
    hour12 = g.tm_hour % 12 or 12
    half = "am" if g.tm_hour < 12 else "pm"
    if style == "en-gb":
        return f"{g.tm_mday} {month} {g.tm_year}, {g.tm_hour:02}:{g.tm_min:02}"
    if style == "fb":
        return f"{month} {g.tm_mday:02}, {g.tm_year} {hour12}:{g.tm_min:02}:{g.tm_sec:02}{half}"
    return f"{month} {g.tm_mday}, {g.tm_year} {hour12}:{g.tm_min:02} {half}"


class HtmlFixture:
    """An HTML export and its JSON twin, built from one model: every container is written as JSON
    (into ex, through the JSON fixtures' helpers) and as the HTML page Meta would write."""

    def __init__(self, ex: Export, markup: str, style: str, lang: str, labels: str):
        self.ex = ex
        self.markup = markup      # old (2018-2021) | two-cell (2022-04) | new (2022-12 on) | ig
        self.style = style
        self.lang = lang
        self.labels = labels
        self.pages: dict[str, bytes] = {}
        self.extra_rows: dict[str, list[tuple[str, str]]] = {}   # media key -> rows no JSON key has

    @property
    def precision(self) -> str:
        return "second" if self.style == "fb" else "minute"

    def date(self, t: int) -> str:
        return html_date(t, self.style, self.lang)

    # -- markup -------------------------------------------------------------------------
    def page(self, path: str, title: str, blocks: list[str]):
        depth = path.count("/")
        old = self.markup == "old"
        body_class = {"old": "_5vb_ _2yq _4yic", "two-cell": "_5vb_ _2yq _a704"}.get(self.markup, "_5vb_ _2yq _a7o5")
        header = ('<div class="_3-8y _3-95 _a709"><div class="_a70d"><div class="_a70e">' + esc(title) + '</div></div></div>'
                  if self.markup in ("new", "ig") else
                  '<table class="_a7cj"><tr><td><img src="files/fb_logo.png" alt="Facebook" /></td>'
                  '<td><img src="files/profile_pic.jpg" />Jane Doe</td></tr></table>')
        main = '<div class="_4t5n" role="main">' if old else '<div class="_a706" role="main">'
        generated = f'Generated by Jane Doe on {html_date(self.ex.export_time, "en-gb" if old else "fb", "en")}'
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
                f'<base href="{"../" * depth}" /><style type="text/css">body {{ margin: 0 }}</style>'
                f'<title>{esc(title)}</title></head><body class="{body_class}"><div class="clearfix _ikh"><div class="_4bl9">'
                f'<div class="_li">{header}{main}' + "".join(f"<div>{b}</div>" for b in blocks) +
                f'</div><div class="{"_4t5o" if old else "_a707"}">{generated}</div></div></div></div></body></html>')
        self.pages[path] = html.encode("utf-8")

    def rows_html(self, rows: list[tuple[str, str]]) -> str:
        if not rows:
            return ""
        if self.markup == "old":
            cells = "".join(f'<tr class="_51mx"><td class="_51m- _2pin _2oao"><div class="_tqp">{esc(l)}</div></td>'
                            f'<td class="_51m- _2pin _2piu _23bw _51mw"><div class="_tqp">{esc(v)}</div></td></tr>' for l, v in rows)
            return f'<table class="uiGrid _51mz" cellspacing="0" cellpadding="0"><tbody>{cells}</tbody></table>'
        if self.markup == "two-cell":
            cells = "".join(f'<tr><td class="_2pin _a6_q"><div class="_a6-q">{esc(l)}</div></td>'
                            f'<td class="_2pin _2piu _a6_r"><div class="_a6-q">{esc(v)}</div></td></tr>' for l, v in rows)
            return f"<table>{cells}</table>"
        cells = "".join(f'<tr><td class="_2pin _a6_q" colspan="2"><div class="_a6-q">{esc(l)}</div>'
                        f'<div><div class="_a6-q">{esc(v)}</div></div></td></tr>' for l, v in rows)
        return f"<table>{cells}</table>"

    def rows_of(self, m: Media) -> list[tuple[str, str]]:
        js = m.exif or {}
        rows = []
        for key, label in HTML_LABELS[self.labels]:
            if js.get(key) is None:
                continue
            value = js[key]
            rows.append((label, self.date(value) if key in ("taken_timestamp", "modified_timestamp") else str(value)))
        return rows + self.extra_rows.get(m.key, [])

    def media_html(self, m: Media) -> str:
        cls = "_2yuc _3-96" if self.markup == "old" else "_a6_o _3-96"
        if m.kind == "video":
            return f'<video src="{esc(m.uri)}" controls="1" class="{cls}"><a href="{esc(m.uri)}"><div>Click for video:</div></a></video>'
        return f'<a href="{esc(m.uri)}" target="_blank"><img src="{esc(m.uri)}" class="{cls}" /></a>'

    def block(self, inner: str, date: str, heading: str | None = None) -> str:
        if self.markup == "old":
            head = f'<div class="_3-96 _2pio _2lek _2lel">{esc(heading)}</div>' if heading else ""
            return (f'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder">{head}<div class="_3-96 _2let">{inner}</div>'
                    f'<div class="_3-94 _2lem"><a href="https://www.facebook.com/photo.php?fbid=1">{date}</a></div></div>')
        if self.markup == "ig":
            head = f'<h2 class="_3-95 _2pim _a6-h _a6-i">{esc(heading)}</h2>' if heading else ""
            return (f'<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">{head}<div class="_3-95 _a6-p">{inner}</div>'
                    f'<div class="_3-94 _a6-o">{date}</div></div>')
        head = f'<div class="_2ph_ _a6-h _a6-i">{esc(heading)}</div>' if heading else ""
        return (f'<div class="_3-95 _a6-g">{head}<div class="_2ph_ _a6-p">{inner}</div><div class="_3-94 _a6-o">'
                f'<a href="https://www.facebook.com/dyi/l/?l=1"><div class="_a72d">{date}</div></a></div></div>')

    def media_block(self, m: Media, heading: str | None = None) -> str:
        """An album, uncategorized or video item: the media, its description, its table, its date."""
        desc = f'<div class="_3-95">{esc(m.desc)}</div>' if m.desc else ('<div class="_3-95"></div>' if m.kind == "video" else "")
        return self.block(self.media_html(m) + desc + self.rows_html(self.rows_of(m)), self.date(m.created), heading)

    # -- Facebook pages, each with its JSON twin ------------------------------------------------
    def album(self, number: int, folder: str, name: str, photos: list[Media]):
        self.ex.json(f"{folder}/album/{number}.json", fb_album(self.ex, name, photos, photos[0], photos[0].created))
        repeat = name if self.markup in ("old", "two-cell") else None
        self.page(f"{folder}/album/{number}.html", name, [self.media_block(m, repeat) for m in photos])

    def collection(self, folder: str, name: str, key: str, source: str, title: str, media: list[Media]):
        self.ex.json(f"{folder}/{name}.json", fb_collection(self.ex, key, source, media))
        self.page(f"{folder}/{name}.html", title, [self.media_block(m) for m in media])

    def posts(self, path: str, posts: list[tuple[int, str | None, list[Media]]], source: str = "post",
              key: str | None = None, update_kind: str | None = None):
        """Posts show no table (reference §3.4): the post's text, each media with its album name, the post's date.
        Reels (`short_videos/your_reels`) are the same page over `{"lasso_videos_v2": [...]}`."""
        listed = [fb_post(self.ex, t, text, media, "Jane Doe added a new photo.", source=source, update_kind=update_kind)
                  for t, text, media in posts]
        self.ex.json(path.replace(".html", ".json"), {key: listed} if key else listed)
        blocks = []
        for t, text, media in posts:
            words = f'<div class="_2pin"><div>{esc(text)}</div></div>' if text else ""
            grid = "".join(f'<div class="_a7ng"><div>{self.media_html(m)}'
                           + (f"<div>{esc(m.title)}</div>" if m.title else "") + "</div></div>" for m in media)
            inner = f'<div>{words}<div class="_2pin"><div class="_a7nf">{grid}</div></div></div>'
            blocks.append(self.block(inner, self.date(t), "Jane Doe added a new photo."))
        self.page(path, "Your reels" if source == "reel" else "Your posts", blocks)

    # -- Instagram pages ----------------------------------------------------------------------
    def ig_page(self, name: str, title: str, key: str | None, source: str, posts: list[tuple[int | None, str | None, list[Media]]],
                grouped: bool = False):
        """`key` wraps the file's list; `grouped` lists posts (`{"media": [...]}`) under it, as other_content does."""
        folder = "your_instagram_activity/media"
        if key is None or grouped:
            listed = [ig_post(self.ex, media, caption, t, source) for t, caption, media in posts]
            self.ex.json(f"{folder}/{name}.json", {key: listed} if key else listed)
        else:
            self.ex.json(f"{folder}/{name}.json", {key: ig_items(self.ex, [m for _, _, ms in posts for m in ms], source)})
        blocks = []
        for t, caption, media in posts:
            inner = "".join(f"<div><div>{self.media_html(m)}</div>{self.rows_html(self.rows_of(m))}</div>" for m in media)
            shown = t if t is not None else media[0].created
            blocks.append(self.block(inner, self.date(shown), caption or media[0].title or None))
        self.page(f"{folder}/{name}.html", title, blocks)

    # -- output -------------------------------------------------------------------------------
    def html_files(self) -> dict[str, bytes]:
        media = {p: b for p, b in self.ex.files.items() if not p.endswith(".json")}
        return {**media, **self.pages}

    def rows(self) -> list[dict]:
        """The JSON twin's rows, with times cut to what the pages show and how they were obtained."""
        out = []
        for row in self.ex.rows():
            m = self.ex.media.get(row["archive_path"])
            if m is not None and self.ex.platform == "facebook" and not any(
                    r.source in ("album", "uncategorized", "video") for r in self.ex.refs[m.key]):
                # Posts pages show no table (reference §3.4): what Meta kept is lost for media that
                # no album, uncategorized or video page lists; the file's own EXIF remains.
                row = self.ex.fb_row(replace(m, exif=None), self.ex.refs[m.key])
            row = dict(row)
            if m is None:
                row.update(time_source="", time_precision="")
            else:
                if self.precision == "minute":
                    row["posted_at"] = row["posted_at"][:17] + "00Z"
                    if (m.exif or {}).get("taken_timestamp") and row["taken_at"].endswith("Z"):
                        row["taken_at"] = row["taken_at"][:17] + "00Z"
                row.update(time_source="html_display", time_precision=self.precision)
            out.append(row)
        return out


def html_fb_2019() -> HtmlFixture:
    ex = Export("facebook", "2019-old-markup", "facebook-jdoe-2019-06-27")
    ex.export_time = ts("2019-06-27T09:12:00")
    fx = HtmlFixture(ex, "old", "en-gb", "en", "en-2019")
    pv = "photos_and_videos"
    lis = f"{pv}/SummerinLisbon_{token('h19-lis', 10)}"
    pp = f"{pv}/ProfilePictures_{token('h19-pp', 10)}"
    mu = f"{pv}/MobileUploads_{token('h19-mu', 10)}"
    ip = "198.51.100.23"
    l1 = Media(uri=f"{lis}/{fb_name('h19-l1')}", file=File("jpeg", "h19-l1"), created=ts("2018-07-14T19:25:41"),
               desc="Tram 28 up to Graça", style="flat",
               exif={"taken_timestamp": ts("2018-07-14T11:02:37"), "camera_make": "Canon", "camera_model": "Canon EOS 80D",
                     "orientation": 1, "latitude": 38.7166667, "longitude": -9.1322222, "upload_ip": ip},
               note="old markup, title-case labels, GPS rows; en-GB dates to the minute")
    l2 = Media(uri=f"{lis}/{fb_name('h19-l2')}", file=File("jpeg", "h19-l2"), created=ts("2018-07-15T08:03:09"),
               style="flat", exif={"upload_ip": ip}, note="only an Upload IP Address row")
    p1 = Media(uri=f"{pp}/{fb_name('h19-p1')}", file=File("jpeg-fbmd", "h19-p1"), created=ts("2017-02-03T18:40:00"),
               style="flat", exif={"upload_ip": ip}, note="Profile Pictures album -> profile_picture")
    m1 = Media(uri=f"{mu}/{fb_name('h19-m1')}", file=File("jpeg", "h19-m1"), created=ts("2019-05-01T12:00:15"),
               title="Mobile Uploads", style="flat", exif={"upload_ip": ip, "taken_timestamp": ts("2019-05-01T11:58:00")},
               note="in a post and in Mobile Uploads: post;album, posted_at from the posts page")
    v1 = Media(uri=f"{pv}/videos/{digits('h19-v1', 15)}.mp4", file=File("mp4", "h19-v1"), created=ts("2019-03-09T16:20:30"),
               kind="video", desc="Fado night", style="flat", exif={"upload_ip": ip}, note="video page, Upload IP only")
    fx.album(0, pv, "Summer in Lisbon", [l1, l2])
    fx.album(1, pv, "Profile Pictures", [p1])
    fx.album(2, pv, "Mobile Uploads", [m1])
    fx.collection(pv, "your_videos", "videos", "video", "Your videos", [v1])
    fx.posts("posts/your_posts_1.html", [(ts("2019-05-01T12:00:42"), "May Day picnic by the river", [m1])])
    return fx


def html_fb_2022() -> HtmlFixture:
    ex = Export("facebook", "2022-two-cell", None)
    ex.export_time = ts("2022-04-20T10:30:00")
    fx = HtmlFixture(ex, "two-cell", "fb", "en", "en")
    pm = "posts/media"
    ber = f"{pm}/Berlin2022_{token('h22-ber', 10)}"
    tl = f"{pm}/Timelinephotos_{token('h22-tl', 10)}"
    ip = "203.0.113.77"
    b1 = Media(uri=f"{ber}/{fb_name('h22-b1')}", file=File("jpeg", "h22-b1"), created=ts("2022-03-12T15:51:24"),
               desc="Spree at dusk, from the Oberbaum bridge",
               exif={"taken_timestamp": ts("2022-03-12T15:40:02"), "modified_timestamp": ts("2022-03-12T15:40:02"),
                     "camera_make": "Google", "camera_model": "Pixel 6", "orientation": 1, "exposure": "1/250",
                     "f_stop": "185/100", "iso": 49, "focal_length": "681/100", "latitude": 52.5019444,
                     "longitude": 13.4458333, "upload_ip": ip},
               note="2022-04 two-cell rows, full camera set; seconds in dates")
    b2 = Media(uri=f"{ber}/{fb_name('h22-b2')}", file=File("jpeg", "h22-b2", ex_samsung_noGPS()), created=ts("2022-03-13T09:05:59"),
               exif={"upload_ip": ip}, note="Upload IP only; camera and taken_at from the file's EXIF")
    t1 = Media(uri=f"{tl}/{fb_name('h22-t1')}", file=File("jpeg", "h22-t1"), created=ts("2022-04-02T07:30:01"),
               title="Timeline photos", exif={"upload_ip": ip, "taken_timestamp": ts("2022-04-02T07:29:33")},
               note="post;album: metadata joined from the album page by path, post text and date from the posts page")
    t2 = Media(uri=f"{tl}/{fb_name('h22-t2')}", file=File("jpeg", "h22-t2"), created=ts("2022-04-02T07:30:02"),
               title="Timeline photos", exif={"upload_ip": ip},
               note="second photo of the post, in no album page: album from the name under the photo; its upload_ip is only in JSON")
    u1 = Media(uri=f"{pm}/your_posts/{fb_name('h22-u1')}", file=File("jpeg", "h22-u1"), created=ts("2021-12-24T18:00:00"),
               exif={"upload_ip": "2001:db8:42::7"}, note="uncategorized, IPv6 upload address")
    v1 = Media(uri=f"{pm}/videos/{digits('h22-v1', 15)}.mp4", file=File("mp4", "h22-v1"), created=ts("2022-02-14T20:02:02"),
               kind="video", exif={"upload_ip": ip}, note="video page")
    fx.album(0, "posts", "Berlin 2022", [b1, b2])
    fx.album(1, "posts", "Timeline photos", [t1])
    fx.collection("posts", "your_uncategorized_photos", "other_photos_v2", "uncategorized", "Your uncategorized photos", [u1])
    fx.collection("posts", "your_videos", "videos_v2", "video", "Your videos", [v1])
    fx.posts("posts/your_posts_1.html", [(ts("2022-04-02T07:31:10"), "Easter brunch, finally all together", [t1, t2])])
    return fx


def html_fb_2024_french() -> HtmlFixture:
    ex = Export("facebook", "2024-french", "facebook-jdoe-2024-08-02-Fr24Ht01")
    ex.export_time = ts("2024-08-02T06:00:00")
    fx = HtmlFixture(ex, "new", "fb", "fr", "fr")
    act = "your_facebook_activity/posts"
    nice = f"{act}/media/VacancesaNice_{token('h24f-ni', 10)}"
    cov = f"{act}/media/Photosdecouverture_{token('h24f-cp', 10)}"
    ip = "192.0.2.140"
    n1 = Media(uri=f"{nice}/{fb_name('h24f-n1')}", file=File("jpeg", "h24f-n1"), created=ts("2023-08-15T19:44:07"),
               desc="Coucher de soleil sur la promenade des Anglais",
               exif={"taken_timestamp": ts("2023-08-15T18:58:41"), "latitude": 43.6947222, "longitude": 7.2655556,
                     "upload_ip": ip},
               note="French labels (Date de création, Adresse IP de la source) and French months (août)")
    n2 = Media(uri=f"{nice}/{fb_name('h24f-n2')}", file=File("jpeg", "h24f-n2"), created=ts("2023-02-11T08:15:30"),
               exif={"upload_ip": ip, "taken_timestamp": ts("2023-02-11T08:15:02"),
                     "modified_timestamp": ts("2023-02-11T08:15:02")}, note="fév; Date de modification")
    c1 = Media(uri=f"{cov}/{fb_name('h24f-c1')}", file=File("jpeg", "h24f-c1"), created=ts("2022-12-03T21:10:00"),
               exif={"upload_ip": ip}, note="'Photos de couverture' album -> cover_photo, public/platform_rule; déc")
    p1 = Media(uri=f"{act}/media/your_posts/{fb_name('h24f-p1')}", file=File("jpeg", "h24f-p1"), created=ts("2024-07-14T22:30:05"),
               exif={"upload_ip": ip}, note="post photo in no album page: no metadata in HTML; juil")
    v1 = Media(uri=f"{act}/media/videos/{digits('h24f-v1', 15)}.mp4", file=File("mp4", "h24f-v1"), created=ts("2024-06-21T20:00:45"),
               kind="video", exif={"upload_ip": ip}, note="video page; jun")
    fx.album(0, act, "Vacances à Nice", [n1, n2])
    fx.album(1, act, "Photos de couverture", [c1])
    fx.collection(act, "your_videos", "videos_v2", "video", "Vos vidéos", [v1])
    fx.posts(f"{act}/your_posts__check_ins__photos_and_videos_1.html",
             [(ts("2024-07-14T22:31:00"), "Feu d'artifice du 14 juillet 🎆", [p1])])
    fx.pages["preferences/language_and_locale.html"] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><base href="../" />'
        '<title>Langue et région</title></head><body class="_5vb_ _2yq _a7o5"><div class="_a706" role="main">'
        '<div class="_3-95 _a6-g"><div class="_2ph_ _a6-h _a6-i">Langue sélectionnée</div><div class="_2ph_ _a6-p">'
        '<div>fr_FR</div></div></div></div></body></html>').encode("utf-8")
    return fx


def html_fb_2024_split() -> HtmlFixture:
    ex = Export("facebook", "2024-split", "facebook-jdoe-2024-03-14-Sp24Ht02")
    ex.export_time = ts("2024-03-14T05:00:00")
    fx = HtmlFixture(ex, "new", "fb", "en", "en")
    media = "your_activity_across_facebook/posts/media"
    hk = f"{media}/HongKong_{token('h24s-hk', 10)}"
    mu = f"{media}/Mobileuploads_{token('h24s-mu', 10)}"
    ip = "203.0.113.9"
    h1 = Media(uri=f"{hk}/{fb_name('h24s-h1')}", file=File("jpeg", "h24s-h1"), created=ts("2023-11-04T10:12:13"),
               exif={"taken_timestamp": ts("2023-11-04T09:00:00"), "camera_make": "Apple", "camera_model": "iPhone 12",
                     "orientation": 6, "exposure": "1/1000", "f_stop": "16/10", "iso": 32, "focal_length": "42/10",
                     "upload_ip": ip},
               note="pages under your_facebook_activity/, media under your_activity_across_facebook/ (2024-03 split)")
    m1 = Media(uri=f"{mu}/{fb_name('h24s-m1')}", file=File("jpeg", "h24s-m1"), created=ts("2024-01-01T00:00:30"),
               title="Mobile uploads", desc="Happy new year!", exif={"upload_ip": ip},
               note="post;album: the post's text wins over the photo's description")
    m2 = Media(uri=f"{mu}/{fb_name('h24s-m2')}", file=File("jpeg", "h24s-m2"), created=ts("2024-01-01T00:00:31"),
               title="Mobile uploads", exif={"upload_ip": ip}, path=None,
               note="named by the album and the post, absent from the export -> missing")
    u1 = Media(uri=f"{media}/your_posts/{fb_name('h24s-u1')}", file=File("jpeg", "h24s-u1"), created=ts("2023-09-09T09:09:09"),
               exif={"upload_ip": ip, "latitude": 22.2783333, "longitude": 114.1747222}, note="uncategorized with Latitude/Longitude rows")
    act = "your_facebook_activity/posts"
    fx.album(0, act, "Hong Kong", [h1])
    fx.album(1, act, "Mobile uploads", [m1, m2])
    fx.collection(act, "your_uncategorized_photos", "other_photos_v2", "uncategorized", "Your uncategorized photos", [u1])
    fx.posts(f"{act}/your_posts__check_ins__photos_and_videos_1.html",
             [(ts("2024-01-01T00:01:02"), "Fireworks over the harbour 🎇", [m1, m2])])
    rl = Media(uri=f"{media}/Reels_{token('h24s-rl', 10)}/{fb_name('h24s-rl1', '.mp4')}", file=File("mp4", "h24s-rl1"),
               created=ts("2024-02-10T18:00:00"), kind="video", note="reel page short_videos/your_reels.html -> reel")
    pp = Media(uri=f"{media}/Profilepictures_{token('h24s-pp', 10)}/{fb_name('h24s-pp1')}", file=File("jpeg", "h24s-pp1"),
               created=ts("2024-02-20T08:00:00"), note="profile_update_history.html -> profile_picture;profile_update, public")
    fx.posts("personal_information/profile_information/profile_update_history.html", [(ts("2024-02-20T08:00:05"), None, [pp])],
             source="profile_update", key="profile_updates_v2", update_kind="profile_picture")
    fx.posts("your_facebook_activity/short_videos/your_reels.html", [(ts("2024-02-10T18:00:40"), "Lantern festival", [rl])],
             source="reel", key="lasso_videos_v2")
    fx.pages["start_here.html"] = html_page("Your information", '<a href="your_facebook_activity/posts/album/0.html">Albums</a>', 0)
    fx.pages["your_facebook_activity/comments_and_reactions/comments.html"] = html_page(
        "Comments", '<div class="_a6-g"><div class="_2ph_ _a6-p">Nice!</div><div class="_3-94 _a6-o">Jan 02, 2024 9:00:00am</div></div>', 2)
    return fx


def html_fb_invented_label() -> HtmlFixture:
    ex = Export("facebook", "2024-invented-label", "facebook-jdoe-2024-09-01-Iv24Ht03")
    ex.export_time = ts("2024-09-01T05:00:00")
    fx = HtmlFixture(ex, "new", "fb", "en", "en")
    act = "your_facebook_activity/posts"
    a1 = Media(uri=f"{act}/media/Garden_{token('h24i-ga', 10)}/{fb_name('h24i-a1')}", file=File("jpeg", "h24i-a1"),
               created=ts("2024-05-05T14:14:14"), exif={"upload_ip": "198.51.100.4"},
               note="a row whose label no table knows: kept raw, listed once in the warnings")
    fx.extra_rows[a1.key] = [("Lens serial number", "LS-0042")]
    fx.album(0, act, "Garden", [a1])
    return fx


def html_ig_2025_italian() -> HtmlFixture:
    ex = Export("instagram", "2025-italian", "instagram-jdoe-2025-11-20-It25Ht04")
    ex.export_time = ts("2025-11-20T07:00:00")
    ex.private = True
    fx = HtmlFixture(ex, "ig", "ig", "it", "it")

    def m(key, folder, ext, t, f, exif=None, kind="photo", title="", note=""):
        return Media(uri=f"media/{folder}/{ig_name(key, ext)}", file=f, created=ts(t), exif=exif, kind=kind, title=title, note=note)

    p1 = m("h25i-p1", "posts/202508", ".jpg", "2025-08-16T17:05:00", File("jpeg", "h25i-p1"),
           exif={"source_type": "library", "device_id": "android-5f2c9e1d", "latitude": 41.8902102, "longitude": 12.4922309,
                 "date_time_original": "2025:08:16 17:01:44"},
           note="Italian labels (Latitudine, Data di registrazione) and months (ago); private account")
    c1 = m("h25i-c1", "posts/202510", ".webp", "2025-10-05T09:30:00", File("webp", "h25i-c1"),
           exif={"source_type": "ANDROID_GALLERY", "camera_position": "back"}, note="carousel item 1, own table")
    c2 = m("h25i-c2", "posts/202510", ".jpg", "2025-10-05T09:30:00", File("jpeg", "h25i-c2", ex_fuji_belem()),
           note="carousel item 2, no table: GPS and camera from the file")
    s1 = m("h25i-s1", "stories/202511", ".jpg", "2025-11-16T05:05:00", File("jpeg", "h25i-s1"),
           exif={"date_time_original": "20251116T050412.000Z"}, note="story; nov; compact date taken")
    r1 = m("h25i-r1", "reels/202509", ".mp4", "2025-09-01T21:10:00", File("mp4", "h25i-r1"), kind="video",
           title="Tramonto a Trastevere", note="reel video; set")
    pr = m("h25i-pr", "profile/202401", ".jpg", "2024-01-02T12:00:00", File("jpeg", "h25i-pr"), note="profile photo: public although private")
    fx.ig_page("posts_1", "Post", None, "post", [(None, "Colosseo all'alba", [p1]), (ts("2025-10-05T09:30:00"), "Domenica a Roma", [c1, c2])])
    fx.ig_page("stories", "Storie", "ig_stories", "story", [(None, None, [s1])])
    fx.ig_page("reels", "Reel", "ig_reels_media", "reel", [(None, None, [r1])])
    fx.ig_page("profile_photos", "Foto del profilo", "ig_profile_picture", "profile_picture", [(None, None, [pr])])
    oc = m("h25i-oc", "other/202507", ".jpg", "2025-07-07T07:07:00", File("jpeg", "h25i-oc"), note="other_content.html -> other_content")
    fx.ig_page("other_content", "Altri contenuti", "ig_other_media", "other_content", [(ts("2025-07-07T07:07:30"), "Lago di Como", [oc])],
               grouped=True)
    info = "personal_information/personal_information/personal_information.json"
    ex.json(info, {"profile_user": [{"media_map_data": {"Foto del profilo": {"uri": pr.uri, "creation_timestamp": pr.created, "title": ""}},
                                     "string_map_data": {"Nome utente": {"value": "jdoe", "timestamp": 0},
                                                         "Account privato": {"value": "True", "timestamp": 0}}}]})
    ex.refs[pr.key].append(Ref("profile_picture"))
    fx.pages[info.replace(".json", ".html")] = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><base href="../../" />'
        '<title>Informazioni personali</title></head><body class="_5vb_ _2yq _a7o5"><main class="_a706">'
        '<div class="_a6-g"><h2>Informazioni personali</h2><div class="_a6-p"><table>'
        f'<tr><td class="_2pin _a6_q" colspan="2">Foto del profilo<div><div><img src="{pr.uri}" /></div></div></td></tr>'
        '<tr><td class="_2pin _a6_q" colspan="2">Nome utente<div><div>jdoe</div></div></td></tr>'
        '<tr><td class="_2pin _a6_q" colspan="2">Account privato<div><div>True</div></div></td></tr>'
        '</table></div></div></main></body></html>').encode("utf-8")
    return fx


def build_html() -> list[tuple[Export, Path]]:
    """Write every HTML fixture (the export, its JSON twin under json-twin/, expected.csv)."""
    out = []
    for fx, zipped in ((html_fb_2019(), False), (html_fb_2022(), True), (html_fb_2024_french(), True),
                       (html_fb_2024_split(), True), (html_fb_invented_label(), True), (html_ig_2025_italian(), True)):
        ex = fx.ex
        d = HERE / "html" / ex.platform / ex.name
        name = ex.root or "facebook-jdoe-2022-04-20"
        if zipped:
            write_zip(d / f"{name}.zip", zip_entries(fx.html_files(), ex.root, dirs=True), when_of(ex))
            write_zip(d / "json-twin" / f"{name}.zip", zip_entries(ex.files, ex.root, dirs=True), when_of(ex))
        else:
            write_folder(d / ex.root, fx.html_files())
            write_folder(d / "json-twin" / ex.root, ex.files)
        columns = (IG_COLUMNS if ex.platform == "instagram" else FB_COLUMNS) + HTML_COLUMNS_EXTRA
        write_csv(d / "expected.csv", columns, fx.rows())
        out.append((ex, d))
    return out


# ---------------------------------------------------------------------------------------
# Bad inputs
# ---------------------------------------------------------------------------------------

IG26_ROOT = "instagram-jdoe-2026-01-04-Th26Rd01"


def ig_2026_threads() -> Export:
    """A 2026 Instagram export with Threads posts inside (your_instagram_activity/threads/): a
    carousel with a post-level title, a text-only post, a reply whose words sit on its media, the
    Threads profile photo, and other_content.json."""
    ex = Export("instagram", "2026-threads-zip", IG26_ROOT)
    ex.export_time = ts("2026-01-04T07:00:00")
    ex.private = False

    def m(uri, key, t, f, title="", exif=None, note="", extra=None):
        return Media(uri=uri, file=f, created=ts(t), title=title, exif=exif, note=note, extra=extra or {})

    def bare(key, ext=".webp"):
        return f"media/{digits(key, 17)}{ext}"

    th1 = m(bare("ig26-th1"), "ig26-th1", "2025-11-02T09:00:00", File("webp", "ig26-th1"),
            note="Threads carousel, first photo, bare at the media root -> threads, unknown/none")
    th2 = m(bare("ig26-th2"), "ig26-th2", "2025-11-02T09:00:00", File("webp", "ig26-th2"),
            exif={"source_type": "camera", "date_time_original": "20251102T084512.000Z"},
            note="Threads carousel, second photo with exif_data")
    th3 = m(f"media/posts/202511/{ig_name('ig26-th3', '.webp')}", "ig26-th3", "2025-11-20T18:30:00",
            File("webp", "ig26-th3"), title="Agreed, the view from here is better 🌇",
            extra={"text_app_post": {"reply_control": "everyone", "geo_gated_country_list": "", "is_reply": True}},
            note="Threads reply with no post-level title: its words are on the media")
    tp1 = m(f"media/threads_profile/{ig_name('ig26-tp1', '.jpg')}", "ig26-tp1", "2024-07-06T12:00:00",
            File("jpeg", "ig26-tp1"), note="Threads profile photo -> profile_picture;threads, public/platform_rule")
    po1 = m(f"media/posts/202510/{ig_name('ig26-po1', '.jpg')}", "ig26-po1", "2025-10-10T10:10:00",
            File("jpeg", "ig26-po1"), note="Instagram post of a public account -> public/account_setting")
    oc1 = m(f"media/other/{ig_name('ig26-oc1', '.jpg')}", "ig26-oc1", "2025-09-09T09:09:00",
            File("jpeg", "ig26-oc1"), note="other_content.json -> other_content, the account's setting")
    carousel = {"title": enc("Sunday walk along the river 🌿"), "creation_timestamp": ts("2025-11-02T09:00:30"),
                "media": [th1.ig_json(), th2.ig_json()]}
    for item in (th1, th2):
        ex.ref(item, Ref("threads", ts("2025-11-02T09:00:30"), enc("Sunday walk along the river 🌿")))
    text_only = {"media": [{"uri": "", "creation_timestamp": ts("2025-12-01T08:00:00"),
                            "title": enc("Just words today, no photo."),
                            "text_app_post": {"reply_control": "everyone", "geo_gated_country_list": ""}}]}
    ex.ref(th3, Ref("threads", None, enc(th3.title)))
    threads = "your_instagram_activity/threads"
    ex.json(f"{threads}/threads_and_replies.json", {"text_post_app_text_posts": [
        carousel, text_only, {"media": [th3.ig_json()]}]})
    ex.ref(tp1, Ref("threads"))
    ex.ref(tp1, Ref("profile_picture"))
    ex.json(f"{threads}/personal_information.json", {"text_post_app_text_post_app_profile": [{
        "media_map_data": {"Profile Photo": tp1.ig_json()},
        "string_map_data": {"Bio": {"value": enc("Bread, rivers, birds."), "timestamp": 0}}}]})
    base = "your_instagram_activity/media"
    ex.json(f"{base}/posts_1.json", [ig_post(ex, [po1], "Autumn leaves 🍂", ts("2025-10-10T10:10:30"))])
    ex.json(f"{base}/other_content.json", {"ig_other_media": [{"media": ig_items(ex, [oc1], "other_content")}]})
    ig_public_account(ex)
    return ex


IGCA_ROOT = "instagram-jdoe-2025-10-01-Ci56Ai78"


def ig_public_account(ex: Export):
    """The 2024+ personal_information.json of jdoe's public account."""
    ex.json("personal_information/personal_information/personal_information.json", {"profile_user": [{
        "title": "", "media_map_data": {},
        "string_map_data": {
            "Username": {"href": "", "value": "jdoe", "timestamp": 0},
            "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]})


def ig_2025_comments_insights_ai() -> Export:
    """A 2025 Instagram export of a public professional account: media named by comments
    (post_comments_1.json, hype.json), thumbnails in past insights, and a chat with Meta AI."""
    ex = Export("instagram", "2025-comments-insights-ai", IGCA_ROOT)
    ex.export_time = ts("2025-10-01T07:00:00")
    ex.private = False

    def m(folder, key, t, ext=".webp", **kw):
        fmt = {".webp": "webp", ".jpg": "jpeg"}[ext]
        return Media(uri=f"media/{folder}/{ig_name(key, ext)}", file=File(fmt, key), created=ts(t), **kw)

    po1 = m("posts/202508", "igca-po1", "2025-08-01T10:00:00", note="a post the owner commented on -> post;comment, public")
    po2 = m("posts/202508", "igca-po2", "2025-08-15T10:00:00", note="a post whose insights thumbnail is the same file -> post;insights")
    cm1 = m("comments/202509", "igca-cm1", "2025-09-03T12:00:00", ext=".jpg",
            note="media named only by post_comments_1.json -> comment, unknown/none (the post's audience)")
    hy1 = m("comments/202509", "igca-hy1", "2025-09-10T12:00:00", ext=".jpg",
            note="media named only by hype.json (story comments) -> comment")
    in1 = m("insights/202507", "igca-in1", "2025-07-20T10:00:00", ext=".jpg",
            note="thumbnail only in past_instagram_insights/posts.json -> insights, public/account_setting")
    base = "your_instagram_activity/media"
    ex.json(f"{base}/posts_1.json", [ig_post(ex, [po1], "Harbour lights", ts("2025-08-01T10:00:30")),
                                     ig_post(ex, [po2], "Ferry at dawn", ts("2025-08-15T10:00:30"))])

    def comment(media: Media, text: str, t: int) -> dict:
        ex.ref(media, Ref("comment", t, enc(text)))
        return {"media_list_data": [{"uri": media.uri}], "string_map_data": {
            "Comment": {"value": enc(text)}, "Media Owner": {"value": "jdoe"}, "Time": {"timestamp": t}}}

    ex.json("your_instagram_activity/comments/post_comments_1.json", [
        comment(po1, "Thanks everyone! 🙏", ts("2025-08-02T09:00:00")),
        comment(cm1, "Found it on the pier", ts("2025-09-03T12:00:00"))])
    ex.json("your_instagram_activity/comments/hype.json", {"comments_story_comments": [
        comment(hy1, "So good", ts("2025-09-10T12:00:00"))]})
    for thumb in (po2, in1):
        ex.ref(thumb, Ref("insights"))
    ex.json("logged_information/past_instagram_insights/posts.json", {"organic_insights_posts": [
        {"media_map_data": {"Media Thumbnail": t.ig_json()},
         "string_map_data": {"Impressions": {"value": "120"}}} for t in (po2, in1)]})
    thread = f"your_instagram_activity/messages/ai_conversations/metaai_{digits('igca-ai', 16)}"
    ai1 = Media(uri=f"{thread}/photos/{ig_name('igca-ai1', '.jpg')}", file=File("jpeg", "igca-ai1"),
                created=ts("2025-09-20T21:00:00"), note="photo sent to Meta AI on Instagram -> meta_ai, private/platform_rule")
    meta_ai_chat(ex, thread, "jdoe", ai1, (ig_name('igca-ai2', '.png'), "igca-ai2"), "Which boat is this?", "A ferry.")
    friend_chat(ex, "your_instagram_activity", "igca", ts("2025-09-25T10:00:00"))
    ig_public_account(ex)
    return ex


def html_page(title: str, body: str, depth: int) -> bytes:
    base = "../" * depth
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            f'<base href="{base}" /><title>{title}</title></head>'
            f'<body class="_5vb_ _2yq _a7o5"><div class="_a705"><div class="_3-8y _3-95 _a6-g">'
            f'<h1>{title}</h1>{body}</div></div></body></html>').encode("utf-8")


def bad_html_export(dest: Path):
    root = "facebook-jdoe-2024-11-18-Ht5Lm8Qz"
    mu = f"your_facebook_activity/posts/media/Mobileuploads_{token('bad-html-mu', 10)}"
    photo = f"{mu}/{fb_name('bad-html-1')}"
    files = {
        "index.html": html_page("Jane Doe", '<a href="your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html">Your posts</a>', 0),
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html": html_page(
            "Your posts",
            f'<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">Jane Doe added a new photo.</div>'
            f'<div class="_3-95 _a6-p"><div>Schöne Grüße aus München</div><a href="{photo}"><img src="{photo}" class="_a6_o _3-96" /></a></div>'
            f'<div class="_3-94 _a6-o">Jun 01, 2024 4:40:25 pm</div></div>', 3),
        "your_facebook_activity/posts/album/0.html": html_page(
            "Mobile uploads", f'<div class="_3-95 _a6-p"><a href="{photo}"><img src="{photo}" class="_a6_o _3-96" /></a></div>', 4),
        "files/fb_logo.png": png_image("bad-html-logo", 16),
        photo: jpeg_image("bad-html-1"),
    }
    write_zip(dest / "facebook-html-export.zip", zip_entries(files, root, dirs=True), (2024, 11, 18, 6, 0, 0))
    # Read since HTML exports are (issue 17): the post's photo, dated by the posts page; the album
    # page's copy has no item block (no date), so it adds nothing.
    row = dict.fromkeys(FB_COLUMNS + HTML_COLUMNS_EXTRA, "")
    row.update(platform="facebook", media_type="photo", archive_path=photo, source="post",
               caption="Schöne Grüße aus München", posted_at="2024-06-01T16:40:25Z", file_exif="no",
               visibility="unknown", visibility_source="none", time_source="html_display", time_precision="second")
    write_csv(dest / "facebook-html-export.expected.csv", FB_COLUMNS + HTML_COLUMNS_EXTRA, [row])


def bad_not_meta(dest: Path):
    files = {
        "README.txt": b"Holiday planning notes. Nothing to see here.\n",
        "notes/shopping.txt": b"milk\neggs\nflour\n",
        "notes/todo.txt": b"- renew passport\n- book train to Munich\n",
    }
    write_zip(dest / "not-a-meta-export.zip", zip_entries(files, None, dirs=False), (2024, 2, 2, 12, 0, 0))


def bad_broken_posts(dest: Path) -> Export:
    """Posts JSON is not valid JSON; the album file is fine and names the same photos."""
    ex = Export("facebook", "facebook-broken-posts-json", None)
    mu = f"posts/media/Mobileuploads_{token('bad-bp-mu', 10)}"
    a = Media(uri=f"{mu}/{fb_name('bad-bp-a')}", file=File("jpeg", "bad-bp-a"), created=ts("2022-01-10T10:00:00"),
              title="Mobile uploads", exif={"upload_ip": "198.51.100.5"})
    b = Media(uri=f"{mu}/{fb_name('bad-bp-b')}", file=File("jpeg", "bad-bp-b"), created=ts("2022-01-11T10:00:00"),
              title="Mobile uploads", desc="Snow!", exif={"upload_ip": "198.51.100.5"})
    ex.json("posts/album/0.json", fb_album(ex, "Mobile uploads", [a, b], a, ts("2022-01-11T10:00:00")))
    good = meta_json([{"timestamp": ts("2022-01-10T10:00:09"), "attachments": [{"data": [{"media": a.fb_json()}]}],
                       "data": [{"post": "New year, new walks"}], "title": "Jane Doe added a new photo."}])
    ex.put("posts/your_posts_1.json", good[: len(good) * 2 // 3])   # cut mid-way: not valid JSON
    write_zip(dest / "facebook-broken-posts-json.zip", zip_entries(ex.files, None, dirs=False), (2022, 2, 3, 12, 0, 0))
    return ex


def bad_album_shape(dest: Path) -> Export:
    """An album file whose 'photos' is a string; the posts and a second album are fine."""
    ex = Export("facebook", "facebook-album-wrong-shape", None)
    mu = f"posts/media/Mobileuploads_{token('bad-as-mu', 10)}"
    tr = f"posts/media/Trip_{token('bad-as-tr', 10)}"
    a = Media(uri=f"{mu}/{fb_name('bad-as-a')}", file=File("jpeg", "bad-as-a"), created=ts("2022-03-01T08:00:00"),
              title="Mobile uploads", exif={"upload_ip": "198.51.100.6"})
    b = Media(uri=f"{mu}/{fb_name('bad-as-b')}", file=File("jpeg", "bad-as-b"), created=ts("2022-03-01T08:00:01"),
              title="Mobile uploads", exif={"upload_ip": "198.51.100.6"})
    c = Media(uri=f"{tr}/{fb_name('bad-as-c')}", file=File("jpeg", "bad-as-c"), created=ts("2022-03-05T19:00:00"),
              desc="Harbour at night", exif={"upload_ip": "198.51.100.6"})
    ex.json("posts/your_posts_1.json", [fb_post(ex, ts("2022-03-01T08:00:10"), "Two from this morning", [a, b],
                                                "Jane Doe added 2 new photos.")])
    ex.json("posts/album/0.json", {"name": "Mobile uploads", "photos": "Mobile uploads (2)",
                                   "last_modified_timestamp": ts("2022-03-01T08:00:01")})
    ex.json("posts/album/1.json", fb_album(ex, "Trip", [c], c, ts("2022-03-05T19:00:00")))
    write_zip(dest / "facebook-album-wrong-shape.zip", zip_entries(ex.files, None, dirs=False), (2022, 3, 10, 12, 0, 0))
    return ex


# ---------------------------------------------------------------------------------------
# Writing everything
# ---------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------
# Diff pairs: two successive exports of one account, before and after the person acted
# ---------------------------------------------------------------------------------------

FBD_BEFORE_ROOT = "facebook-jdoe-2025-01-10-Bf01Xy23"
FBD_AFTER_ROOT = "facebook-jdoe-2025-04-02-Af02Zw45"
IGD_BEFORE_ROOT = "instagram-jdoe-2025-01-12-Qb01Rt23"
IGD_AFTER_ROOT = "instagram-jdoe-2025-04-02-Qa02Ws45"
DIFF_ALBUM = "Summer in Porto"
DIFF_COLUMNS = ["change", "file_name", "old_path", "new_path", "changed", "old_visibility", "new_visibility",
                "old_caption", "new_caption", "old_latitude", "old_longitude", "new_latitude", "new_longitude"]


def fb_diff_export(after: bool) -> Export:
    """One Facebook account exported in January 2025 and again in April 2025. Between the two, Jane
    edited a caption, deleted a post and one photo of another, removed a photo's location, posted
    anew, and made the album "Summer in Porto" private (which no export shows: tests give that
    answer with `exposure visibility set`). Meta named the album's folder anew (a different slug)."""
    root = FBD_AFTER_ROOT if after else FBD_BEFORE_ROOT
    ex = Export("facebook", "after" if after else "before", root)
    ex.export_time = ts("2025-04-02T06:00:00" if after else "2025-01-10T06:00:00")
    pm = "your_facebook_activity/posts/media"
    ip = "198.51.100.23"
    porto = f"{pm}/SummerinPorto_{token('fbd-porto-after' if after else 'fbd-porto', 10)}"
    tl = f"{pm}/Timelinephotos_{token('fbd-tl', 10)}"
    pp = f"{pm}/Profilepictures_{token('fbd-pp', 10)}"

    def m(key, folder, t, note, **kw):
        return Media(uri=f"{folder}/{fb_name(key)}", file=File("jpeg", key), created=ts(t), note=note, **kw)

    pp1 = m("fbd-pp1", pp, "2023-05-01T09:00:00", "profile picture: unchanged", exif={"upload_ip": ip})
    al1 = m("fbd-al1", porto, "2024-07-20T18:00:01", "album photo; its folder's slug differs between the exports",
            desc="Ribeira at dusk", exif={"upload_ip": ip, "latitude": 41.1406944, "longitude": -8.6131944})
    al2 = m("fbd-al2", porto, "2024-07-20T18:00:02", "album photo; made private by the person's answer",
            desc="Tiles on the Capela das Almas", exif={"upload_ip": ip})
    p1 = m("fbd-p1", tl, "2024-09-02T08:15:01", "post whose caption was edited", title="Timeline photos",
           exif={"upload_ip": ip})
    p2 = m("fbd-p2", tl, "2024-10-12T12:00:01", "post deleted before the second export", title="Timeline photos",
           exif={"upload_ip": ip, "latitude": 48.1372222, "longitude": 11.5755556})
    p3a = m("fbd-p3a", tl, "2024-11-30T16:00:01", "first photo of a two-photo post: kept", title="Timeline photos",
            exif={"upload_ip": ip})
    p3b = m("fbd-p3b", tl, "2024-11-30T16:00:02", "second photo of that post: deleted", title="Timeline photos",
            exif={"upload_ip": ip})
    u1 = Media(uri=f"{pm}/your_uncategorized_photos/{fb_name('fbd-u1')}", file=File("jpeg", "fbd-u1"),
               created=ts("2024-06-15T10:00:00"), desc="Garden party",
               exif={"upload_ip": ip} if after else {"upload_ip": ip, "latitude": 48.1500278, "longitude": 11.5611667},
               note="uncategorized photo whose location is gone from the second export")
    v1 = Media(uri=f"{pm}/videos/{fb_name('fbd-v1', '.mp4')}", file=File("mp4", "fbd-v1"),
               created=ts("2024-08-01T20:00:00"), kind="video", title="", desc="Fado night",
               exif={"upload_ip": ip}, note="video: unchanged")
    n1 = m("fbd-n1", tl, "2025-02-14T19:30:01", "new post in the second export", title="Timeline photos",
           exif={"upload_ip": ip})

    caption = "Coffee at the corner café ☕" if after else "Coffee at the corner"
    posts = [fb_post(ex, ts("2024-09-02T08:15:20"), caption, [p1], "Jane Doe added a new photo.")]
    posts.append(fb_post(ex, ts("2024-11-30T16:00:30"), "First snow", [p3a] if after else [p3a, p3b],
                         "Jane Doe added new photos."))
    if after:
        posts.insert(0, fb_post(ex, ts("2025-02-14T19:30:20"), "Valentine's dinner", [n1], "Jane Doe added a new photo."))
    else:
        posts.insert(1, fb_post(ex, ts("2024-10-12T12:00:20"), "Oktoberfest, one last time", [p2],
                                "Jane Doe added a new photo."))
    act = "your_facebook_activity"
    ex.json(f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    ex.json(f"{act}/posts/album/0.json", fb_album(ex, "Profile pictures", [pp1], pp1, pp1.created))
    ex.json(f"{act}/posts/album/1.json", fb_album(ex, DIFF_ALBUM, [al1, al2], al1, al2.created))
    ex.json(f"{act}/posts/your_uncategorized_photos.json", fb_collection(ex, "other_photos_v2", "uncategorized", [u1]))
    ex.json(f"{act}/posts/your_videos.json", fb_collection(ex, "videos_v2", "video", [v1]))
    ex.json("personal_information/profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": "Jane Doe", "first_name": "Jane", "middle_name": "", "last_name": "Doe"},
        "username": "jdoe"}})
    return ex


def ig_diff_export(after: bool) -> Export:
    """One Instagram account exported in January 2025 (public) and again in April 2025, after Jane
    switched it to private (2025-03-01), edited a caption, deleted one post (still in "recently
    deleted", under another folder) and deleted another long enough ago to be gone, and posted anew."""
    root = IGD_AFTER_ROOT if after else IGD_BEFORE_ROOT
    ex = Export("instagram", "after" if after else "before", root)
    ex.export_time = ts("2025-04-02T07:00:00" if after else "2025-01-12T07:00:00")
    ex.private = after
    ex.history = [(ts("2025-03-01T10:00:00"), "private")] if after else None

    def m(key, folder, t, note, ext=".jpg", title="", exif=None):
        f = File("webp" if ext == ".webp" else "jpeg", key)
        return Media(uri=f"media/{folder}/{ig_name(key, ext)}", file=f, created=ts(t), title=title, exif=exif,
                     note=note)

    p1 = m("igd-p1", "posts/202406", "2024-06-01T12:00:00", "post: public, then private with the account",
           exif={"latitude": 38.7223, "longitude": -9.1393})
    p2 = m("igd-p2", "posts/202408", "2024-08-09T18:30:00", "post whose caption was edited", ext=".webp")
    p3 = m("igd-p3", "posts/202410", "2024-10-20T09:00:00", "post deleted in March: still in recently deleted")
    p4 = m("igd-p4", "posts/202411", "2024-11-11T11:11:00", "post deleted in January: gone from the second export")
    s1 = m("igd-s1", "stories/202412", "2024-12-24T17:00:00", "story: public, then private with the account")
    pr1 = m("igd-pr1", "profile/202301", "2023-01-05T08:00:00", "profile photo: public on both sides")
    n1 = m("igd-n1", "posts/202503", "2025-03-20T20:00:00", "new post after the switch to private")
    if after:
        p3 = Media(uri=f"media/recently_deleted/202503/{ig_name('igd-p3', '.jpg')}", file=p3.file,
                   created=p3.created, title="Rainy Sunday", note=p3.note)

    base = "your_instagram_activity/media"
    caption = "Late summer in Lisbon 🌅" if after else "Summer in Lisbon"
    posts = [ig_post(ex, [p2], caption, ts("2024-08-09T18:30:10")),
             ig_post(ex, [p1], "Alfama rooftops", ts("2024-06-01T12:00:10"))]
    if after:
        posts.insert(0, ig_post(ex, [n1], "Spring is here 🌷", ts("2025-03-20T20:00:10")))
    else:
        posts[0:0] = [ig_post(ex, [p4], "Eleven eleven", ts("2024-11-11T11:11:10")),
                      ig_post(ex, [p3], "Rainy Sunday", ts("2024-10-20T09:00:10"))]
    ex.json(f"{base}/posts_1.json", posts)
    ex.json(f"{base}/stories.json", {"ig_stories": ig_items(ex, [s1], "story")})
    ex.json(f"{base}/profile_photos.json", {"ig_profile_picture": ig_items(ex, [pr1], "profile_picture")})
    if after:
        ex.json(f"{base}/recently_deleted_content.json", {"ig_recently_deleted_media": [
            {"media": ig_items(ex, [p3], "deleted")}]})
    ex.json("personal_information/personal_information/personal_information.json", {"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": pr1.ig_json()},
        "string_map_data": {
            "Username": {"href": "", "value": "jdoe", "timestamp": 0},
            "Private Account": {"href": "", "value": "True" if after else "False", "timestamp": 0}}}]})
    if after:
        ex.json("security_and_login_information/login_and_profile_creation/profile_privacy_changes.json", {
            "account_history_account_privacy_history": [
                {"title": "Private", "media_map_data": {},
                 "string_map_data": {"Time": {"href": "", "value": "", "timestamp": ts("2025-03-01T10:00:00")}}}]})
    return ex


def diff_rows(before: Export, after: Export) -> list[dict]:
    """The oracle of `exposure diff`: items matched by file name, in the order the diff lists them
    (added, removed, changed; each by file name). Verdicts depend on the rule engine and are left
    to the tests; everything else comes from the two models' expected rows."""
    def by_name(ex):
        return {r["archive_path"].rsplit("/", 1)[-1]: r for r in ex.rows()}
    old, new = by_name(before), by_name(after)
    rows = []
    for change, names in (("added", sorted(new.keys() - old.keys())), ("removed", sorted(old.keys() - new.keys())),
                          ("changed", sorted(old.keys() & new.keys()))):
        for name in names:
            o, n = old.get(name, {}), new.get(name, {})
            changed = [f for f, cols in (("visibility", ["visibility"]), ("location", ["latitude", "longitude"]),
                                         ("caption", ["caption"]))
                       if change == "changed" and any(o[c] != n[c] for c in cols)]
            if change == "changed" and not changed:
                continue
            rows.append({"change": change, "file_name": name, "old_path": o.get("archive_path", ""),
                         "new_path": n.get("archive_path", ""), "changed": ";".join(changed),
                         "old_visibility": o.get("visibility", ""), "new_visibility": n.get("visibility", ""),
                         "old_caption": o.get("caption", ""), "new_caption": n.get("caption", ""),
                         "old_latitude": o.get("latitude", ""), "old_longitude": o.get("longitude", ""),
                         "new_latitude": n.get("latitude", ""), "new_longitude": n.get("longitude", "")})
    return rows


def answer_rows(ex: Export, album: str, visibility: str) -> list[dict]:
    """The oracle of `exposure diff` between a scan of `ex` and its state after the person said the
    album's items have this visibility (`exposure visibility set VISIBILITY --album ALBUM`)."""
    rows = []
    for r in sorted(ex.rows(), key=lambda r: r["archive_path"].rsplit("/", 1)[-1]):
        if r["album"].casefold() != album.casefold() or r["visibility"] == visibility:
            continue
        rows.append({"change": "changed", "file_name": r["archive_path"].rsplit("/", 1)[-1],
                     "old_path": r["archive_path"], "new_path": r["archive_path"], "changed": "visibility",
                     "old_visibility": r["visibility"], "new_visibility": visibility,
                     "old_caption": r["caption"], "new_caption": r["caption"], "old_latitude": r["latitude"],
                     "old_longitude": r["longitude"], "new_latitude": r["latitude"], "new_longitude": r["longitude"]})
    return rows


def build_diff_pairs() -> list[tuple[Export, Path]]:
    """Write Fixtures/diff/{facebook,instagram}/{before,after}/ and their oracles."""
    out = []
    for platform, make, roots in (("facebook", fb_diff_export, (FBD_BEFORE_ROOT, FBD_AFTER_ROOT)),
                                  ("instagram", ig_diff_export, (IGD_BEFORE_ROOT, IGD_AFTER_ROOT))):
        folder = HERE / "diff" / platform
        pair = [make(after=False), make(after=True)]
        for ex, root in zip(pair, roots):
            write_zip(folder / ex.name / f"{root}.zip", zip_entries(ex.files, root, dirs=True), when_of(ex))
            out.append((ex, folder / ex.name))
        write_csv(folder / "expected-diff.csv", DIFF_COLUMNS, diff_rows(*pair))
        if platform == "facebook":
            write_csv(folder / "expected-answer-diff.csv", DIFF_COLUMNS, answer_rows(pair[1], DIFF_ALBUM, "private"))
    return out


def when_of(ex: Export) -> tuple:
    import time as _t
    g = _t.gmtime(ex.export_time)
    return (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)


def zipped(ex: Export, root: str) -> tuple[Export, Path]:
    """Writes the export as one zip named after its root folder, which the zip holds."""
    d = HERE / ex.platform / ex.name
    write_zip(d / f"{root}.zip", zip_entries(ex.files, root, dirs=True), when_of(ex))
    return ex, d


def in_folder(ex: Export) -> tuple[Export, Path]:
    """Writes the export as an extracted folder named after its root."""
    d = HERE / ex.platform / ex.name
    write_folder(d / ex.root, ex.files)
    return ex, d


def build_all() -> list[tuple[Export, Path]]:
    """Write every fixture; return (export, fixture directory) pairs."""
    for d in GENERATED_DIRS:
        shutil.rmtree(HERE / d, ignore_errors=True)
    out = []

    out.append(in_folder(fb_2019()))

    ex = fb_2021()
    d = HERE / "facebook" / ex.name
    write_zip(d / "facebook-jdoe-2021-06-01.zip", zip_entries(ex.files, None, dirs=False), when_of(ex))
    out.append((ex, d))

    ex, part1 = fb_2023()
    d = HERE / "facebook" / ex.name
    write_zip(d / f"{FB23_ROOT}-part1.zip",
              zip_entries({p: b for p, b in ex.files.items() if p in part1}, FB23_ROOT, dirs=True), when_of(ex))
    write_zip(d / f"{FB23_ROOT}-part2.zip",
              zip_entries({p: b for p, b in ex.files.items() if p not in part1}, FB23_ROOT, dirs=True), when_of(ex))
    out.append((ex, d))

    for make, root in ((fb_2024, FB24_ROOT), (fb_2025_sources, FB25_ROOT), (fb_page, FBPAGE_ROOT)):
        out.append(zipped(make(), root))
    out.append(in_folder(fb_unknown_json()))
    out.append(zipped(fb_2025_profile_and_memories(), FBPM_ROOT))
    out.append(in_folder(fb_older_comments("2022")))
    ex = fb_older_comments("2023")
    out.append(zipped(ex, ex.root))
    out.append(in_folder(ig_2018()))
    out.append(in_folder(ig_2022()))
    out.append(zipped(ig_2025(), IG25_ROOT))
    out.append(zipped(ig_2026_threads(), IG26_ROOT))
    out.append(zipped(ig_2025_comments_insights_ai(), IGCA_ROOT))

    ex = ig_2024_german()
    d = HERE / "instagram" / ex.name
    write_zip(d / "instagram-jdoe-2024-05-20-Kx7Lm2Qp.zip", zip_entries(ex.files, None, dirs=False), when_of(ex))
    out.append((ex, d))

    out += build_diff_pairs()
    for ex, d in out:
        write_csv(d / "expected.csv", IG_COLUMNS if ex.platform == "instagram" else FB_COLUMNS, ex.rows())

    out += build_html()   # after the loop above: their expected.csv carries the time columns

    bad = HERE / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    bad_html_export(bad)
    bad_not_meta(bad)
    full = (HERE / "facebook" / "2021-posts-zip" / "facebook-jdoe-2021-06-01.zip").read_bytes()
    (bad / "truncated.zip").write_bytes(full[: len(full) // 2])
    for ex in (bad_broken_posts(bad), bad_album_shape(bad)):
        write_csv(bad / f"{ex.name}.expected.csv", FB_COLUMNS, ex.rows())
        out.append((ex, bad))
    return out


def check_with_exiftool(out: list[tuple[Export, Path]]) -> int:
    """Read every media file back with `exiftool -n -j` and compare with the model."""
    if shutil.which("exiftool") is None:
        print("exiftool not found; skipping --check", file=sys.stderr)
        return 0
    problems = 0
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []
        for ex, _ in out:
            items = [(m.path, m.file) for m in ex.media.values() if m.path is not None]
            items += [(p, f) for p, (f, _) in ex.unreferenced.items()]
            for i, (path, f) in enumerate(items):
                name = f"{ex.name}-{i}-{Path(path).name or 'noext'}"
                (Path(tmp) / name).write_bytes(ex.files[path])
                jobs.append((name, ex.name, path, f))
        res = subprocess.run(["exiftool", "-n", "-j", "-G0", "-a"] + [str(Path(tmp) / j[0]) for j in jobs],
                             capture_output=True, text=True)
        data = {Path(r["SourceFile"]).name: r for r in json.loads(res.stdout or "[]")}
        for name, exname, path, f in jobs:
            r = data.get(name, {})
            checked += 1
            ftype = r.get("File:FileType", "")
            want_type = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "heif": "HEIC", "mp4": "MP4"}[f.fmt]
            errs = []
            if want_type not in ftype.upper():
                errs.append(f"FileType {ftype!r} != {want_type}")
            ex_ = f.readable_exif
            got_make = r.get("EXIF:Make")
            if ex_ is None:
                if got_make is not None or r.get("EXIF:DateTimeOriginal") is not None:
                    errs.append("unexpected EXIF")
            else:
                for tag, want in (("EXIF:Make", ex_.make), ("EXIF:Model", ex_.model), ("EXIF:Software", ex_.software),
                                  ("EXIF:DateTimeOriginal", ex_.dto), ("EXIF:SerialNumber", ex_.serial),
                                  ("EXIF:LensModel", ex_.lens), ("EXIF:Orientation", ex_.orientation)):
                    got = r.get(tag)
                    if (None if got is None else str(got)) != (None if want is None else str(want)):
                        errs.append(f"{tag} {r.get(tag)!r} != {want!r}")
                for tag, want in (("Composite:GPSLatitude", ex_.lat_deg), ("Composite:GPSLongitude", ex_.lon_deg),
                                  ("Composite:GPSAltitude", ex_.alt_m)):
                    got = r.get(tag)
                    if (want is None) != (got is None) or (want is not None and abs(float(want) - float(got)) > 1e-6):
                        errs.append(f"{tag} {got!r} != {float(want) if want is not None else None!r}")
            if f.kind == "jpeg-fbmd" and "FBMD" not in str(r.get("IPTC:SpecialInstructions", "")):
                errs.append("FBMD marker not read back")
            if f.kind == "jpeg-badexif" and "Malformed" not in str(r.get("ExifTool:Warning", "")):
                errs.append("malformed EXIF not flagged")
            if errs:
                problems += 1
                print(f"CHECK {exname}: {path}: " + "; ".join(errs))
    print(f"exiftool check: {checked} media files, {problems} with problems")
    return problems


def print_notes(out):
    for ex, d in out:
        print(f"\n## {ex.platform}/{ex.name}")
        for r in ex.rows():
            m = ex.media.get(r["archive_path"])
            note = m.note if m else ex.unreferenced.get(r["archive_path"], (None, ""))[1]
            print(f"- `{r['archive_path'].rsplit('/', 1)[-1]}` ({r['source']}): {note}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="read media back with exiftool and compare")
    ap.add_argument("--notes", action="store_true", help="print what each expected row covers")
    args = ap.parse_args()
    out = build_all()
    for ex, d in out:
        if ex.name.startswith("facebook-"):
            continue
        print(f"{ex.platform}/{ex.name}: {len(ex.rows())} rows")
    if args.notes:
        print_notes(out)
    if args.check:
        sys.exit(1 if check_with_exiftool(out) else 0)


if __name__ == "__main__":
    main()
