"""Writes the seed corpus of one fuzz target (docs/fuzzing.md) into a folder, from Fixtures/:
    python3 Tests/Fuzz/seeds.py json|media|zip|facebook|instagram FOLDER
json, media: the fixtures' files of those kinds, loose and inside the fixtures' zips (under 1 MiB).
zip: the fixtures' zips, and small hand-made zips in layouts the fixtures lack (ZIP64, damaged local
headers). facebook, instagram: each of the platform's JSON files the importer recognises, behind the
byte that makes the target read it at a path of the same kind (Tests/Fuzz/TARGET.paths).
Stdlib only; seeds are named by their CRC, so seeding again adds nothing twice."""
import pathlib, re, struct, sys, zipfile, zlib

KINDS = {"json": (".json",), "media": (".jpg", ".jpeg", ".png", ".webp", ".heic", ".mp4", ".mov")}
LIMIT = 1 << 20


def fixture_files(suffixes):
    """(path, bytes) of every fixture file with one of `suffixes`, loose or a member of a fixture zip."""
    for path in sorted(pathlib.Path("Fixtures").rglob("*")):
        if path.is_file() and path.name.lower().endswith(suffixes) and path.stat().st_size < LIMIT:
            yield str(path), path.read_bytes()
        if path.suffix != ".zip":
            continue
        try:
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    if info.filename.lower().endswith(suffixes) and 0 < info.file_size < LIMIT:
                        yield str(path) + "/" + info.filename, archive.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            continue


def importer_seeds(platform):
    """The importer's fixture JSON, each behind the number of the known path of its kind: the one with the
    same last two path components, digits aside, else the same file name."""
    paths = pathlib.Path("Tests/Fuzz/%s.paths" % platform).read_text().split("\n")
    paths = [path for path in paths if path]

    def key(path, depth):
        return re.sub(r"\d+", "0", "/".join(path.split("/")[-depth:]))

    numbers = {}
    for depth in (1, 2):
        for number, path in reversed(list(enumerate(paths))):
            numbers[key(path, depth)] = number
    for path, data in fixture_files((".json",)):
        number = numbers.get(key(path, 2), numbers.get(key(path, 1)))
        if platform in path and number is not None:
            yield bytes([number]) + data


def local_header(name, body, method, crc, size, extra=b"", signature=0x04034B50):
    return struct.pack("<IHHHHHIIIHH", signature, 45, 0, method, 0, 0, crc, len(body), size,
                       len(name), len(extra)) + name + extra + body


def hand_zip(members, zip64_sizes=False, zip64_end=False):
    """Members are dicts of name and data, and optionally deflate, local_extra, local_signature, local_name."""
    out, central = bytearray(), bytearray()
    for m in members:
        data = m["data"]
        body = zlib.compress(data, 9)[2:-4] if m.get("deflate") else data
        method, crc, offset = (8 if m.get("deflate") else 0), zlib.crc32(data), len(out)
        out += local_header(m.get("local_name", m["name"]), body, method, crc, len(data), m.get("local_extra", b""),
                            m.get("local_signature", 0x04034B50))
        extra, packed, size, where = b"", len(body), len(data), offset
        if zip64_sizes:
            extra = struct.pack("<HHQQQ", 1, 24, len(data), len(body), offset)
            packed, size, where = 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, method, 0, 0, crc, packed, size,
                               len(m["name"]), len(extra), 0, 0, 0, 0, where) + m["name"] + extra
    start, count = len(out), len(members)
    out += central
    if zip64_end:
        record = len(out)
        out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(central), start)
        out += struct.pack("<IIQI", 0x07064B50, 0, record, 1)
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0)
    return bytes(out)


def zip_seeds():
    for path in sorted(pathlib.Path("Fixtures").rglob("*.zip")):
        if path.stat().st_size < LIMIT:
            yield path.read_bytes()
    posts = b'[{"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1700000000}]}]'
    photo = b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xd9"
    yield hand_zip([{"name": b"posts_1.json", "data": posts}, {"name": b"1.jpg", "data": photo}],
                   zip64_sizes=True, zip64_end=True)
    yield hand_zip([{"name": b"posts_1.json", "data": posts * 20, "deflate": True}], zip64_sizes=True, zip64_end=True)
    yield hand_zip([{"name": b"a/posts_1.json", "data": posts, "deflate": True}], zip64_end=True)
    yield hand_zip([{"name": b"1.jpg", "data": photo, "local_extra": b"\x99\x99\x04\x00abcd"}])
    yield hand_zip([{"name": b"posts_1.json", "data": posts, "deflate": True, "local_name": b"another/name.json"}])
    yield hand_zip([{"name": b"posts_1.json", "data": posts, "local_signature": 0x04034B51},
                    {"name": b"1.jpg", "data": photo}])
    yield hand_zip([{"name": b"big.json", "data": b" " * (1 << 20), "deflate": True}])


def seeds(target):
    if target in KINDS:
        return (data for _, data in fixture_files(KINDS[target]))
    if target == "zip":
        return zip_seeds()
    return importer_seeds(target)


target, folder = sys.argv[1], pathlib.Path(sys.argv[2])
for data in seeds(target):
    (folder / ("%08x" % zlib.crc32(data))).write_bytes(data)
