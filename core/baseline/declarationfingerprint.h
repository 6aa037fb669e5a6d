// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hoshi {

// A fingerprint of what a declaration says: organisation and product fields, criteria set and
// route, every verdict, justification and note, every evidence record with its files' hashes.
// It leaves out what changes without the content changing: the workflow state, label data,
// edit and import times, the software version and derived texts. Sign-off records it; any later
// change to the content gives another fingerprint, so an approval can be seen to be stale.
class DeclarationFingerprint
{
public:
    // Hex SHA-256 over contentJson (compact, keys sorted).
    [[nodiscard]] static QString of(const DeclarationSnapshot &snapshot);
    // The same from DeclarationJson bytes (a baseline or an archive's data/declaration.json);
    // empty when the bytes are not a declaration.
    [[nodiscard]] static QString ofJson(const QByteArray &declarationJson);
    // The part of a DeclarationJson object the fingerprint covers.
    [[nodiscard]] static QJsonObject contentJson(const QJsonObject &declarationJson);
    // The DeclarationJson bytes of a snapshot, exactly as the evidence archive writes them.
    [[nodiscard]] static QByteArray declarationJson(const DeclarationSnapshot &snapshot);
};

} // namespace hoshi
