// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criterialoader.h"

#include <QList>
#include <QString>

namespace hoshi {

// Every criteria set the application knows: the built-in ones (compiled in as resources),
// a user folder, and the copies stored inside an open workspace.
class CriteriaRegistry
{
public:
    // A registry already holding the built-in sets.
    [[nodiscard]] static CriteriaRegistry withBuiltins();

    // Loads every *.json in a folder; returns the problems (a bad file never stops the others).
    QList<CriteriaProblem> loadFolder(const QString &folder);
    // Adds a set; a second set with the same id and data revision is accepted only if it is
    // byte-identical.
    bool add(const CriteriaSet &set, CriteriaProblem *problem = nullptr);

    // The newest data revision of an official id, or nullptr.
    [[nodiscard]] const CriteriaSet *find(const QString &id) const;
    [[nodiscard]] const CriteriaSet *find(const QString &id, int dataRevision) const;
    // The data revisions known for an official id, ascending.
    [[nodiscard]] QList<int> dataRevisions(const QString &id) const;
    [[nodiscard]] const QList<CriteriaSet> &sets() const { return m_sets; }
    // The id of a known set that lists this one in its "supersedes" ("" when none does).
    [[nodiscard]] QString supersededBy(const QString &id) const;

    // The folder users drop their own criteria files into (under the app data location).
    [[nodiscard]] static QString userFolder();

private:
    QList<CriteriaSet> m_sets;
};

} // namespace hoshi
