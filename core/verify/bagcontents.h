// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <map>

namespace hoshi {

// What one streaming pass over a bag's ZIP found: the hashes and size of every file (payload and
// tag files apart), the content of the small tag files and of data/declaration.json.
struct BagContents {
    struct Actual {
        QString sha256;
        QString sha512;
        qint64 size = 0;
    };
    QString root;                           // the bag folder in the ZIP ("" = the ZIP's root)
    std::map<QString, Actual> payload;      // "data/..." paths, sorted
    std::map<QString, Actual> tags;         // every other file of the bag
    QHash<QString, QByteArray> tagContent;  // tag file path -> bytes
    QByteArray declarationBytes;            // data/declaration.json
    QStringList outside;                    // ZIP entries next to the bag folder
    bool hasPayloadFolder = false;          // a data/ folder (entry or parent of a file) exists
};

} // namespace hoshi
