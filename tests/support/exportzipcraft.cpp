// SPDX-License-Identifier: Apache-2.0
#include "exportzipcraft.h"

#include <QtEndian>

namespace exporttest {

namespace {

void put16(QByteArray &out, quint16 v)
{
    const char b[2] = {char(v & 0xff), char(v >> 8)};
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

} // namespace

quint32 ZipCraft::crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xffffffffu;
    for (const char ch : data)
        crc = table[(crc ^ uchar(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray ZipCraft::deflateRaw(const QByteArray &data)
{
    // qCompress: 4-byte length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}

QByteArray ZipCraft::build(const QList<CraftedEntry> &entries)
{
    QByteArray out;
    QList<quint32> offsets;
    QList<QByteArray> payloads;
    for (const CraftedEntry &e : entries) {
        const QByteArray payload = e.deflate ? deflateRaw(e.data) : e.data;
        payloads.append(payload);
        if (e.sharesDataWith >= 0) {
            offsets.append(offsets.at(e.sharesDataWith));
            continue;
        }
        offsets.append(quint32(out.size()));
        const QByteArray name = e.localName.isEmpty() ? e.name : e.localName;
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, e.utf8Flag ? 0x0800 : 0);
        put16(out, e.deflate ? 8 : 0);
        put16(out, 0);      // time
        put16(out, 0x5a21); // date 2025-01-01
        put32(out, crc32(e.data) ^ e.crcXor);
        put32(out, quint32(payload.size()));
        put32(out, size);
        put16(out, quint16(name.size()));
        put16(out, 0);
        out.append(name);
        out.append(payload);
    }
    const quint32 cdOffset = quint32(out.size());
    for (int i = 0; i < entries.size(); ++i) {
        const CraftedEntry &e = entries.at(i);
        const QByteArray &payload = payloads.at(e.sharesDataWith >= 0 ? e.sharesDataWith : i);
        const CraftedEntry &source = e.sharesDataWith >= 0 ? entries.at(e.sharesDataWith) : e;
        const quint32 size = quint32(source.declaredSize >= 0 ? source.declaredSize : source.data.size());
        put32(out, 0x02014b50);
        put16(out, 0x0314); // made by Unix, 2.0
        put16(out, 20);
        put16(out, e.utf8Flag ? 0x0800 : 0);
        put16(out, source.deflate ? 8 : 0);
        put16(out, 0);
        put16(out, 0x5a21);
        put32(out, crc32(source.data) ^ source.crcXor);
        put32(out, quint32(payload.size()));
        put32(out, size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        put16(out, 0);
        put16(out, 0);
        put16(out, 0);
        put32(out, e.unixMode << 16);
        put32(out, offsets.at(i));
        out.append(e.name);
    }
    const quint32 cdSize = quint32(out.size()) - cdOffset;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, cdSize);
    put32(out, cdOffset);
    put16(out, 0);
    return out;
}

} // namespace exporttest
