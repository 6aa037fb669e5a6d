// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteriaset.h"

#include <QList>
#include <QString>

#include <optional>

namespace hoshi {

// One thing wrong with a criteria file, located precisely enough to fix it by hand.
struct CriteriaProblem {
    QString file;    // path or resource name
    QString pointer; // JSON pointer, "" for the whole document
    QString message;

    [[nodiscard]] QString toString() const;
};

struct CriteriaLoadResult {
    std::optional<CriteriaSet> set; // empty when any problem was found
    QList<CriteriaProblem> problems;
};

// Parses and validates criteria files against criteria/schema.json (compiled in as
// ":/criteria/schema.json") plus the rules a schema can not express (unique item ids,
// a condition for every item that allows N/A).
class CriteriaLoader
{
public:
    [[nodiscard]] static CriteriaLoadResult loadFile(const QString &path);
    [[nodiscard]] static CriteriaLoadResult loadData(const QByteArray &json, const QString &origin);
    // What the item says (Hoshi's texts included); see CriteriaItem::contentHash.
    [[nodiscard]] static QString itemContentHash(const CriteriaItem &item);
    // The item's official identity; see CriteriaItem::identityHash. Carry-over matches on it.
    [[nodiscard]] static QString itemIdentityHash(const CriteriaItem &item);

    // Files are small; anything larger is not a criteria file and is refused before parsing.
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
};

} // namespace hoshi
