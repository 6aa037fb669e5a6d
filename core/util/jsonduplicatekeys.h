// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hoshi {

// QJsonDocument keeps one value when an object repeats a key and says nothing. A file whose
// meaning depends on which one survives (`"notApplicable"` twice) must be refused instead, so
// the raw text is scanned for repeated keys. Keys are compared after decoding escapes
// ("a" and "\u0061" are the same key).
class JsonDuplicateKeys
{
public:
    struct Duplicate {
        QString pointer; // RFC 6901 JSON pointer of the repeated key: "/items/3/notApplicable"
        QString key;
    };
    // Every repeated key in document order; empty for text that is not well-formed JSON (the
    // parser reports that) or nested deeper than MaxDepth.
    [[nodiscard]] static QList<Duplicate> find(const QByteArray &json);
    // The same scan, telling whether it read the whole text (false: not JSON, or nested deeper
    // than MaxDepth); *duplicates gets what was found either way.
    [[nodiscard]] static bool scan(const QByteArray &json, QList<Duplicate> *duplicates);

    static constexpr int MaxDepth = 512;
};

} // namespace hoshi
