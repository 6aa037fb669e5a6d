// SPDX-License-Identifier: Apache-2.0
#include "criterialibrary.h"

#include "storage/workspace.h"

namespace hoshi {

QString CriteriaLibrary::originKind(const CriteriaSet &set)
{
    if (set.origin.startsWith(QLatin1String(":/")))
        return QStringLiteral("built-in");
    if (set.origin == QLatin1String("workspace"))
        return QStringLiteral("workspace");
    if (set.origin.startsWith(CriteriaRegistry::userFolder()))
        return QStringLiteral("user-folder");
    return QStringLiteral("file");
}

QString CriteriaLibrary::key(const CriteriaSet &set)
{
    return QStringLiteral("%1@%2").arg(set.id).arg(set.dataRevision);
}

QString CriteriaLibrary::displayName(const QString &id, int dataRevision)
{
    return tr("%1 (Hoshi data revision %2)").arg(id).arg(dataRevision);
}

QList<CriteriaLibraryEntry> CriteriaLibrary::entries(const Workspace *workspace)
{
    CriteriaRegistry fallback;
    if (!workspace)
        fallback = CriteriaRegistry::withBuiltins();
    const CriteriaRegistry &registry = workspace ? workspace->criteria() : fallback;
    const QList<Declaration> declarations = workspace ? workspace->declarations() : QList<Declaration>();
    QList<CriteriaLibraryEntry> entries;
    for (const CriteriaSet &set : registry.sets()) {
        const int newest = registry.dataRevisions(set.id).last();
        CriteriaLibraryEntry entry{set, originKind(set), registry.supersededBy(set.id),
                                   newest > set.dataRevision ? newest : 0, {}};
        for (const Declaration &d : declarations) {
            if (d.criteriaSetId == set.id && d.criteriaDataRevision == set.dataRevision)
                entry.declarations << d;
        }
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const CriteriaLibraryEntry &a, const CriteriaLibraryEntry &b) {
        return a.set.id != b.set.id ? a.set.id < b.set.id : a.set.dataRevision < b.set.dataRevision;
    });
    return entries;
}

bool CriteriaLibrary::importFile(Workspace *workspace, const QString &path, QString *importedId,
                                 QList<CriteriaProblem> *problems)
{
    const CriteriaLoadResult result = CriteriaLoader::loadFile(path);
    if (!result.set) {
        *problems = result.problems;
        return false;
    }
    QString error;
    if (!workspace) {
        problems->append({path, QString(), tr("Open a workspace to import criteria into it.")});
        return false;
    }
    if (const CriteriaSet *known = workspace->criteria().find(result.set->id, result.set->dataRevision);
        known && known->json != result.set->json) {
        problems->append({path, QStringLiteral("/dataRevision"),
                          tr("A different data revision %1 of the criteria set %2 is already known (%3); give this file "
                             "the next data revision.")
                              .arg(result.set->dataRevision).arg(result.set->id, known->origin)});
        return false;
    }
    if (!workspace->addCriteriaSet(*result.set, &error)) {
        problems->append({path, QStringLiteral("/id"), error});
        return false;
    }
    if (importedId)
        *importedId = result.set->id;
    return true;
}

} // namespace hoshi
