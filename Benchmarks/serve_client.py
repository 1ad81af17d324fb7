"""The uploads and the queue reader of Benchmarks/serve.sh.

    serve_client.py scans DIR
        writes scan-1mb.jpg (about 1,000,000 bytes, colour) and scan-200kb-1..3.jpg (about
        210,000 bytes each, grey): A4 pages at 300 dpi, as a phone or a flatbed scanner sends them
    serve_client.py application DEMO_DIR SCANS_DIR OUT
        writes OUT, a multipart/form-data body of one application (the demo's first case, its
        documents the three 200 KB scans, and the owner's signed consent); prints its Content-Type
    serve_client.py queue URL TOKEN STATUS PAGES
        walks `GET /v1/applications?status=STATUS&limit=50` to the end by its `next` cursor, then
        times PAGES requests for pages spread over the whole queue, in random order, one at a time
        on one kept-alive connection; prints the median and p99
"""

import http.client
import json
import random
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

from inspect_peers import scan

PAGE_SIZE = 50


def jpeg_near(page, target_bytes, path, **options):
    """Saves `page` at 300 dpi with the JPEG quality whose size comes nearest `target_bytes`."""
    low, high, best = 5, 95, None
    while low <= high:
        quality = (low + high) // 2
        data = io_jpeg(page, quality, **options)
        if best is None or abs(len(data) - target_bytes) < abs(len(best) - target_bytes):
            best = data
        if len(data) < target_bytes:
            low = quality + 1
        else:
            high = quality - 1
    Path(path).write_bytes(best)
    return len(best)


def io_jpeg(page, quality, **options):
    import io

    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=quality, dpi=(300, 300), **options)
    return buffer.getvalue()


def scans(directory):
    from PIL import Image, ImageDraw, ImageOps

    rng = random.Random(2026)
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    # The large one is a colour scan of a page with more texture (a photo box, heavier noise):
    # a paper tint and chroma keep it near 1 MB at a quality a scanner would use.
    grey = scan(rng, 300)
    noise = Image.effect_noise(grey.size, 40).convert("L")
    colour = ImageOps.colorize(Image.blend(grey, noise, 0.18), black=(20, 24, 40), white=(250, 246, 235))
    sizes = [jpeg_near(colour, 1_000_000, folder / "scan-1mb.jpg", subsampling=0)]
    # The small ones are a document on the top 40% of a flatbed's A4 glass, the rest blank paper.
    for number in (1, 2, 3):
        page = scan(rng, 300)
        ImageDraw.Draw(page).rectangle([0, int(page.height * 0.4), page.width, page.height], fill=250)
        sizes.append(jpeg_near(page, 210_000, folder / f"scan-200kb-{number}.jpg"))
    print(f"scans: {', '.join(f'{size:,}' for size in sizes)} bytes, A4 at 300 dpi")


def application(demo_dir, scans_dir, out):
    """The demo's first case as an upload: each path in `application` becomes the name of a part."""
    demo, folder = Path(demo_dir), Path(scans_dir)
    form = json.loads((demo / "cases" / "1-straight.case.json").read_text(encoding="utf-8"))["application"]
    form["documents"] = [
        {"kind": "passport", "path": "passport-main"},
        {"kind": "passport", "path": "passport-registration"},
        {"kind": "right-to-live", "path": "lease"},
    ]
    form["consents"] = [{"document": "consent", "signature": "consent-signature"}]
    parts = [
        ("application", "application.json", "application/json", json.dumps(form, ensure_ascii=False).encode()),
        ("passport-main", "passport-main.jpg", "image/jpeg", (folder / "scan-200kb-1.jpg").read_bytes()),
        ("passport-registration", "passport-registration.jpg", "image/jpeg", (folder / "scan-200kb-2.jpg").read_bytes()),
        ("lease", "lease.jpg", "image/jpeg", (folder / "scan-200kb-3.jpg").read_bytes()),
        ("consent", "owner.json", "application/json", (demo / "consents" / "owner.json").read_bytes()),
        ("consent-signature", "owner.json.p7s", "application/pkcs7-signature",
         (demo / "consents" / "owner.json.p7s").read_bytes()),
    ]
    boundary = f"attest-bench-{random.Random(7).getrandbits(64):016x}"
    body = bytearray()
    for name, filename, kind, data in parts:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                 f"Content-Type: {kind}\r\n\r\n").encode()
        body += data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    Path(out).write_bytes(body)
    print(f"multipart/form-data; boundary={boundary}")


def get_json(connection, path, token):
    connection.request("GET", path, headers={"Authorization": f"Bearer {token}"})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"GET {path}: {response.status} {body[:200]!r}")
    return json.loads(body)


def queue(url, token, status, pages):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    first = f"/v1/applications?status={urllib.parse.quote(status)}&limit={PAGE_SIZE}"
    # Every page's address, from the first to the last, by following the cursors.
    addresses, listed, address = [], 0, first
    while address:
        addresses.append(address)
        page = get_json(connection, address, token)
        listed += len(page["applications"])
        cursor = page.get("next")
        address = f"{first}&after={urllib.parse.quote(cursor, safe='')}" if cursor else None
    # PAGES requests spread evenly from the first page to the last, asked in random order so
    # that no page's answer is fresh in a cache because its neighbour was just read.
    chosen = [addresses[round(i * (len(addresses) - 1) / max(1, pages - 1))] for i in range(pages)]
    random.Random(2026).shuffle(chosen)
    times = []
    for address in chosen:
        start = time.perf_counter()
        get_json(connection, address, token)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * len(times)) - 1)]
    print(f"queue page ({status}, {PAGE_SIZE} a page): median {statistics.median(times):.2f} ms, "
          f"p99 {p99:.2f} ms ({pages} requests over {len(addresses)} pages, {listed} applications listed)")


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "scans":
        scans(*arguments)
    elif command == "application":
        application(*arguments)
    elif command == "queue":
        queue(arguments[0], arguments[1], arguments[2], int(arguments[3]))
    else:
        sys.exit(__doc__)
