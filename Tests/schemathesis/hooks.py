"""Schemathesis hooks for Attest's contract run (Scripts/schemathesis.sh).

Every request sent gets an Idempotency-Key of its own: the generator would otherwise send one key
with different bodies, which the service rightly refuses with 422 (that refusal, and the replay of
a first answer, are tested in Tests/AttestServiceTests/ConcurrencyTests.swift).
"""
import uuid

import schemathesis


@schemathesis.hook
def before_call(context, case, **kwargs):
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = str(uuid.uuid4())
