"""The Python peers of Benchmarks/certificates.sh.

    certificate_peers.py reportlab DATA.json OUT_DIR COUNT [--no-qr]
        renders COUNT certificates with reportlab: DejaVu Sans embedded, reportlab's own QR widget
    certificate_peers.py pyhanko IN_DIR KEY CERT.pem CA.pem
        signs every PDF of IN_DIR with pyHanko (PAdES baseline B, P-256), in one process

Each prints one line: "<peer>: <rate> certificates/s (<n>, <size> KB each)".
"""

import json
import sys
import time
from pathlib import Path


def reportlab(data_path, out_dir, count, qr=True):
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    data = json.loads(Path(data_path).read_text())
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    sizes = 0
    for index in range(count):
        number = data["number"].replace("000123", f"{index:06d}")
        path = out / f"{number}.pdf"
        page = canvas.Canvas(str(path), pagesize=A4)
        page.setFont("DejaVuSans", 22)
        page.drawCentredString(A4[0] / 2, 752, "СВИДЕТЕЛЬСТВО")
        page.setFont("DejaVuSans", 13)
        page.drawCentredString(A4[0] / 2, 730, "о регистрации по месту пребывания")
        page.drawCentredString(A4[0] / 2, 708, f"№ {number}")
        y = 640
        holder = data["holder"]
        for label, value in [("Выдано", holder["fullName"]), ("Дата рождения", holder["birthDate"]),
                             ("Документ", holder["document"]), ("Адрес", data["address"]),
                             ("Срок регистрации", f"с {data['validFrom']} по {data['validUntil']}"),
                             ("Орган регистрационного учёта", data["issuer"]), ("Дата выдачи", data["issuedAt"])]:
            page.setFont("DejaVuSans", 9)
            page.drawString(57, y, label)
            page.setFont("DejaVuSans", 13)
            page.drawString(57, y - 17, value)
            y -= 46
        if qr:
            widget = QrCodeWidget(f"{number}|{holder['fullName']}|{holder['birthDate']}|{data['validFrom']}|{data['validUntil']}")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(108, 108, transform=[108 / (x1 - x0), 0, 0, 108 / (y1 - y0), 0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, page, 430, 57)
        page.save()
        sizes += path.stat().st_size
    rate = count / (time.perf_counter() - start)
    label = "reportlab" if qr else "reportlab without QR"
    print(f"{label}: {rate:.0f} certificates/s ({count}, {sizes / count / 1000:.1f} KB each)")


def pyhanko(in_dir, key_path, cert_path, ca_path):
    from pyhanko.sign import fields, signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signer = signers.SimpleSigner.load(key_path, cert_path, ca_chain_files=(ca_path,))
    if signer is None:
        sys.exit("pyHanko could not load the key and certificate")
    meta = signers.PdfSignatureMetadata(field_name="Issuer", subfilter=fields.SigSeedSubFilter.PADES)
    paths = sorted(Path(in_dir).glob("*.pdf"))
    start = time.perf_counter()
    sizes = 0
    for path in paths:
        with path.open("rb") as source:
            writer = IncrementalPdfFileWriter(source)
            output = signers.sign_pdf(writer, meta, signer=signer)
        sizes += len(output.getbuffer())
    rate = len(paths) / (time.perf_counter() - start)
    print(f"pyHanko sign: {rate:.0f} certificates/s ({len(paths)}, {sizes / len(paths) / 1000:.1f} KB each)")


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "reportlab":
        reportlab(rest[0], rest[1], int(rest[2]), qr="--no-qr" not in rest)
    else:
        pyhanko(*rest)
