"""The peers and the corpus of Benchmarks/inspect.sh.

    inspect_peers.py corpus DIR        writes realistic scans, then 10,000 image files and 2,000 PDF files from them
    inspect_peers.py pillow DIR        Image.open + info['dpi'] + size of every JPEG/PNG, one process
    inspect_peers.py pikepdf DIR       page MediaBox and image /Width, /Height of every PDF, one process

The peers print one line: "<peer>: <rate> files/s (<n> files)".
"""

import os
import random
import shutil
import sys
import time
from pathlib import Path

A4_INCHES = (8.27, 11.69)
HEADER_BYTES = 64 * 1024


def scan(rng, dpi):
    """A4 page at `dpi`: white paper, dark text lines, a grey photo box, a little noise."""
    from PIL import Image, ImageDraw, ImageFilter

    width, height = int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi)
    page = Image.new("L", (width, height), 245)
    draw = ImageDraw.Draw(page)
    line = max(2, dpi // 30)
    y = dpi
    while y < height - dpi:
        x = dpi
        while x < width - dpi:
            word = rng.randint(dpi // 6, dpi // 2)
            draw.rectangle([x, y, min(x + word, width - dpi), y + line], fill=rng.randint(20, 80))
            x += word + dpi // 12
        y += line * 4
    draw.rectangle([width // 2, dpi, width - dpi, dpi * 3], fill=150)
    noise = Image.effect_noise((width, height), 12).convert("L")
    return Image.blend(page, noise, 0.10).filter(ImageFilter.SMOOTH)


def corpus(directory):
    rng = random.Random(2026)
    root = Path(directory)
    originals, images, pdfs = root / "originals", root / "images", root / "pdfs"
    for folder in (originals, images, pdfs):
        folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for index, dpi in enumerate([150, 200, 300, 300, 300, 400, 600, 300] * 3):
        page = scan(rng, dpi)
        if index % 2 == 0:
            path = originals / f"scan-{index:02d}-{dpi}dpi.jpg"
            page.save(path, "JPEG", quality=rng.choice([85, 90, 92]), dpi=(dpi, dpi))
        else:
            path = originals / f"scan-{index:02d}-{dpi}dpi.png"
            page.quantize(16).save(path, "PNG", dpi=(dpi, dpi))
        sources.append(path)
        pdf = originals / f"scan-{index:02d}-{dpi}dpi.pdf"
        page.save(pdf, "PDF", resolution=dpi, quality=85)
    # Every entry is a file of its own, as uploads are: links to 24 files would keep 24 inodes
    # hot for the kernel and make opening a file cheaper than a back office ever sees it.
    # An image entry holds its scan's first 64 KiB and then a hole up to the scan's size: the
    # readers measured here read headers only, and 10,000 full copies would take 11 GB.
    for number in range(10_000):
        source = sources[number % len(sources)]
        with open(source, "rb") as original, open(images / f"{number:05d}-{source.name}", "wb") as copy:
            copy.write(original.read(HEADER_BYTES))
            copy.truncate(source.stat().st_size)
    check_headers_suffice(sources, images)
    pdf_sources = sorted(originals.glob("*.pdf"))
    for number in range(2_000):
        source = pdf_sources[number % len(pdf_sources)]
        shutil.copyfile(source, pdfs / f"{number:05d}-{source.name}")
    sizes = [path.stat().st_size for path in originals.iterdir()]
    print(f"corpus: {len(sources)} JPEG/PNG and {len(pdf_sources)} PDF originals, "
          f"{min(sizes) / 1e6:.2f}-{max(sizes) / 1e6:.2f} MB (median {sorted(sizes)[len(sizes) // 2] / 1e6:.2f} MB); "
          f"10,000 image files (first {HEADER_BYTES // 1024} KiB of a scan, then a hole) and 2,000 PDF copies")


def check_headers_suffice(sources, images):
    """Pillow reads the same facts from an entry as from its scan: the kept bytes hold the headers."""
    from PIL import Image

    for number, source in enumerate(sources):
        facts = []
        for path in (source, images / f"{number:05d}-{source.name}"):
            with Image.open(path) as image:
                facts.append((image.format, image.size, image.info.get("dpi")))
        if facts[0] != facts[1]:
            sys.exit(f"corpus: {source.name} reads differently from its first {HEADER_BYTES} bytes: {facts}")


def timed(peer, directory, read_facts):
    """Lists and sorts `directory`, then reads every file's facts; prints the rate."""
    start = time.perf_counter()
    paths = sorted(str(path) for path in Path(directory).iterdir())
    facts = [read_facts(path) for path in paths]
    rate = len(facts) / (time.perf_counter() - start)
    print(f"{peer}: {rate:.0f} files/s ({len(paths)} files, 1 process)")


def pillow(directory):
    from PIL import Image

    def facts(path):
        with Image.open(path) as image:
            return image.format, image.size, image.info.get("dpi")

    timed("Pillow", directory, facts)


def pikepdf_peer(directory):
    import pikepdf

    def facts(path):
        with pikepdf.open(path) as pdf:
            # the images of each page itself, as the target asks
            return [(page.mediabox, int(image.Width), int(image.Height))
                    for page in pdf.pages for image in page.images.values()]

    timed("pikepdf", directory, facts)


if __name__ == "__main__":
    command, directory = sys.argv[1:3]
    {"corpus": corpus, "pillow": pillow, "pikepdf": pikepdf_peer}[command](directory)
