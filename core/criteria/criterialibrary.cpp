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

QList<CriteriaLibraryEntry> CriteriaLibrary::entries(const Workspace *workspace)
{
    CriteriaRegistry fallback;
    if (!workspace)
        fallback = CriteriaRegistry::withBuiltins();
    const CriteriaRegistry &registry = workspace ? workspace->criteria() : fallback;
    const QList<Declaration> declarations = workspace ? workspace->declarations() : QList<Declaration>();
    QList<CriteriaLibraryEntry> entries;
    for (const CriteriaSet &set : registry.sets()) {
        CriteriaLibraryEntry entry{set, originKind(set), registry.supersededBy(set.id), {}};
        for (const Declaration &d : declarations) {
            if (d.criteriaSetId == set.id)
                entry.declarations << d;
        }
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(),
              [](const CriteriaLibraryEntry &a, const CriteriaLibraryEntry &b) { return a.set.id < b.set.id; });
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
    if (const CriteriaSet *known = workspace->criteria().find(result.set->id); known && known->json != result.set->json) {
        problems->append({path, QStringLiteral("/id"),
                          tr("A different criteria set with the id %1 is already known (%2); give this version its own id.")
                              .arg(result.set->id, known->origin)});
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
