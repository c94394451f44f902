#!/usr/bin/env python3
"""Writes the refused plan packages used by BadPackagesTest (docs/plan-package-format.md).

Each file breaks exactly one rule; the ones past the digest carry a correct SHA-256 and an Ed25519
signature by a fixed test key, so that the reader gets as far as the fault they are about. Needs the
"cryptography" package. Run from this folder: python3 make_bad_packages.py
"""
import hashlib
import struct
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

# a key for tests only, made from a fixed seed so that the files come out the same on every run
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

SENDER = uuid.UUID("01930000-0000-7000-8000-00000000aaaa")
OTHER = uuid.UUID("01930000-0000-7000-8000-00000000bbbb")
PROGRAMME = uuid.UUID("01930000-0000-7000-8000-000000000001")


def u(value):
    return value.bytes


def text(value):
    data = value.encode("utf-8") if isinstance(value, str) else value
    return struct.pack(">i", len(data)) + data


def nullable(value):
    return struct.pack(">i", -1) if value is None else text(value)


def change(seq=1, kind=1, entity_type="programme", field="*", value=None, inserted=None, replica=SENDER,
           entity=PROGRAMME):
    body = u(replica) + struct.pack(">qq", seq, seq) + text(entity_type) + u(entity) + text(field)
    body += struct.pack(">b", kind) + nullable(value) + struct.pack(">b", 0)
    body += struct.pack(">qi", 1_763_900_000, 0) + text("tester")
    inserted = inserted or {}
    body += struct.pack(">i", len(inserted))
    for name in sorted(inserted):
        body += text(name) + nullable(inserted[name])
    return body


def programme(**overrides):
    values = {"title": "Programme", "programme_kind": "JOINT_PROJECT", "act_title": None, "act_number": None,
              "act_date": None, "period_start": "2026-01-01", "period_finish": "2027-12-31",
              "programme_status": "DRAFT", "description": None, "priority_areas": "[]", "states": "[]"}
    values.update(overrides)
    return values


def content(changes, replicas=((SENDER, "tester@host", 1),), extra=b""):
    body = struct.pack(">qi", 1_763_900_000, 0) + u(SENDER) + text("tester@host")
    body += struct.pack(">i", len(replicas))
    for replica, name, seen in replicas:
        body += u(replica) + text(name) + struct.pack(">q", seen)
    body += struct.pack(">i", 0)
    body += struct.pack(">i", len(changes)) + b"".join(changes) + extra
    return body


def envelope(body, version=1, declared=None, signature=None):
    head = b"COPLANPK" + struct.pack(">Hq", version, len(body) if declared is None else declared) + body
    digest = hashlib.sha256(head).digest()
    if signature is None:
        signature = PUBLIC + KEY.sign(digest)
    return head + digest + struct.pack(">H", len(signature)) + signature


def write(name, data):
    with open(name + ".coplan", "wb") as out:
        out.write(data)


good = envelope(content([change(inserted=programme())]))
write("not-a-package", b"Minutes of the working group, 12 March\n")
write("newer-version", envelope(content([change(inserted=programme())]), version=2))
write("bad-version", envelope(content([change(inserted=programme())]), version=0))
write("too-large", envelope(b"", declared=1 << 40))
write("truncated", good[: len(good) // 2])
write("trailing-data", good + b"\x00")
tampered = bytearray(good)
tampered[60] ^= 0x01
write("digest-mismatch", bytes(tampered))
write("bad-signature-length", envelope(content([change(inserted=programme())]), signature=b"\x01" * 64))
write("unsigned", envelope(content([change(inserted=programme())]), signature=b""))
# altered after signing, with the digest made to fit again: only the signature can tell
signed_section = good[-(2 + 96):]
altered = envelope(content([change(inserted=programme(title="Programme of someone else"))]))
write("bad-signature", altered[: -(2 + 96)] + signed_section)
write("damaged-end", envelope(content([change(inserted=programme())])[:-20]))
write("damaged-extra", envelope(content([change(inserted=programme())], extra=b"\x00\x00")))
write("damaged-kind", envelope(content([change(kind=9, inserted=programme())])))
write("damaged-change", envelope(content([change(kind=2, field="*", value="x")])))
write("damaged-number", envelope(content([change(seq=0, inserted=programme())])))
write("damaged-length", envelope(content([change(inserted=programme())]).replace(text("programme"),
                                                                               struct.pack(">i", 0x7fff0000), 1)))
write("damaged-text", envelope(content([change(inserted=programme(title=b"\xff\xfe"))])))
write("unnamed-replica", envelope(content([change(replica=OTHER, inserted=programme())])))
write("unknown-type", envelope(content([change(entity_type="spaceship", inserted={"name": "Mir"})])))
write("unknown-field", envelope(content([change(inserted=programme(colour="red"))])))
write("bad-value", envelope(content([change(inserted=programme(period_start="soon"))])))
write("breaks-rule", envelope(content([change(inserted=programme(period_finish="2025-01-01"))])))
# the same writer's one good package: proves that a second implementation of the documented format is read
write("../good-programme", good)
