#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes a small password-protected PDF (standard security handler, RC4 40-bit, user
password "hoshi") for the preview's password test: tests/forms/data/encrypted.pdf.
No PDF tool on the build machine writes encrypted PDFs, so this follows the PDF 1.7
specification (7.6.3, algorithms 2, 3 and 4) directly.

    tools/make_encrypted_pdf.py tests/forms/data/encrypted.pdf
"""
import hashlib
import sys

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def padded(password):
    return (password.encode("latin-1") + PAD)[:32]


def main(path):
    user, owner = "hoshi", "owner-secret"
    permissions = -4  # everything allowed
    file_id = hashlib.md5(b"hoshi test fixture").digest()
    o_entry = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
    key = hashlib.md5(padded(user) + o_entry + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    u_entry = rc4(key, PAD)

    def encrypt(number, data):
        object_key = hashlib.md5(key + number.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
        return rc4(object_key, data)

    content = encrypt(4, b"BT /F1 24 Tf 72 700 Td (Secret page about lockout) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o_entry.hex().encode() + b"> /U <" + u_entry.hex().encode()
        + b"> /P %d >>" % permissions,
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, file_id.hex().encode(), file_id.hex().encode(), xref))
    with open(path, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "encrypted.pdf")
