// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

// Builds ZIP files byte by byte for tests, so that hostile archives (traversal, symlinks,
// duplicates, lying headers, overlapping entries, bad CRCs) can be generated at run time
// instead of being committed as binaries.
namespace exporttest {

struct CraftedEntry {
    QByteArray name;            // raw bytes as stored in both headers
    QByteArray data;            // uncompressed content
    bool deflate = false;
    quint32 unixMode = 0100644; // st_mode stored in the external attributes (host = Unix)
    bool utf8Flag = true;
    quint32 crcXor = 0;         // non-zero: store a wrong CRC
    qint64 declaredSize = -1;   // >= 0: lie about the uncompressed size
    QByteArray localName;       // non-empty: a different name in the local header
    int sharesDataWith = -1;    // >= 0: central directory entry points at that entry's local header
};

class ZipCraft
{
public:
    [[nodiscard]] static QByteArray build(const QList<CraftedEntry> &entries);
    [[nodiscard]] static quint32 crc32(const QByteArray &data);
    // Raw deflate (no zlib header) of data.
    [[nodiscard]] static QByteArray deflateRaw(const QByteArray &data);
};

} // namespace exporttest
