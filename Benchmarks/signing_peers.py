"""The Python peers of Benchmarks/signing.sh, each timed in one process.

    signing_peers.py sign-cryptography FILES_DIR KEY CERT
        signs every file with cryptography's PKCS#7 builder (detached, binary, SHA-256)
    signing_peers.py verify-pyhanko FILES_DIR SIGS_DIR CA
        verifies SIGS_DIR/NAME.p7s over FILES_DIR/NAME with pyHanko's async_validate_detached_cms

Each prints one line: "<peer>: <rate> files/s (<n> files)".
"""

import asyncio
import sys
import time
from pathlib import Path


def read_files(directory):
    return [(path.name, path.read_bytes()) for path in sorted(Path(directory).iterdir()) if path.is_file()]


def sign_cryptography(files_dir, key_path, cert_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    key = serialization.load_pem_private_key(Path(key_path).read_bytes(), password=None)
    cert = x509.load_pem_x509_certificate(Path(cert_path).read_bytes())
    files = read_files(files_dir)
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        for _, data in files:
            pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256()).sign(
                serialization.Encoding.DER, options)
        best = max(best, len(files) / (time.perf_counter() - start))
    print(f"cryptography sign: {best:.0f} files/s ({len(files)} files, 1 process, best of 3)")


def verify_pyhanko(files_dir, sigs_dir, ca_path):
    from asn1crypto import cms, pem, x509 as asn1_x509
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    ca_bytes = Path(ca_path).read_bytes()
    if pem.detect(ca_bytes):
        _, _, ca_bytes = pem.unarmor(ca_bytes)
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(ca_bytes)])
    files = read_files(files_dir)
    signatures = [cms.ContentInfo.load((Path(sigs_dir) / f"{name}.p7s").read_bytes())["content"] for name, _ in files]

    async def run():
        valid = 0
        for (_, data), signed_data in zip(files, signatures):
            status = await async_validate_detached_cms(data, signed_data, signer_validation_context=context)
            valid += bool(status.bottom_line)
        return valid

    start = time.perf_counter()
    valid = asyncio.run(run())
    rate = len(files) / (time.perf_counter() - start)
    if valid != len(files):
        sys.exit(f"pyHanko found {len(files) - valid} invalid signatures")
    print(f"pyHanko verify: {rate:.0f} files/s ({len(files)} files, 1 process)")


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"sign-cryptography": sign_cryptography, "verify-pyhanko": verify_pyhanko}[command](*arguments)
