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
# cross-reference stream (read as qpdf opens the file).
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


# Object 5, a dictionary the catalog needs, is the first in object stream 4.
packed = deflated(b"5 0 << /Extra true >>")
hand_written("bomb-object-stream.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R /Extra 5 0 R >>", page_tree[1],
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    b"<< /Type /ObjStm /N 1 /First 4 /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
], xref_stream=lambda offsets, start: xref_rows(offsets, start, [(2, 4, 0)]), packed=1)
hand_written("bomb-xref-stream.pdf", page_tree + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"],
             xref_stream=lambda offsets, start: (
                 b"<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>" % len(blank_pages),
                 blank_pages))

# Damage: a file cut in half (qpdf may repair what is left), and garbage after the header.
with open(path("img2pdf-mixed.pdf"), "rb") as whole:
    data = whole.read()
with open(path("truncated.pdf"), "wb") as cut:
    cut.write(data[: len(data) // 2])
with open(path("garbage.pdf"), "wb") as garbage:
    garbage.write(b"%PDF-1.7\n" + bytes((i * 73 + 41) % 256 for i in range(4096)))
