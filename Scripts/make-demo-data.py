#!/usr/bin/env python3
"""Writes Sources/attest/DemoData.swift: the demo's seed cases (seeds/cases) and the three scans it
uploads (SampleScans), carried in the attest binary so that `attest demo` runs from any folder.
With --check, exits 1 when the file is not what the seeds and scans make (the tests run this)."""
import base64
import pathlib
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "Sources/attest/DemoData.swift"
SCANS = [("passport.jpg", "passport-300dpi.jpg"), ("lease.png", "ownership-extract-300dpi.png"),
         ("lease-150dpi.png", "lease-150dpi.png")]


def swift():
    lines = ["// Made by Scripts/make-demo-data.py from seeds/cases and SampleScans; run it after changing them.",
             "",
             "/// The demo's seed cases and the scans it uploads, carried in the binary: the demo needs no file",
             "/// of the repository.",
             "enum DemoData {",
             "    /// Each seed case's name and its case file.",
             "    static let cases: [(name: String, json: String)] = ["]
    for path in sorted((ROOT / "seeds/cases").glob("*.case.json")):
        text = path.read_text(encoding="utf-8")
        assert '"####' not in text
        lines.append(f'        ("{path.name[:-len(".case.json")]}", ####"""')
        lines += text.rstrip("\n").split("\n")
        lines.append('"""####),')
    lines += ["    ]", "",
              "    /// Each scan's name in the demo's scans folder and its bytes in Base64.",
              "    static let scans: [(name: String, base64: String)] = ["]
    for name, sample in SCANS:
        encoded = base64.b64encode((ROOT / "SampleScans" / sample).read_bytes()).decode()
        lines.append(f'        ("{name}", """')
        lines += textwrap.wrap(encoded, 100)
        lines.append('"""),')
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    made = swift()
    if sys.argv[1:] == ["--check"]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != made:
            sys.exit(f"{TARGET.relative_to(ROOT)} is not what seeds/cases and SampleScans make: run Scripts/make-demo-data.py")
    else:
        TARGET.write_text(made, encoding="utf-8")
