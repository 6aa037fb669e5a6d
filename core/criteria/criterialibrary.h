// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criterialoader.h"
#include "domain/model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hoshi {

class Workspace;

// One criteria set as the criteria library lists it: where it comes from, what supersedes it,
// and which declarations of the open workspace were assessed against it.
struct CriteriaLibraryEntry {
    CriteriaSet set;
    QString originKind;   // "built-in", "user-folder", "workspace" or "file"
    QString supersededBy; // id of a known set listing this one in "supersedes"
    int newerDataRevision = 0; // the newest data revision of the same official id, when newer
    QList<Declaration> declarations; // those on this official id and data revision
};

class CriteriaLibrary
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CriteriaLibrary)

public:
    // Every set known to this installation and, when given, the workspace (its stored copies
    // included), sorted by id.
    [[nodiscard]] static QList<CriteriaLibraryEntry> entries(const Workspace *workspace);
    [[nodiscard]] static QString originKind(const CriteriaSet &set);
    // A set's key among the library's entries: official id and data revision ("ID@REV").
    [[nodiscard]] static QString key(const CriteriaSet &set);
    // IPA's id with Hoshi's data revision, for Hoshi's own screens (never an IPA-facing output):
    // "JST-CR-01-01-2024R1 (Hoshi data revision 3)".
    [[nodiscard]] static QString displayName(const QString &id, int dataRevision);
    // Validates a criteria file and stores it in the workspace. On failure nothing changes and
    // *problems holds each problem with its file and JSON pointer.
    [[nodiscard]] static bool importFile(Workspace *workspace, const QString &path, QString *importedId,
                                         QList<CriteriaProblem> *problems);
};

} // namespace hoshi
