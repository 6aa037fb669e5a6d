// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi::storage {

// Before schema step 8, Hoshi shipped corrections of its criteria data as sets with ids of its
// own ("<official id>-rev2"), ids IPA never issued. Step 8 turns each into a data revision of
// the official id. Only the ids Hoshi itself shipped are known here: a user's set is never renamed.
struct LegacyCriteriaId {
    QString legacyId;   // the id Hoshi used
    QString officialId; // IPA's id it stood for
    int dataRevision = 0;
};

[[nodiscard]] const QList<LegacyCriteriaId> &legacyCriteriaIds();
[[nodiscard]] std::optional<LegacyCriteriaId> legacyCriteriaId(const QString &id);

// The bytes of a legacy set rewritten as data revision `dataRevision` of the official id: "id"
// set to it, "dataRevision" added, the official id dropped from "supersedes" (a revision does
// not supersede its own set), and "Hoshi data revision N" taken out of the title and version (IPA
// sees those). Everything else is unchanged. Empty with *error on input that is not such a set.
[[nodiscard]] QByteArray upgradeLegacyCriteria(const QByteArray &json, const LegacyCriteriaId &legacy, QString *error);

} // namespace hoshi::storage
