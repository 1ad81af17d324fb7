"""The FastAPI peer of Benchmarks/serve.sh: `POST /v1/scans` as a Python service would write it.

    uvicorn --app-dir Benchmarks --workers N serve_peer:app

It does the check `attest serve` does on the same request: the bearer token, the body read up to
5 MiB (413 past that), the image opened with Pillow (which reads its headers, not its pixels),
and a JSON report of the format, the pixel size, the resolution and whether the upload rules
accept it (JPEG or PNG at 300 dpi or more). The token is PEER_TOKEN from the environment.
"""

import io
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 5_242_880
MIN_DPI = 300
FORMATS = {"JPEG", "PNG"}
TOKEN = os.environ.get("PEER_TOKEN", "")

app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)


def problem(status, code, message):
    return JSONResponse({"type": "about:blank", "status": status, "code": code, "detail": message},
                        status_code=status, media_type="application/problem+json")


@app.post("/v1/scans")
async def inspect_scan(request: Request):
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        return problem(401, "unauthorized", "No or bad bearer token.")
    # Streamed, so that an oversized upload is refused without being held whole.
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BYTES:
            return problem(413, "file-too-large", f"The file is over {MAX_BYTES} bytes.")
    try:
        with Image.open(io.BytesIO(body)) as image:
            kind, (width, height) = image.format, image.size
            dpi = image.info.get("dpi")
    except (UnidentifiedImageError, OSError):
        return problem(422, "unreadable-file", "The file is not an image Pillow can read.")
    dpi = min(dpi) if dpi else None
    accepted = kind in FORMATS and dpi is not None and round(dpi) >= MIN_DPI
    return {
        "format": kind,
        "bytes": len(body),
        "widthPixels": width,
        "heightPixels": height,
        "dpi": round(dpi) if dpi else None,
        "accepted": accepted,
    }
