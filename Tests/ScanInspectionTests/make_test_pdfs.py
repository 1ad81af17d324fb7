#!/usr/bin/python3
"""Writes the PDFs the PDF inspection tests read, with tools Attest did not write.

    /usr/bin/python3 make_test_pdfs.py OUTPUT_DIR

Debian's python3-reportlab draws pages (scaled placements, form XObjects, inline images,
rotated drawing, text only), img2pdf wraps scans one per page at their own dpi, ImageMagick's
convert makes the raster images, and qpdf encrypts, rotates, attaches files and rewrites the
one hand-written file (for /UserUnit and an image mask, which no tool here writes). Each file's
expected reading is in the tests, and `pdfimages -list` checks the image ones independently.
"""

import os
import subprocess
import sys

from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

out = sys.argv[1]


def path(name):
    return os.path.join(out, name)


def run(*command):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def image(name, width, height, dpi, kind="jpg"):
    """A grey page with a black bar, `width` x `height` px, stating `dpi`."""
    run("/usr/bin/convert", "-size", f"{width}x{height}", "xc:white", "-fill", "gray40",
        "-draw", f"rectangle {width // 10},{height // 10} {width // 2},{height // 5}",
        "-density", str(dpi), "-units", "PixelsPerInch", path(f"{name}.{kind}"))
    return path(f"{name}.{kind}")


# Scans as a scanner app makes them: img2pdf sizes each page from the image's own dpi.
a4_300 = image("a4-300", 2480, 3508, 300)
a4_150 = image("a4-150", 1240, 1754, 150)
card_600 = image("card-600", 2000, 1300, 600, "png")
run("/usr/bin/img2pdf", a4_300, "-o", path("img2pdf-300.pdf"))
run("/usr/bin/img2pdf", a4_300, a4_150, card_600, "-o", path("img2pdf-mixed.pdf"))

# A 600 x 600 px image placed at 2 x 2 inches (300 dpi), and the same at 4 x 2 inches (150 x 300).
square = image("square", 600, 600, 72)
page = canvas.Canvas(path("scaled.pdf"))
page.drawImage(square, 1 * inch, 1 * inch, width=2 * inch, height=2 * inch)
page.showPage()
page.drawImage(square, 1 * inch, 1 * inch, width=4 * inch, height=2 * inch)
page.save()

# Inside a form XObject, scaled by half again by the form's placement.
page = canvas.Canvas(path("form.pdf"))
page.beginForm("scan")
page.drawImage(square, 0, 0, width=4 * inch, height=4 * inch)  # 150 dpi inside the form
page.endForm()
page.saveState()
page.translate(inch, inch)
page.scale(0.5, 0.5)  # drawn at 2 x 2 inches: 300 dpi
page.doForm("scan")
page.restoreState()
page.save()

# An inline image (BI ... ID ... EI): 600 px across 3 inches is 200 dpi.
page = canvas.Canvas(path("inline.pdf"))
page.drawInlineImage(square, 1 * inch, 1 * inch, width=3 * inch, height=3 * inch)
page.save()

# Drawn rotated by 90 degrees and 30 degrees: rotation changes no resolution.
page = canvas.Canvas(path("rotated-drawing.pdf"))
page.saveState()
page.translate(4 * inch, 4 * inch)
page.rotate(30)
page.drawImage(square, 0, 0, width=2 * inch, height=2 * inch)
page.restoreState()
page.save()

# Born-digital: text only.
page = canvas.Canvas(path("text-only.pdf"))
page.setFont("Helvetica", 12)
page.drawString(72, 720, "Consent to temporary registration")
page.save()

# A small stamp (half an inch) beside a 300 dpi scan: the stamp is listed but not held to the rule.
stamp = image("stamp", 30, 30, 72, "png")
page = canvas.Canvas(path("stamp.pdf"))
page.drawImage(square, 1 * inch, 1 * inch, width=2 * inch, height=2 * inch)
page.drawImage(stamp, 5 * inch, 1 * inch, width=0.5 * inch, height=0.5 * inch)
page.save()

# qpdf: the whole page rotated, encryption with an empty and with a real user password, an attachment.
run("/usr/bin/qpdf", "--rotate=+90", path("img2pdf-300.pdf"), path("rotated-page.pdf"))
run("/usr/bin/qpdf", "--encrypt", "", "owner-secret", "256", "--", path("img2pdf-300.pdf"), path("encrypted-empty.pdf"))
run("/usr/bin/qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", path("img2pdf-300.pdf"),
    path("encrypted-password.pdf"))
with open(path("attachment.txt"), "w") as attachment:
    attachment.write("not a scan\n")
run("/usr/bin/qpdf", path("text-only.pdf"), "--add-attachment", path("attachment.txt"), "--", path("attached.pdf"))

# /UserUnit 2 (a 200 x 200 px image over 1 x 1 user units of 72 points: 2 inches, so 100 dpi) and an
# image mask (never counted), written by hand because no tool here writes either; qpdf rewrites it
# so that its cross-reference table is qpdf's own.
stream = b"q 72 0 0 72 0 0 cm /Im1 Do Q q 300 0 0 300 100 100 cm /Mask Do Q"
body = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /UserUnit 2"
    b" /Resources << /XObject << /Im1 5 0 R /Mask 6 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    b"<< /Type /XObject /Subtype /Image /Width 200 /Height 200 /ColorSpace /DeviceGray"
    b" /BitsPerComponent 8 /Length 40000 >>\nstream\n" + b"\x80" * 40000 + b"\nendstream",
    b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ImageMask true /Length 8 >>\nstream\n"
    + b"\xff" * 8 + b"\nendstream",
]
document = bytearray(b"%PDF-1.7\n")
offsets = []
for number, content in enumerate(body, start=1):
    offsets.append(len(document))
    document += b"%d 0 obj\n" % number + content + b"\nendobj\n"
xref = len(document)
document += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
document += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
document += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
with open(path("hand-written.pdf"), "wb") as hand:
    hand.write(document)
run("/usr/bin/qpdf", path("hand-written.pdf"), path("user-unit.pdf"))

# 100,010 objects, each a null the catalog lists: more than any scan needs (the limit is 100,000).
count = 100_010
document = bytearray(b"%PDF-1.7\n")
offsets = []
def add(content):
    offsets.append(len(document))
    document.extend(b"%d 0 obj\n" % len(offsets) + content + b"\nendobj\n")
add(b"<< /Type /Catalog /Pages 2 0 R /Extra [" + b" ".join(b"%d 0 R" % n for n in range(4, count + 1)) + b"] >>")
add(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
for _ in range(4, count + 1):
    add(b"null")
xref = len(document)
document += b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1)
document += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
document += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count + 1, xref)
with open(path("many-objects-plain.pdf"), "wb") as many:
    many.write(document)
# Packed into object streams by qpdf: the objects cost a few bytes each, and the file is small.
run("/usr/bin/qpdf", "--object-streams=generate", path("many-objects-plain.pdf"), path("many-objects.pdf"))

# Bombs: streams of a megabyte or less that unpack to 256 MiB, where qpdf would hold them whole:
# a page's content stream, an object stream (read as soon as an object in it is), and the
# cross-reference stream (read as qpdf opens the file), packed with Flate and with LZW.
import zlib


def deflated(prefix, mebibytes=256):
    packer = zlib.compressobj(9)
    blank = b" " * (1 << 20)
    return packer.compress(prefix) + b"".join(packer.compress(blank) for _ in range(mebibytes)) + packer.flush()


def hand_written(name, objects, xref_stream=None, packed=0):
    """Objects numbered from 1; with `xref_stream` (its dictionary and data) no xref table, and
    the stream numbered after the objects and the `packed` ones inside object streams."""
    document = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(document))
        document.extend(b"%d 0 obj\n" % number + content + b"\nendobj\n")
    start = len(document)
    if xref_stream is None:
        document += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        document += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        document += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    else:
        dictionary, data = xref_stream(offsets, start)
        document += b"%d 0 obj\n%s\nstream\n" % (len(objects) + packed + 1, dictionary) + data + b"\nendstream\nendobj\n"
    document += b"startxref\n%d\n%%%%EOF\n" % start
    with open(path(name), "wb") as file:
        file.write(document)


page_tree = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
blank_pages = deflated(b"")
hand_written("bomb-content.pdf", page_tree + [
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(blank_pages) + blank_pages + b"\nendstream"])


def xref_rows(offsets, start, packed):
    """An uncompressed cross-reference stream: 1 byte type, 4 bytes field 2, 2 bytes field 3."""
    rows = [(0, 0, 65535)] + [(1, offset, 0) for offset in offsets] + packed + [(1, start, 0)]
    data = b"".join(bytes([kind]) + one.to_bytes(4, "big") + two.to_bytes(2, "big") for kind, one, two in rows)
    return b"<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>" % (len(rows), len(data)), data


# Flate over RunLength: 4 MiB of RunLength pairs (each 128 spaces) deflated to a few kilobytes.
run_length = zlib.compress(bytes([129, 0x20]) * ((256 << 20) // 128) + b"\x80", 9)
hand_written("bomb-content-runlength.pdf", page_tree + [
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    b"<< /Length %d /Filter [/FlateDecode /RunLengthDecode] >>\nstream\n" % len(run_length) + run_length + b"\nendstream"])

# Object 5, a dictionary the catalog needs, is the first in object stream 4.
packed = deflated(b"5 0 << /Extra true >>")
hand_written("bomb-object-stream.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R /Extra 5 0 R >>", page_tree[1],
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    b"<< /Type /ObjStm /N 1 /First 4 /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
], xref_stream=lambda offsets, start: xref_rows(offsets, start, [(2, 4, 0)]), packed=1)
# The encryption dictionary inside such an object stream: qpdf unpacks it as it opens the file.
encrypt = deflated(b"5 0 << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>")


def encrypt_in_object_stream(offsets, start):
    dictionary, data = xref_rows(offsets, start, [(2, 4, 0)])
    return dictionary.replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt 5 0 R"), data


hand_written("bomb-encrypt-object-stream.pdf", page_tree + [
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    b"<< /Type /ObjStm /N 1 /First 4 /Length %d /Filter /FlateDecode >>\nstream\n" % len(encrypt) + encrypt + b"\nendstream",
], xref_stream=encrypt_in_object_stream, packed=1)
hand_written("bomb-xref-stream.pdf", page_tree + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"],
             xref_stream=lambda offsets, start: (
                 b"<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>" % len(blank_pages),
                 blank_pages))


def lzw_run(byte, count):
    """LZWDecode data (9- to 12-bit codes, EarlyChange 1) that unpacks to `count` copies of `byte`:
    the byte, then each new code one copy longer than the one before, the table cleared before it
    fills (`qpdf --filtered-stream-data` reads back what this writes)."""
    def width(next_code):
        return 9 if next_code < 511 else 10 if next_code < 1023 else 11 if next_code < 2047 else 12
    codes, left = [(256, 9)], count
    while left > 0:
        codes.append((byte, 9))
        left -= 1
        next_code = 258
        while next_code < 4094 and left >= next_code - 256:
            codes.append((next_code, width(next_code)))
            left -= next_code - 256
            next_code += 1
        if left > 0:
            codes.append((256, width(next_code)))
    codes.append((257, width(next_code)))
    bits, held, data = 0, 0, bytearray()
    for code, size in codes:
        held, bits = held << size | code, bits + size
        while bits >= 8:
            bits -= 8
            data.append(held >> bits & 0xFF)
    if bits:
        data.append(held << (8 - bits) & 0xFF)
    return bytes(data)


# The same cross-reference stream packed with LZW, which qpdf unpacks as readily as Flate.
blank_lzw = lzw_run(0x20, 256 << 20)
hand_written("bomb-xref-stream-lzw.pdf", page_tree + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"],
             xref_stream=lambda offsets, start: (
                 b"<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /LZWDecode /Length %d >>" % len(blank_lzw),
                 blank_lzw))

# Damage: a file cut in half (qpdf may repair what is left), and garbage after the header.
with open(path("img2pdf-mixed.pdf"), "rb") as whole:
    data = whole.read()
with open(path("truncated.pdf"), "wb") as cut:
    cut.write(data[: len(data) // 2])
with open(path("garbage.pdf"), "wb") as garbage:
    garbage.write(b"%PDF-1.7\n" + bytes((i * 73 + 41) % 256 for i in range(4096)))

# Routes other than a page's own content by which a page shows an image, each with a full-page
# (8.5 x 11 inch) image painted only through it: 612 x 792 px (72 dpi) and 2550 x 3300 px (300 dpi).
# No tool here writes these, so they are written by hand and rewritten by qpdf (as user-unit.pdf).
def full_page_image(width, height):
    data = zlib.compress(bytes(width * height), 9)
    return (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(data))
            + data + b"\nendstream")


def stream_object(dictionary, data):
    return b"<< %s /Length %d >>\nstream\n" % (dictionary, len(data)) + data + b"\nendstream"


def one_page(name, page_entries, objects):
    """A one-page letter-size PDF: catalog 1, pages 2, page 3 (with `page_entries`), then `objects`
    from 4; rewritten by qpdf."""
    hand_written(f"{name}-hand.pdf", page_tree + [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s >>" % page_entries] + objects)
    run("/usr/bin/qpdf", path(f"{name}-hand.pdf"), path(f"{name}.pdf"))


def inline_image(width, height):
    """An inline image (BI ... ID ... EI) of `width` x `height` grey pixels, hex-coded."""
    data = zlib.compress(bytes(width * height), 9).hex().encode() + b">"
    return b"BI /W %d /H %d /CS /G /BPC 8 /F [/AHx /Fl] ID\n" % (width, height) + data + b"\nEI"


for dpi, (width, height) in {72: (612, 792), 300: (2550, 3300)}.items():
    # A tiling pattern filling the page, its one cell the image (object 5): /Pattern cs /P scn ... f.
    one_page(f"pattern-{dpi}", b"/Resources << /Pattern << /P 6 0 R >> >> /Contents 4 0 R", [
        stream_object(b"", b"/Pattern cs /P scn 0 0 612 792 re f"),
        full_page_image(width, height),
        stream_object(b"/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 612 792]"
                      b" /XStep 612 /YStep 792 /Resources << /XObject << /Im 5 0 R >> >>",
                      b"q 612 0 0 792 0 0 cm /Im Do Q")])
    # A stamp annotation over the page whose appearance (object 6) draws the image: the form's
    # 100 x 100 bounding box, doubled by its /Matrix, is fitted to the annotation's /Rect; the page's
    # own content is empty.
    one_page(f"annotation-{dpi}", b"/Contents 4 0 R /Annots [7 0 R]", [
        stream_object(b"", b""),
        full_page_image(width, height),
        stream_object(b"/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [2 0 0 2 0 0]"
                      b" /Resources << /XObject << /Im 5 0 R >> >>", b"q 100 0 0 100 0 0 cm /Im Do Q"),
        b"<< /Type /Annot /Subtype /Stamp /Rect [0 0 612 792] /AP << /N 6 0 R >> >>"])
    # A Type 3 font whose glyph "g" (object 6) draws the image over its 1000 x 1000 glyph space;
    # the page shows it once in a 1-point font under a text matrix as large as the page.
    type3 = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
             b" /CharProcs << /g 6 0 R >> /Encoding << /Type /Encoding /Differences [65 /g] >>"
             b" /FirstChar 65 /LastChar 65 /Widths [1000] /Resources << /XObject << /Im 5 0 R >> >> >>")
    shown = b"BT /T3 1 Tf 612 0 0 792 0 0 Tm (A) Tj ET"
    one_page(f"type3-{dpi}", b"/Resources << /Font << /T3 7 0 R >> >> /Contents 4 0 R", [
        stream_object(b"", shown), full_page_image(width, height),
        stream_object(b"", b"1000 0 d0 q 1000 0 0 1000 0 0 cm /Im Do Q"), type3])
    # The same with the glyph's image inline.
    one_page(f"type3-inline-{dpi}", b"/Resources << /Font << /T3 7 0 R >> >> /Contents 4 0 R", [
        stream_object(b"", shown), b"null",
        stream_object(b"", b"1000 0 d0 q 1000 0 0 1000 0 0 cm " + inline_image(width, height) + b" Q"), type3])

# Form XObjects inside one another, the innermost drawing a 72 dpi page-size image: 12 deep is read
# whole (the limit is 12), 13 deep is not.
for depth in (12, 13):
    forms = [stream_object(b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /F %d 0 R >> >>"
                           % (7 + level), b"/F Do") for level in range(depth - 1)]
    forms.append(stream_object(b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Im 5 0 R >> >>",
                               b"q 612 0 0 792 0 0 cm /Im Do Q"))
    one_page(f"deep-forms-{depth}", b"/Resources << /XObject << /F 6 0 R >> >> /Contents 4 0 R",
             [stream_object(b"", b"/F Do"), full_page_image(612, 792)] + forms)

# A kilobyte of forms that draw each other: each of 11 forms draws the next four times, the twelfth
# fills the page (4^11 = 4,194,304 times, were it all walked).
forms = [stream_object(b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /F %d 0 R >> >>"
                       % (6 + level), b"/F Do /F Do /F Do /F Do") for level in range(11)]
forms.append(stream_object(b"/Type /XObject /Subtype /Form /BBox [0 0 612 792]", b"0 0 612 792 re f"))
one_page("fan-out", b"/Resources << /XObject << /F 5 0 R >> >> /Contents 4 0 R", [stream_object(b"", b"/F Do")] + forms)

# Polyglots: a 300 dpi JPEG whose comment segment (right after SOI) holds a whole PDF, a PNG with
# the PDF in a text chunk after IHDR (PDF readers find "%PDF-" anywhere in the first kilobyte), and
# a JPEG and a PDF with a ZIP archive appended (ZIP readers start from the archive's end).
import struct
import zipfile
import zlib

with open(path("text-only.pdf"), "rb") as f:
    hidden = f.read()
assert len(hidden) < 65000
with open(image("polyglot-base", 600, 600, 300), "rb") as f:
    jpeg = f.read()
with open(path("polyglot.jpg"), "wb") as f:
    f.write(jpeg[:2] + b"\xff\xfe" + struct.pack(">H", len(hidden) + 2) + hidden + jpeg[2:])
with open(image("polyglot-base", 600, 600, 300, "png"), "rb") as f:
    png = f.read()
text = b"tEXt" + b"Comment\0" + hidden
chunk = struct.pack(">I", len(text) - 4) + text + struct.pack(">I", zlib.crc32(text))
with open(path("polyglot.png"), "wb") as f:
    f.write(png[:33] + chunk + png[33:])
with zipfile.ZipFile(path("archive.zip"), "w") as archive:
    archive.writestr("readme.txt", "a second file\n")
with open(path("archive.zip"), "rb") as f:
    archive = f.read()
with open(a4_300, "rb") as f:
    page = f.read()
assert len(page) > 8192
with open(path("zip-appended.jpg"), "wb") as f:
    f.write(page + archive)
with open(path("img2pdf-300.pdf"), "rb") as f:
    scan = f.read()
with open(path("zip-appended.pdf"), "wb") as f:
    f.write(scan + archive)
