// SPDX-License-Identifier: Apache-2.0
#include "criteriaregistry.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace hoshi {

CriteriaRegistry CriteriaRegistry::withBuiltins()
{
    CriteriaRegistry registry;
    const QDir dir(QStringLiteral(":/criteria/sets"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        CriteriaLoadResult result = CriteriaLoader::loadFile(dir.filePath(name));
        // Built-in files are validated by the test suite; a broken one is a build defect.
        Q_ASSERT_X(result.set, "CriteriaRegistry", qPrintable(result.problems.value(0).toString()));
        if (result.set)
            registry.add(*result.set);
    }
    return registry;
}

QList<CriteriaProblem> CriteriaRegistry::loadFolder(const QString &folder)
{
    QList<CriteriaProblem> problems;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        CriteriaLoadResult result = CriteriaLoader::loadFile(dir.filePath(name));
        problems << result.problems;
        CriteriaProblem problem;
        if (result.set && !add(*result.set, &problem))
            problems << problem;
    }
    return problems;
}

bool CriteriaRegistry::add(const CriteriaSet &set, CriteriaProblem *problem)
{
    if (const CriteriaSet *existing = find(set.id, set.dataRevision)) {
        if (existing->json == set.json)
            return true;
        if (problem)
            *problem = {set.origin, QStringLiteral("/dataRevision"),
                        QStringLiteral("data revision %1 of set \"%2\" is already defined by %3 with different "
                                       "content; give this file the next data revision")
                            .arg(set.dataRevision).arg(set.id, existing->origin)};
        return false;
    }
    m_sets.append(set);
    return true;
}

const CriteriaSet *CriteriaRegistry::find(const QString &id) const
{
    const CriteriaSet *newest = nullptr;
    for (const CriteriaSet &set : m_sets) {
        if (set.id == id && (!newest || set.dataRevision > newest->dataRevision))
            newest = &set;
    }
    return newest;
}

const CriteriaSet *CriteriaRegistry::find(const QString &id, int dataRevision) const
{
    for (const CriteriaSet &set : m_sets) {
        if (set.id == id && set.dataRevision == dataRevision)
            return &set;
    }
    return nullptr;
}

QList<int> CriteriaRegistry::dataRevisions(const QString &id) const
{
    QList<int> revisions;
    for (const CriteriaSet &set : m_sets) {
        if (set.id == id)
            revisions << set.dataRevision;
    }
    std::sort(revisions.begin(), revisions.end());
    return revisions;
}

QString CriteriaRegistry::supersededBy(const QString &id) const
{
    for (const CriteriaSet &set : m_sets) {
        if (set.supersedes.contains(id))
            return set.id;
    }
    return {};
}

QString CriteriaRegistry::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/criteria");
}

} // namespace hoshi
