// SPDX-License-Identifier: Apache-2.0
#include "mappinglibrary.h"

#include "criteria/criteriaregistry.h"
#include "util/errors.h"

#include <QDir>
#include <QJsonObject>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace hoshi::markets {

namespace {

const QString OverlayKind = QStringLiteral("hoshi-mapping-text-overlay");

} // namespace

QString relationshipKey(Relationship r)
{
    switch (r) {
    case Relationship::Equivalent:
        return QStringLiteral("equivalent");
    case Relationship::Subset:
        return QStringLiteral("subset");
    case Relationship::Superset:
        return QStringLiteral("superset");
    case Relationship::Intersects:
        break;
    }
    return QStringLiteral("intersects");
}

std::optional<Relationship> relationshipFromKey(const QString &key)
{
    for (Relationship r : {Relationship::Equivalent, Relationship::Subset, Relationship::Superset, Relationship::Intersects}) {
        if (relationshipKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString provenanceKey(Provenance p)
{
    return p == Provenance::Official ? QStringLiteral("official") : QStringLiteral("ours");
}

std::optional<Provenance> provenanceFromKey(const QString &key)
{
    if (key == QLatin1String("official"))
        return Provenance::Official;
    if (key == QLatin1String("ours"))
        return Provenance::Ours;
    return std::nullopt;
}

const TargetRequirement *MappingSet::target(const QString &id) const
{
    for (const TargetRequirement &t : targets) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QList<MappingEntry> MappingSet::entriesForTarget(const QString &targetId) const
{
    QList<MappingEntry> out;
    for (const MappingEntry &e : entries) {
        if (e.targetId == targetId)
            out << e;
    }
    return out;
}

QList<MappingEntry> MappingSet::entriesForSource(const QString &sourceItemId) const
{
    QList<MappingEntry> out;
    for (const MappingEntry &e : entries) {
        if (e.sourceItemId == sourceItemId)
            out << e;
    }
    return out;
}

QString MappingProblem::toString() const
{
    return QStringLiteral("%1: %2: %3").arg(file, pointer.isEmpty() ? QStringLiteral("(document)") : pointer, message);
}

const MappingLibrary &MappingLibrary::shipped()
{
    static const MappingLibrary library = [] {
        MappingLibrary lib;
        const CriteriaRegistry criteria = CriteriaRegistry::withBuiltins();
        const QDir dir(QStringLiteral(":/mappings/sets"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QList<MappingProblem> problems;
            // Shipped files are validated by the test suite; a broken one is a build defect.
            const bool loaded = lib.loadFile(dir.filePath(name), criteria, &problems);
            Q_ASSERT_X(loaded, "MappingLibrary", qPrintable(problems.value(0).toString()));
            Q_UNUSED(loaded)
        }
        return lib;
    }();
    return library;
}

QString MappingLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mappings");
}

MappingLibrary MappingLibrary::withUserFiles(QList<MappingProblem> *problems)
{
    MappingLibrary lib = shipped();
    const CriteriaRegistry criteria = CriteriaRegistry::withBuiltins();
    const QDir dir(userFolder());
    // Mapping sets first, so that an overlay finds the set it lays text over whatever the names.
    QStringList overlays;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        const bool isOverlay = f.open(QIODevice::ReadOnly) && f.read(MaxFileSize).contains(OverlayKind.toUtf8());
        if (isOverlay)
            overlays << dir.filePath(name);
        else
            lib.loadFile(dir.filePath(name), criteria, problems);
    }
    for (const QString &path : overlays)
        lib.loadFile(path, criteria, problems);
    return lib;
}

bool MappingLibrary::loadFile(const QString &path, QString *error)
{
    QList<MappingProblem> problems;
    if (loadFile(path, CriteriaRegistry::withBuiltins(), &problems))
        return true;
    QStringList lines;
    for (const MappingProblem &p : problems)
        lines << p.toString();
    setError(error, lines.join(QLatin1Char('\n')));
    return false;
}

bool MappingLibrary::loadFile(const QString &path, const CriteriaRegistry &criteria, QList<MappingProblem> *problems)
{
    const auto refuse = [&](const QString &message) {
        if (problems)
            problems->append({path, QString(), message});
        return false;
    };
    if (QFileInfo(path).isDir())
        return refuse(tr("is a folder, not a mapping file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("cannot be read: %1").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return refuse(tr("is %1 bytes; mapping files are at most %2 bytes").arg(file.size()).arg(MaxFileSize));
    return loadData(file.readAll(), path, criteria, problems);
}

const MappingSet *MappingLibrary::find(const QString &id) const
{
    for (const MappingSet &s : m_sets) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<const MappingSet *> MappingLibrary::all() const
{
    QList<const MappingSet *> out;
    for (const MappingSet &s : m_sets)
        out << &s;
    return out;
}

QList<const MappingSet *> MappingLibrary::forSource(const QString &criteriaId) const
{
    QList<const MappingSet *> out;
    for (const MappingSet &s : m_sets) {
        if (s.sourceCriteriaId == criteriaId)
            out << &s;
    }
    return out;
}

} // namespace hoshi::markets
