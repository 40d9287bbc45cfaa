#!/usr/bin/env python3
"""Writes hostile Facebook exports that must not decide a scan's time or memory (issue 16).

    make_hostile.py KIND OUT.zip

KIND is one of:
  huge-string     posts JSON that inflates to one 1.5 GB string (the zip is about 1.5 MB), beside a
                  small posts file that names one photo
  empty-members   200,000 empty members beside one small posts file
  long-file       posts JSON that inflates to 257 MiB, past the 256 MiB read of one JSON file, almost all of
                  it spaces between the elements of its list (the zip is about 260 KB), beside a small
                  posts file that names one photo
  huge-exif       one photo of each container (PNG, WebP, HEIF) whose header claims a 4 GB EXIF block,
                  and one PNG whose first chunk claims 2 GB of image data, in a deflated member

Standard library only; the same KIND gives the same bytes on every run.
"""
import struct
import sys
import zlib

POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
MIB = 1024 * 1024


class RawZip:
    """A zip written member by member with fixed dates, so runs are byte-identical."""

    def __init__(self, path):
        self.out = open(path, "wb")
        self.central = bytearray()
        self.count = 0
        self.offset = 0

    def add(self, name, pieces, method, compressed_size, size, crc):
        name = name.encode()
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x5821, crc,
                            compressed_size, size, len(name), 0) + name
        self.out.write(local)
        for piece in pieces:
            self.out.write(piece)
        self.central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x5821, crc,
                                    compressed_size, size, len(name), 0, 0, 0, 0, 0, self.offset) + name
        self.offset += len(local) + compressed_size
        self.count += 1

    def add_deflated(self, name, data):
        packed = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = packed.compress(data) + packed.flush()
        self.add(name, [body], 8, len(body), len(data), zlib.crc32(data))

    def close(self):
        """Writes the directory, with ZIP64 records when there are more than 65,535 members."""
        start = self.offset
        self.out.write(self.central)
        if self.count > 0xFFFF:
            record = start + len(self.central)
            self.out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, self.count, self.count,
                                       len(self.central), start))
            self.out.write(struct.pack("<IIQI", 0x07064B50, 0, record, 1))
            count = 0xFFFF
        else:
            count = self.count
        self.out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(self.central), start, 0))
        self.out.close()


def flushed(data):
    """Raw deflate of `data` ending on a full flush: no reference reaches before it, so it may be repeated."""
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packed.compress(data) + packed.flush(zlib.Z_FULL_FLUSH)


def huge_string(path):
    posts_beside_long_file(path, b'{"status_updates": [{"timestamp": 1600000000, "title": "', b"A" * MIB, 1536,
                           b'", "attachments": []}]}')


def long_file(path):
    posts_beside_long_file(path, b'{"status_updates": [{"timestamp": 1600000000, "attachments": []},', b" " * MIB, 257,
                           b'{"timestamp": 1600000000, "attachments": []}]}')


def posts_beside_long_file(path, head, block, repeats, tail):
    """A posts file of `head`, `repeats` times `block` and `tail`, deflated as repeated pieces, beside a small
    posts file naming one photo, and that photo."""
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    pieces = [flushed(head)] + [flushed(block)] * repeats + [flushed(tail), final]
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + repeats * len(block) + len(tail)
    zip_file = RawZip(path)
    zip_file.add(POSTS, pieces, 8, sum(len(p) for p in pieces), size, crc)
    zip_file.add_deflated(POSTS.replace("_1.json", "_2.json"), small_posts())
    zip_file.add_deflated(PHOTO, BARE_JPEG)
    zip_file.close()


def small_posts():
    return (b'{"status_updates": [{"timestamp": 1600000000, "attachments": [{"data": [{"media": '
            b'{"uri": "your_facebook_activity/posts/media/a/1.jpg", "creation_timestamp": 1600000000}}]}]}]}')


PHOTO = "your_facebook_activity/posts/media/a/1.jpg"
BARE_JPEG = b"\xff\xd8\xff\xd9"  # start and end of image: a photo without EXIF


def empty_members(path):
    zip_file = RawZip(path)
    zip_file.add_deflated(POSTS, small_posts())
    zip_file.add_deflated(PHOTO, BARE_JPEG)
    for number in range(200_000):
        zip_file.add("your_facebook_activity/posts/media/a/%d.jpg" % (number + 2), [], 0, 0, 0, 0)
    zip_file.close()


def png_chunk(kind, payload, claimed=None):
    length = len(payload) if claimed is None else claimed
    return struct.pack(">I", length) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def huge_png():
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + png_chunk(b"eXIf", b"MM\x00\x2a", claimed=0xFFFF_FFF0)


def huge_idat_png():
    """A chunk claiming 2 GB of image data that the file then delivers as zeros: a deflated member to inflate."""
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + struct.pack(">I", 0x7FFF_FFFF) + b"IDAT"


def huge_webp():
    exif = b"EXIF" + struct.pack("<I", 0xFFFF_FFF0) + b"MM\x00\x2a"
    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes([0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    body = b"WEBP" + vp8x + exif
    return b"RIFF" + struct.pack("<I", 0xFFFF_FFF0) + body


def box(kind, payload):
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def huge_heif():
    ftyp = box(b"ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heic")
    hdlr = box(b"hdlr", bytes(4) + bytes(4) + b"pict" + bytes(12) + b"\x00")
    infe = box(b"infe", bytes([2, 0, 0, 0]) + struct.pack(">HH", 1, 0) + b"Exif" + b"\x00")
    iinf = box(b"iinf", bytes(4) + struct.pack(">H", 1) + infe)
    # iloc version 1, offset 4 bytes, length 8 bytes: one extent of 4 GB at offset 0 of the file.
    extent = struct.pack(">I", 0) + struct.pack(">Q", 0xFFFF_FFFF)
    item = struct.pack(">HHHH", 1, 0, 0, 1) + extent
    iloc = box(b"iloc", bytes([1, 0, 0, 0]) + bytes([0x48, 0x00]) + struct.pack(">H", 1) + item)
    meta = box(b"meta", bytes(4) + hdlr + iinf + iloc)
    return ftyp + meta + box(b"mdat", b"MM\x00\x2a")


def huge_exif(path):
    names = {"huge.png": huge_png(), "huge.webp": huge_webp(), "huge.heic": huge_heif()}
    media = [{"uri": "your_facebook_activity/posts/media/a/" + name, "creation_timestamp": 1600000000}
             for name in list(names) + ["idat.png"]]
    posts = ('{"status_updates": [{"timestamp": 1600000000, "attachments": [{"data": ['
             + ", ".join('{"media": {"uri": "%s", "creation_timestamp": 1600000000}}' % m["uri"] for m in media)
             + "]}]}]}").encode()
    zip_file = RawZip(path)
    zip_file.add_deflated(POSTS, posts)
    for name, data in names.items():
        zip_file.add_deflated("your_facebook_activity/posts/media/a/" + name, data)
    idat_head = huge_idat_png()
    zeros = MIB
    repeats = 2047
    pieces = [flushed(idat_head)] + [flushed(bytes(zeros))] * repeats + [zlib.compressobj(9, zlib.DEFLATED, -15).flush()]
    crc = zlib.crc32(idat_head)
    for _ in range(repeats):
        crc = zlib.crc32(bytes(zeros), crc)
    zip_file.add("your_facebook_activity/posts/media/a/idat.png", pieces, 8, sum(len(p) for p in pieces),
                 len(idat_head) + repeats * zeros, crc)
    zip_file.close()


KINDS = {"huge-string": huge_string, "long-file": long_file, "empty-members": empty_members, "huge-exif": huge_exif}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    KINDS[sys.argv[1]](sys.argv[2])
