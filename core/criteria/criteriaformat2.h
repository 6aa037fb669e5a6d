// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteriaset.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace hoshi {

// The parts of the criteria format that version 2 added: the documents a set cites, the
// public-comment period of a draft, evaluation points and per-field provenance. Kept apart
// from the loader so format 1 stays exactly as it was and the loader only calls in here.
namespace CriteriaFormat2 {

using Fail = std::function<void(const QString &pointer, const QString &message)>;

// Rules the schema cannot state: format-2 keys only with formatVersion 2, unique point ids,
// point methods among the item's methods, provenance documents that exist in "documents".
void checkRules(const QJsonObject &root, const Fail &fail);

// Fills the format-2 fields of an already parsed set / item (no-ops for format 1).
void parseSet(const QJsonObject &root, CriteriaSet &set);
void parseItem(const QJsonObject &item, CriteriaItem &out);

// The evaluation points as hashed into an item's content hash (empty when it has none), so
// a changed point sends the item to review on carry-over and format-1 hashes stay the same.
[[nodiscard]] QJsonObject pointsForHash(const CriteriaItem &item);

// Turns a format-1 file into format 2 (the new fields are all optional, so only the version
// changes). Returns the new bytes, or an empty array with *error set.
[[nodiscard]] QByteArray migrateToFormat2(const QByteArray &format1, QString *error);

} // namespace CriteriaFormat2

} // namespace hoshi
