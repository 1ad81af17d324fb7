#!/usr/bin/env python3
"""Generate the Attest demo scans (SampleScans/) and the unit-test fixtures
(Tests/ScanInspectionTests/Fixtures/).

Run from the repository root:

    .venv/bin/python Scripts/make-sample-scans.py      (or: make samples)

Deterministic: every random choice comes from a seeded random.Random, no
timestamps are written, and the same Pillow/zlib versions give byte-identical
output on every run. Needs only Pillow (>= 10) and the standard library.

Where Pillow cannot produce the exact bytes we want, the bytes are built here:
  * PNG files are written by a small chunk writer (zlib + crc32), including
    Adam7 interlacing, 16-bit samples and pHYs with unit 0;
  * JPEG APP0 'JFIF' segments are stripped / rewritten by walking the marker
    segments (so density units 0, 1 and 2 can all be produced);
  * EXIF APP1 payloads (TIFF header "II*\\0" or "MM\\0*", IFD0 with
    XResolution, YResolution and optionally ResolutionUnit) are built by hand
    and handed to Pillow via save(..., exif=bytes).

Both README.md files are written by this script too, from the tables below,
so the descriptions cannot drift from what is generated. Edit them here.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "SampleScans"
FIXTURES = ROOT / "Tests" / "ScanInspectionTests" / "Fixtures"

PX_PER_M_300 = 11811  # 300 dpi = 11811.02 px/m
PX_PER_M_150 = 5906  # 150 dpi = 5905.51 px/m


# --------------------------------------------------------------------------
# PNG writer
# --------------------------------------------------------------------------

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ADAM7 = [  # (x start, y start, x step, y step)
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
]
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # PNG colour type -> samples/pixel


def png_chunk(ctype: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(ctype + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", crc)


def ihdr(width: int, height: int, bit_depth: int, colour_type: int, interlace: int = 0) -> bytes:
    return png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, interlace))


def phys(x: int, y: int, unit: int) -> bytes:
    return png_chunk(b"pHYs", struct.pack(">IIB", x, y, unit))


def _filtered(rows: list[bytes]) -> bytes:
    """Filter type 0 (None), or 2 (Up) when a row repeats the one above,
    which turns the many identical rows of a document into zero runs."""
    out = bytearray()
    prev = None
    for row in rows:
        if row == prev:
            out += b"\x02" + bytes(len(row))
        else:
            out += b"\x00" + row
        prev = row
    return bytes(out)


def png_bytes(
    width: int,
    height: int,
    rows: list[bytes],
    *,
    bit_depth: int = 8,
    colour_type: int = 2,
    interlace: bool = False,
    phys_chunk: tuple[int, int, int] | None = None,
    palette: list[tuple[int, int, int]] | None = None,
) -> bytes:
    """rows: unfiltered scanlines of the full image (bit depth 8 or 16)."""
    assert bit_depth in (8, 16) and len(rows) == height
    bpp = CHANNELS[colour_type] * bit_depth // 8
    assert all(len(r) == width * bpp for r in rows)
    if interlace:
        raw = bytearray()
        for xs, ys, dx, dy in ADAM7:
            if xs >= width or ys >= height:
                continue  # empty pass: no scanlines, no filter bytes
            for y in range(ys, height, dy):
                row = rows[y]
                sub = b"".join(row[x * bpp:(x + 1) * bpp] for x in range(xs, width, dx))
                raw += b"\x00" + sub
        raw = bytes(raw)
    else:
        raw = _filtered(rows)
    out = PNG_SIGNATURE + ihdr(width, height, bit_depth, colour_type, 1 if interlace else 0)
    if palette is not None:
        out += png_chunk(b"PLTE", b"".join(bytes(c) for c in palette))
    if phys_chunk is not None:
        out += phys(*phys_chunk)
    out += png_chunk(b"IDAT", zlib.compress(raw, 9))
    out += png_chunk(b"IEND", b"")
    return out


def png_from_image(img: Image.Image, **kw) -> bytes:
    """8-bit L / LA / RGB / P Pillow image -> PNG bytes via png_bytes()."""
    colour_type = {"L": 0, "RGB": 2, "P": 3, "LA": 4, "RGBA": 6}[img.mode]
    w, h = img.size
    data = img.tobytes()
    stride = w * CHANNELS[colour_type]
    rows = [data[i * stride:(i + 1) * stride] for i in range(h)]
    if img.mode == "P":
        pal = img.getpalette()
        used = img.getextrema()[1] + 1
        kw["palette"] = [tuple(pal[3 * i:3 * i + 3]) for i in range(used)]
    return png_bytes(w, h, rows, colour_type=colour_type, **kw)


def huge_png(width: int, height: int) -> bytes:
    """Valid signature, IHDR (8-bit grey) with correct CRC, pHYs 300 dpi,
    one small IDAT (the first two scanlines only) and IEND."""
    idat = zlib.compress(bytes(2 * (width + 1)), 9)
    return (PNG_SIGNATURE + ihdr(width, height, 8, 0) + phys(PX_PER_M_300, PX_PER_M_300, 1)
            + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b""))


# --------------------------------------------------------------------------
# JPEG segment surgery and EXIF
# --------------------------------------------------------------------------

def jpeg_split(data: bytes) -> tuple[list[bytes], bytes]:
    """Split a JPEG into its marker segments before SOS (each including the
    FF xx marker and length) and the tail starting at the SOS marker."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    segs, i = [], 2
    while True:
        assert data[i] == 0xFF, f"expected marker at {i}"
        while data[i + 1] == 0xFF:  # fill bytes
            i += 1
        marker = data[i + 1]
        if marker == 0xDA:  # SOS: entropy-coded data follows
            return segs, data[i:]
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # standalone markers
            segs.append(data[i:i + 2])
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2:i + 4])
        segs.append(data[i:i + 2 + length])
        i += 2 + length


def is_jfif_app0(seg: bytes) -> bool:
    return seg[1] == 0xE0 and seg[4:9] == b"JFIF\x00"


def jfif_app0(units: int, xdensity: int, ydensity: int, version: tuple[int, int] = (1, 1)) -> bytes:
    body = b"JFIF\x00" + bytes(version) + struct.pack(">BHHBB", units, xdensity, ydensity, 0, 0)
    return b"\xff\xe0" + struct.pack(">H", len(body) + 2) + body


def set_jfif(data: bytes, jfif: tuple | None) -> bytes:
    """Remove any APP0 'JFIF' segment; if jfif=(units, x, y[, version]) is
    given, insert a fresh APP0 directly after SOI (where JFIF requires it)."""
    segs, tail = jpeg_split(data)
    segs = [s for s in segs if not is_jfif_app0(s)]
    head = [jfif_app0(*jfif)] if jfif is not None else []
    return b"\xff\xd8" + b"".join(head + segs) + tail


def jpeg_header_end(data: bytes) -> int:
    """Offset of the first entropy-coded byte (just after the SOS header)."""
    segs, tail = jpeg_split(data)
    sos_start = len(data) - len(tail)
    (length,) = struct.unpack(">H", tail[2:4])
    return sos_start + 2 + length


def exif_payload(order: str, xres: tuple[int, int], yres: tuple[int, int], unit: int | None = 2) -> bytes:
    """APP1 payload b'Exif\\0\\0' + TIFF: IFD0 holding XResolution (0x011A,
    RATIONAL), YResolution (0x011B, RATIONAL) and, unless unit is None,
    ResolutionUnit (0x0128, SHORT; 2 = inch, 3 = cm)."""
    e = {"II": "<", "MM": ">"}[order]
    tiff = (b"II*\x00" if order == "II" else b"MM\x00*") + struct.pack(e + "I", 8)
    n = 3 if unit is not None else 2
    data_off = 8 + 2 + 12 * n + 4
    entries = [
        struct.pack(e + "HHII", 0x011A, 5, 1, data_off),
        struct.pack(e + "HHII", 0x011B, 5, 1, data_off + 8),
    ]
    if unit is not None:
        entries.append(struct.pack(e + "HHIH", 0x0128, 3, 1, unit) + b"\x00\x00")
    ifd = struct.pack(e + "H", n) + b"".join(entries) + struct.pack(e + "I", 0)
    values = struct.pack(e + "II", *xres) + struct.pack(e + "II", *yres)
    return b"Exif\x00\x00" + tiff + ifd + values


def jpeg(img: Image.Image, *, jfif: tuple | None = (1, 300, 300), exif: bytes | None = None,
         quality: int = 80, **save_kw) -> bytes:
    """Encode with Pillow (EXIF passed through save(exif=...)), then set the
    JFIF APP0 segment exactly as requested (or remove it when jfif=None)."""
    buf = io.BytesIO()
    kw = dict(quality=quality, **save_kw)
    if exif is not None:
        kw["exif"] = exif
    img.save(buf, "JPEG", **kw)
    out = set_jfif(buf.getvalue(), jfif)
    if exif is not None:  # make sure Pillow wrote our EXIF bytes verbatim
        segs, _ = jpeg_split(out)
        app1 = [s[4:] for s in segs if s[1] == 0xE1]
        assert app1 == [exif], "EXIF APP1 was not written verbatim"
    return out


# --------------------------------------------------------------------------
# Drawing: plausible-looking document pages that compress well
# --------------------------------------------------------------------------

def portrait_photo(size: tuple[int, int], rng: random.Random, mode: str = "RGB") -> Image.Image:
    """A soft, blurred head-and-shoulders silhouette on a grey backdrop."""
    w, h = size
    img = Image.new("RGB", size, (200, 203, 208))
    d = ImageDraw.Draw(img)
    for y in range(h):  # gentle vertical backdrop gradient
        g = 215 - 40 * y // max(h, 1)
        d.line([(0, y), (w, y)], fill=(g, g + 2, g + 6))
    skin = (196 + rng.randint(-20, 20), 160 + rng.randint(-20, 20), 140 + rng.randint(-20, 20))
    cloth = (60 + rng.randint(0, 40), 64 + rng.randint(0, 30), 80 + rng.randint(0, 40))
    d.ellipse([w * 0.08, h * 0.70, w * 0.92, h * 1.30], fill=cloth)  # shoulders
    d.rectangle([w * 0.40, h * 0.55, w * 0.60, h * 0.75], fill=skin)  # neck
    d.ellipse([w * 0.27, h * 0.16, w * 0.73, h * 0.66], fill=skin)  # face
    d.chord([w * 0.25, h * 0.10, w * 0.75, h * 0.50], 180, 360, fill=(70, 50, 40))  # hair
    img = img.filter(ImageFilter.GaussianBlur(max(1, w // 60)))
    return img.convert(mode) if mode != "RGB" else img


def text_block(d: ImageDraw.ImageDraw, rng: random.Random, box, *, word_h: int, line_h: int,
               ink, para_prob: float = 0.12, word=(0.02, 0.10)) -> int:
    """Rows of dark 'words' (bars) inside box; returns the y after the block."""
    x0, y0, x1, y1 = (int(v) for v in box)
    width = x1 - x0
    gap = max(1, word_h // 2)
    y, new_para = y0, True
    while y + word_h <= y1:
        if not new_para and rng.random() < para_prob:
            y += line_h // 2
            new_para = True
            continue
        x = x0 + (3 * word_h if new_para else 0)
        end = x1 - (rng.randint(0, width // 2) if rng.random() < 0.25 else 0)
        while True:
            ww = max(1, int(width * rng.uniform(*word)))
            if x + ww > end:
                break
            d.rectangle([x, y, x + ww - 1, y + word_h - 1], fill=ink)
            x += ww + gap
        new_para = False
        y += line_h
    return y


def document_page(size: tuple[int, int], rng: random.Random, mode: str = "RGB", *,
                  photo: bool = False, table: bool = True, stamp: bool = True) -> Image.Image:
    """A generic form/letter page: heading, paragraphs, optional ruled table,
    signature line and round stamp. Sizes scale with the page width."""
    palette = None
    if mode == "P":
        # index: 0 paper, 1 ink, 2 grey rules, 3 stamp red, 4 signature blue
        palette = [(255, 255, 255), (24, 24, 32), (150, 150, 160), (190, 40, 40), (30, 50, 150)]
        col = dict(paper=0, ink=1, rule=2, stamp=3, sig=4, photo=2)
    elif mode == "L":
        col = dict(paper=253, ink=30, rule=150, stamp=110, sig=70, photo=160)
    else:
        col = dict(paper=(252, 252, 249), ink=(28, 28, 36), rule=(150, 150, 160),
                   stamp=(190, 40, 40), sig=(30, 50, 150), photo=(160, 160, 160))
    img = Image.new(mode, size, col["paper"])
    if palette:
        img.putpalette([c for rgb in palette for c in rgb])
    w, h = size
    s = w / 2480.0  # scale relative to A4 at 300 dpi
    d = ImageDraw.Draw(img)
    m = max(2, int(200 * s))
    wh = max(1, int(26 * s))
    lh = max(2, int(62 * s))
    # heading
    d.rectangle([m, m, m + int(w * 0.45), m + max(1, int(56 * s))], fill=col["ink"])
    d.rectangle([w - m - int(w * 0.2), m, w - m, m + max(1, int(28 * s))], fill=col["rule"])
    y = m + int(140 * s)
    d.line([m, y, w - m, y], fill=col["rule"], width=max(1, int(4 * s)))
    y += int(60 * s)
    if photo:
        pw, ph = int(w * 0.22), int(w * 0.28)
        px = w - m - pw
        if mode == "P":
            d.rectangle([px, y, px + pw, y + ph], fill=col["photo"])
        else:
            img.paste(portrait_photo((pw, ph), rng, mode), (px, y))
        text_block(d, rng, (m, y, px - m // 2, y + ph), word_h=wh, line_h=lh, ink=col["ink"])
        y += ph + lh
    y = text_block(d, rng, (m, y, w - m, y + h * 0.30), word_h=wh, line_h=lh, ink=col["ink"])
    if table:
        rows, cols = 6, 4
        th = rows * lh
        y += lh
        for r in range(rows + 1):
            d.line([m, y + r * lh, w - m, y + r * lh], fill=col["rule"], width=max(1, int(3 * s)))
        for c in range(cols + 1):
            x = m + c * (w - 2 * m) // cols
            d.line([x, y, x, y + th], fill=col["rule"], width=max(1, int(3 * s)))
        for r in range(rows):
            for c in range(cols):
                cx = m + c * (w - 2 * m) // cols + int(20 * s)
                cw = int((w - 2 * m) / cols * rng.uniform(0.3, 0.8))
                cy = y + r * lh + (lh - wh) // 2
                d.rectangle([cx, cy, cx + cw, cy + wh - 1], fill=col["ink"])
        y += th + lh
    y = text_block(d, rng, (m, y, w - m, h - int(500 * s)), word_h=wh, line_h=lh, ink=col["ink"])
    # signature line with a scribble, and a round stamp
    sy = h - int(320 * s)
    d.line([m, sy, m + int(w * 0.35), sy], fill=col["ink"], width=max(1, int(3 * s)))
    pts = [(m + int(i * w * 0.3 / 24), sy - int(40 * s) - int(rng.uniform(0, 70) * s)) for i in range(25)]
    d.line(pts, fill=col["sig"], width=max(1, int(5 * s)))
    if stamp:
        r = int(170 * s)
        cx, cy = w - m - r - int(100 * s), sy - int(60 * s)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col["stamp"], width=max(1, int(10 * s)))
        d.ellipse([cx - r * 2 // 3, cy - r * 2 // 3, cx + r * 2 // 3, cy + r * 2 // 3],
                  outline=col["stamp"], width=max(1, int(5 * s)))
    return img


def passport_page(rng: random.Random, size=(1476, 1039)) -> Image.Image:
    """Passport data page (125 x 88 mm at 300 dpi): tinted paper, portrait,
    labelled fields and two machine-readable-zone lines."""
    w, h = size
    img = Image.new("RGB", size, (238, 236, 226))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, int(h * 0.09)], fill=(120, 40, 60))  # cover band
    d.rectangle([int(w * 0.3), int(h * 0.03), int(w * 0.7), int(h * 0.06)], fill=(230, 210, 160))
    pw, ph = int(w * 0.27), int(h * 0.50)
    img.paste(portrait_photo((pw, ph), rng), (int(w * 0.04), int(h * 0.14)))
    fx = int(w * 0.36)
    y = int(h * 0.14)
    for _ in range(7):  # small grey label over a black field value
        d.rectangle([fx, y, fx + rng.randint(80, 200), y + 10], fill=(130, 130, 140))
        d.rectangle([fx, y + 18, fx + rng.randint(150, 520), y + 44], fill=(25, 25, 35))
        y += 78
    # signature
    sig = [(int(w * 0.06) + i * 14, int(h * 0.72) - rng.randint(0, 30)) for i in range(22)]
    d.line(sig, fill=(30, 50, 150), width=4)
    # MRZ: two lines of 44 monospace 'characters'
    cw, ch = (w - 120) // 44, 40
    for line in range(2):
        yy = int(h * 0.80) + line * 70
        for i in range(44):
            if rng.random() < 0.2:  # '<' filler: thin bar
                d.rectangle([60 + i * cw + 6, yy + 18, 60 + i * cw + cw - 8, yy + 22], fill=(20, 20, 20))
            else:
                d.rectangle([60 + i * cw + 4, yy, 60 + i * cw + cw - 6, yy + ch], fill=(20, 20, 20))
    return img


def phone_photo(rng: random.Random, size=(1024, 768)) -> Image.Image:
    """A phone snapshot of a page lying on a desk, slightly rotated."""
    w, h = size
    desk = Image.new("RGB", size)
    d = ImageDraw.Draw(desk)
    for y in range(h):
        t = y / h
        d.line([(0, y), (w, y)], fill=(int(150 - 40 * t), int(110 - 30 * t), int(70 - 20 * t)))
    page = document_page((560, 792), rng, "RGB", table=True, stamp=False)
    page = page.convert("RGBA").rotate(-4.0, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("RGBA", page.size, (0, 0, 0, 0))
    shadow.putalpha(page.getchannel("A").point(lambda a: a * 90 // 255))
    shadow = shadow.filter(ImageFilter.GaussianBlur(8))
    ox, oy = (w - page.width) // 2, (h - page.height) // 2
    desk.paste(shadow, (ox + 12, oy + 14), shadow)
    desk.paste(page, (ox, oy), page)
    return desk


def tiny(size: tuple[int, int], seed: int, mode: str = "RGB") -> Image.Image:
    return document_page(size, random.Random(seed), mode, table=False, stamp=(size[0] >= 64))


def zip_bytes() -> bytes:
    """A small ZIP made in memory with fixed timestamps (deterministic)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [
            ("hidden/readme.txt", "This archive was appended after the JPEG EOI marker.\n"),
            ("hidden/payload.csv", "id,name\n" + "".join(f"{i},row-{i}\n" for i in range(40))),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text)
    return buf.getvalue()


# --------------------------------------------------------------------------
# The files
# --------------------------------------------------------------------------

def build_samples() -> list[tuple[str, bytes, str, str, str]]:
    """-> [(name, bytes, what it shows, how it was made, expected outcome)]"""
    out = []

    def add(name, data, shows, how, outcome):
        out.append((name, data, shows, how, outcome))

    passport = jpeg(passport_page(random.Random(1001)), quality=80)
    add("passport-300dpi.jpg", passport,
        "Passport data page, 1476x1039 px (125x88 mm)",
        "Pillow JPEG q80, JFIF 1.01 units=1 density 300x300, no EXIF",
        "accepted (300 dpi from JFIF)")

    lease = document_page((1240, 1754), random.Random(1002), "L")
    add("lease-150dpi.png", png_from_image(lease, phys_chunk=(PX_PER_M_150, PX_PER_M_150, 1)),
        "Lease contract, A4 scanned at 150 dpi, 1240x1754 px",
        "8-bit greyscale PNG, pHYs 5906x5906 px/m unit 1 (= 150 dpi)",
        "rejected: `low-resolution` (150 dpi)")

    extract = document_page((2480, 3508), random.Random(1003), "P", photo=True)
    add("ownership-extract-300dpi.png",
        png_from_image(extract, phys_chunk=(PX_PER_M_300, PX_PER_M_300, 1)),
        "Property ownership extract, A4 at 300 dpi, 2480x3508 px",
        "palette PNG (colour type 3, 5 colours), pHYs 11811x11811 px/m unit 1",
        "accepted (300 dpi from pHYs)")

    add("phone-photo-exif-72dpi.jpg",
        jpeg(phone_photo(random.Random(1004)), jfif=None,
             exif=exif_payload("II", (72, 1), (72, 1), 2), quality=80),
        "Phone snapshot of a page on a desk, 1024x768 px",
        "JPEG, JFIF APP0 removed, EXIF little-endian (II) 72/1 x 72/1, unit 2 (inch)",
        "rejected: `low-resolution` (72 dpi, from EXIF)")

    add("consent-exif-only-300dpi.jpg",
        jpeg(document_page((1748, 2480), random.Random(1005), "RGB", table=False), jfif=None,
             exif=exif_payload("MM", (300, 1), (300, 1), 2), quality=75),
        "Consent form, A5 at 300 dpi, 1748x2480 px",
        "JPEG, JFIF APP0 removed, EXIF big-endian (MM) 300/1 x 300/1, unit 2",
        "accepted (300 dpi, source EXIF)")

    add("birth-certificate-conflicting-600-300dpi.jpg",
        jpeg(document_page((1240, 1748), random.Random(1006), "RGB"), jfif=(1, 600, 600),
             exif=exif_payload("II", (300, 1), (300, 1), 2), quality=75),
        "Birth certificate, 1240x1748 px",
        "JPEG, JFIF units=1 600x600 plus EXIF (II) 300/1, unit 2",
        "accepted, warning `conflicting-resolution` (EXIF 300 dpi is lower and wins)")

    add("migration-card-no-resolution.jpg",
        jpeg(document_page((1000, 700), random.Random(1007), "RGB", table=False), jfif=(0, 1, 1)),
        "Migration card, 1000x700 px",
        "JPEG, JFIF units=0 density 1x1 (aspect ratio only), no EXIF",
        "rejected: `missing-resolution`")

    add("lease-no-resolution.png", png_from_image(document_page((1240, 1754), random.Random(1008), "L")),
        "Lease contract page 2, 1240x1754 px",
        "8-bit greyscale PNG without a pHYs chunk",
        "rejected: `missing-resolution`")

    add("passport-really-jpeg.png", passport,
        "The passport page, but a JPEG under a .png name",
        "byte-identical copy of passport-300dpi.jpg",
        "accepted, warning `extension-mismatch`")

    cut = int(len(passport) * 0.6)
    assert cut > jpeg_header_end(passport) + 1000
    add("passport-truncated-300dpi.jpg", passport[:cut],
        "The passport page, upload interrupted",
        f"first 60% ({cut} bytes) of passport-300dpi.jpg: headers intact, scan data cut, no EOI",
        "accepted without `--deep`; with `--deep`: rejected `corrupt` (decode fails)")

    lease_bytes = out[1][1]
    add("lease-truncated-header.png", lease_bytes[:20],
        "A PNG cut inside its IHDR chunk",
        "first 20 bytes of lease-150dpi.png (signature, IHDR length/type, width)",
        "rejected: `corrupt`")

    hidden = zip_bytes()
    add("passport-with-hidden-zip.jpg", passport + hidden,
        "The passport page with a ZIP archive appended",
        f"passport-300dpi.jpg followed by a {len(hidden)}-byte ZIP (2 files) after EOI",
        "accepted; with `--deep`: accepted, warnings `trailing-data` and `polyglot` (ZIP)")

    add("empty.pdf", b"", "Nothing: an empty upload", "0 bytes", "rejected: `empty-file`")

    small = document_page((248, 351), random.Random(1009), "RGB", table=False)
    for ext, fmt, kw in [
        ("gif", "GIF", {}),
        ("tiff", "TIFF", dict(dpi=(300, 300), compression="tiff_lzw")),
        ("webp", "WEBP", dict(quality=70, method=4)),
        ("bmp", "BMP", {}),
    ]:
        im = small.convert("1", dither=Image.Dither.NONE) if fmt == "BMP" else small
        buf = io.BytesIO()
        im.save(buf, fmt, **kw)
        how = {"GIF": "Pillow GIF (palette)", "TIFF": "Pillow TIFF, LZW, dpi 300",
               "WEBP": "Pillow WebP q70", "BMP": "Pillow BMP, 1-bit"}[fmt]
        add(f"scan.{ext}", buf.getvalue(), f"A small page (248x351 px) as {fmt}", how,
            "rejected: `unsupported-format`")

    rng = random.Random(1010)
    garbage = bytearray(rng.randbytes(4096))
    while garbage[0] in (0xFF, 0x89, 0x25):  # not JPEG/PNG/PDF magic
        garbage[0] = rng.randrange(256)
    add("garbage.jpg", bytes(garbage), "Random noise with a .jpg name",
        "4096 bytes from random.Random(1010); first byte not 0xFF",
        "rejected: `unsupported-format`")

    add("huge-dimensions.png", huge_png(200000, 200000),
        "A decompression-bomb style header: 200000x200000 px",
        "hand-built PNG: IHDR 200000x200000 8-bit grey (valid CRC), pHYs 11811, one tiny IDAT, IEND",
        "rejected: `too-many-pixels`")

    card = Image.open(io.BytesIO(jpeg(passport_page(random.Random(1011), (1748, 1240)), quality=80)))
    buf = io.BytesIO()
    card.save(buf, "PDF", resolution=300, quality=75, title="Passport scan",
              creationDate=None, modDate=None)
    add("passport-scan-300dpi.pdf", buf.getvalue(),
        "One-page PDF of a passport page (1748x1240 px, A6 landscape at 300 dpi)",
        "Pillow `save(..., 'PDF', resolution=300)` from a 1748x1240 JFIF-300 JPEG (no dates)",
        "accepted (300 dpi: the image's pixels over the size the page draws it at)")
    return out


def build_fixtures() -> list[tuple[str, bytes, str]]:
    """-> [(name, bytes, description)]"""
    out = []
    S = (64, 48)

    def add(name, data, desc):
        out.append((name, data, desc))

    def j(seed, **kw):
        return jpeg(tiny(S, seed), **kw)

    add("jfif-300dpi.jpg", j(1), "JFIF units=1, 300x300; no EXIF -> 300 dpi (jfif)")
    add("jfif-dpcm-118.jpg", j(2, jfif=(2, 118, 118, (1, 2))),
        "JFIF 1.02 units=2 (dots/cm), 118x118 -> 299.72 dpi (~300)")
    add("jfif-anisotropic-300x150.jpg", j(3, jfif=(1, 300, 150)), "JFIF units=1, X=300 Y=150")
    add("jfif-units0.jpg", j(4, jfif=(0, 1, 1)), "JFIF units=0 (aspect only), 1x1 -> no resolution")
    add("no-jfif-no-exif.jpg", j(5, jfif=None), "APP0 JFIF stripped, no EXIF -> no resolution")
    add("exif-le-300dpi.jpg", j(6, jfif=None, exif=exif_payload("II", (300, 1), (300, 1), 2)),
        "no JFIF; EXIF II (little-endian) 300/1 x 300/1, unit 2 -> 300 dpi (exif)")
    add("exif-be-300dpi.jpg", j(7, jfif=None, exif=exif_payload("MM", (300, 1), (300, 1), 2)),
        "no JFIF; EXIF MM (big-endian) 300/1 x 300/1, unit 2 -> 300 dpi (exif)")
    add("exif-be-cm-118.jpg", j(8, jfif=None, exif=exif_payload("MM", (118, 1), (118, 1), 3)),
        "no JFIF; EXIF MM 118/1 x 118/1, unit 3 (cm) -> 299.72 dpi (~300)")
    add("exif-le-no-unit-600.jpg", j(9, jfif=None, exif=exif_payload("II", (600, 1), (600, 1), None)),
        "no JFIF; EXIF II 600/1 x 600/1, NO ResolutionUnit tag -> TIFF default inch -> 600 dpi")
    add("exif-rational-fraction.jpg",
        j(10, jfif=None, exif=exif_payload("II", (6000, 20), (3000, 10), 2)),
        "no JFIF; EXIF II XResolution 6000/20, YResolution 3000/10, unit 2 -> 300 dpi")
    add("jfif-300-exif-200.jpg", j(11, exif=exif_payload("II", (200, 1), (200, 1), 2)),
        "JFIF 300x300 + EXIF II 200 dpi -> exif wins (200, lower), conflict")
    add("jfif-200-exif-300.jpg",
        j(12, jfif=(1, 200, 200), exif=exif_payload("MM", (300, 1), (300, 1), 2)),
        "JFIF 200x200 + EXIF MM 300 dpi -> jfif wins (200, lower), conflict")
    add("jfif-300x200-exif-200x400.jpg",
        j(13, jfif=(1, 300, 200), exif=exif_payload("II", (200, 1), (400, 1), 2)),
        "JFIF 300x200 + EXIF II 200x400 -> tie on lower axis (200) -> jfif wins, conflict")
    add("jfif-300-exif-300.jpg", j(14, exif=exif_payload("II", (300, 1), (300, 1), 2)),
        "JFIF 300x300 + EXIF II 300 dpi -> agree, jfif, no conflict")
    add("progressive-300dpi.jpg", j(15, progressive=True), "progressive JPEG (SOF2), JFIF 300x300")
    cmyk = jpeg(tiny(S, 16).convert("CMYK"))
    add("cmyk-300dpi.jpg", cmyk,
        "CMYK JPEG (4 components, Adobe APP14) with a JFIF 300x300 APP0 inserted by the script")
    add("grayscale-300dpi.jpg", jpeg(tiny(S, 17, "L")), "greyscale JPEG (1 component), JFIF 300x300")

    rgb = tiny(S, 20)
    p300 = (PX_PER_M_300, PX_PER_M_300, 1)
    add("png-phys-300dpi.png", png_from_image(rgb, phys_chunk=p300),
        "RGB 8-bit PNG, pHYs 11811x11811 unit 1 -> 300 dpi, not interlaced")
    add("png-phys-unit0.png", png_from_image(tiny(S, 21), phys_chunk=(PX_PER_M_300, PX_PER_M_300, 0)),
        "RGB 8-bit PNG, pHYs 11811x11811 unit 0 (aspect only) -> no resolution")
    add("png-no-phys.png", png_from_image(tiny(S, 22)), "RGB 8-bit PNG without pHYs -> no resolution")
    add("png-interlaced-300dpi.png", png_from_image(tiny(S, 23), phys_chunk=p300, interlace=True),
        "RGB 8-bit PNG, Adam7 interlaced (hand-written), pHYs 11811 unit 1")
    g = tiny(S, 24, "L")
    rows16 = []
    for y in range(S[1]):
        row = bytearray()
        for x in range(S[0]):
            v = g.getpixel((x, y)) * 257
            row += struct.pack(">HHH", v, (v * 15) // 16, (v * 14) // 16)
        rows16.append(bytes(row))
    add("png-16bit-300dpi.png", png_bytes(S[0], S[1], rows16, bit_depth=16, colour_type=2, phys_chunk=p300),
        "RGB 16 bits/channel PNG (colour type 2, depth 16), pHYs 11811 unit 1")
    add("png-palette-300dpi.png", png_from_image(tiny(S, 25, "P"), phys_chunk=p300),
        "palette PNG (colour type 3, PLTE 5 entries), pHYs 11811 unit 1")
    la = tiny(S, 26, "L").convert("LA")
    la.putalpha(255)
    add("png-gray-alpha-150dpi.png", png_from_image(la, phys_chunk=(PX_PER_M_150, PX_PER_M_150, 1)),
        "grey+alpha PNG (colour type 4), pHYs 5906 unit 1 -> 150 dpi")
    add("png-trailing-data.png", png_from_image(tiny(S, 27), phys_chunk=p300) + b"%PDF-1.4 hidden",
        "valid RGB PNG, pHYs 11811, followed by b'%PDF-1.4 hidden' after IEND (within its first kilobyte, so a PDF reader looks at it: `polyglot`)")
    add("jpeg-trailing-data.jpg", j(28) + random.Random(28).randbytes(100),
        "valid JFIF 300 JPEG followed by 100 seeded random bytes after EOI")

    # corrupt entropy-coded data: overwrite 48 bytes in the middle of the scan
    # with bytes < 0xFF (so no marker or byte-stuffing is created)
    base = jpeg(document_page((160, 120), random.Random(29), "RGB", table=False), quality=90)
    start = jpeg_header_end(base)
    mid = (start + len(base) - 2) // 2
    rng = random.Random(29)
    bad = bytearray(base)
    for i in range(mid, mid + 48):
        bad[i] = rng.randrange(0xFF)
    assert b"\xff\xd9" not in bytes(bad[start:-2])
    add("jpeg-corrupt-scan.jpg", bytes(bad),
        f"baseline JFIF 300 JPEG 160x120; 48 bytes of scan data at offset {mid} overwritten "
        "with seeded bytes < 0xFF (headers intact) -> libjpeg 'Corrupt JPEG data' warning")

    huge = bytearray(j(30))
    segs, _ = jpeg_split(bytes(huge))
    off = 2
    for sg in segs:
        if sg[1] == 0xC0:  # SOF0: FF C0 len(2) P(1) Y(2) X(2)
            struct.pack_into(">HH", huge, off + 5, 65500, 65500)
            break
        off += len(sg)
    else:
        raise AssertionError("no SOF0")
    add("huge-dimensions.jpg", bytes(huge), "JFIF 300 JPEG whose SOF0 height/width are patched to 65500x65500")
    add("huge-dimensions.png", huge_png(100000, 100000),
        "hand-built PNG: IHDR 100000x100000 8-bit grey (valid CRC), pHYs 11811, one tiny IDAT, IEND")
    badcrc = bytearray(png_from_image(tiny(S, 31), phys_chunk=p300))
    for i in range(29, 33):  # IHDR CRC: 8 sig + 4 len + 4 type + 13 data
        badcrc[i] ^= 0xFF
    add("png-bad-crc.png", bytes(badcrc), "valid small RGB PNG (pHYs 11811) whose IHDR CRC is inverted")
    return out


# --------------------------------------------------------------------------
# READMEs and main
# --------------------------------------------------------------------------

def samples_readme(rows) -> str:
    lines = [
        "# Sample scans",
        "",
        "Demo uploads for `attest inspect`. Every file here (and this README) is written by",
        "[`Scripts/make-sample-scans.py`](../Scripts/make-sample-scans.py); edit the script, not the files. Regenerate with:",
        "",
        "```sh",
        "make samples        # creates .venv (Pillow) and runs the script",
        "# or by hand, from the repository root:",
        "python3 -m venv .venv && .venv/bin/pip install 'Pillow>=10'",
        ".venv/bin/python Scripts/make-sample-scans.py",
        "```",
        "",
        "The script is deterministic (seeded `random.Random`, no timestamps): re-running it",
        "with the same Pillow/zlib gives byte-identical files. It also writes the unit-test",
        "fixtures in `Tests/ScanInspectionTests/Fixtures/`.",
        "",
        "Expected outcomes assume the default limits (<= 5 MiB, >= 300 dpi). Problem codes in",
        "backticks; warnings do not reject a file. `--deep` = full decode / trailing-data check.",
        "Resolution notes: pHYs 11811 px/m = 299.9994 dpi and 5906 px/m = 150.01 dpi, so",
        "compare with rounding.",
        "",
        "`attest inspect SampleScans` inspects this README too: a text file is not a scan,",
        "so it is rejected with `unsupported-format`, as any upload of the wrong kind would be.",
        "",
        "| File | Shows | How it was made | `attest inspect` outcome |",
        "|---|---|---|---|",
    ]
    for name, data, shows, how, outcome in rows:
        lines.append(f"| `{name}` | {shows} | {how} | {outcome} |")
    lines.append("")
    return "\n".join(lines)


def fixtures_readme(rows) -> str:
    lines = [
        "# ScanInspection test fixtures",
        "",
        "Tiny files (mostly 64x48 px), all made by `Scripts/make-sample-scans.py`",
        "(run `make samples`); edit the script, not the files. Deterministic output.",
        "JFIF density and EXIF resolutions are written byte-for-byte by the script;",
        "pHYs 11811 px/m = 300 dpi, 5906 px/m = 150 dpi; 118 dots/cm = 299.72 dpi.",
        "",
    ]
    for name, data, desc in rows:
        lines.append(f"- `{name}` ({len(data)} B): {desc}.")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    samples = build_samples()
    fixtures = build_fixtures()
    for name, data, *_ in samples:
        (SAMPLES / name).write_bytes(data)
    for name, data, *_ in fixtures:
        assert len(data) < 50 * 1024, name
        (FIXTURES / name).write_bytes(data)
    (SAMPLES / "README.md").write_text(samples_readme(samples), encoding="utf-8")
    (FIXTURES / "README.md").write_text(fixtures_readme(fixtures), encoding="utf-8")
    total = sum(len(d) for _, d, *_ in samples)
    assert total < 3_000_000, f"SampleScans too large: {total} bytes"
    print(f"wrote {len(samples)} samples ({total} bytes) to {SAMPLES.relative_to(ROOT)}/")
    print(f"wrote {len(fixtures)} fixtures to {FIXTURES.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
