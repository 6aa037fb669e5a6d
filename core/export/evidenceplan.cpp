// SPDX-License-Identifier: Apache-2.0
#include "evidenceplan.h"

#include "exporttext.h"

#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hoshi {

QString EvidencePlan::fileName(int number, const QString &originalName, const QString &mediaType, int maxLength)
{
    // Only the last component of a name that came with a path ("../x", "C:\\dir\\x").
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QString name = originalName.section(separators, -1);
    // The extension survives when it is plain ASCII, else it comes from the media type.
    QString base = name;
    QString extension;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    static const QRegularExpression asciiExtension(QStringLiteral("^[A-Za-z0-9]{1,10}$"));
    if (dot > 0 && asciiExtension.match(name.mid(dot + 1)).hasMatch()) {
        extension = name.mid(dot + 1).toLower();
        base = name.left(dot);
    } else {
        const QString suffix = QMimeDatabase().mimeTypeForName(mediaType).preferredSuffix();
        extension = asciiExtension.match(suffix).hasMatch() ? suffix.toLower() : QStringLiteral("bin");
        if (dot > 0)
            base = name.left(dot);
    }
    const QString prefix = QStringLiteral("%1_").arg(number, 3, 10, QLatin1Char('0'));
    const int room = std::max(1, maxLength - int(prefix.size()) - 1 - int(extension.size()));
    return prefix + ExportText::asciiSlug(base, room, QStringLiteral("file")) + QLatin1Char('.') + extension;
}

EvidencePlan EvidencePlan::make(const DeclarationSnapshot &snapshot)
{
    EvidencePlan plan;
    QSet<QString> folders;
    for (const CriteriaItem &item : snapshot.criteria.items) {
        QList<const Evidence *> evidence;
        const auto it = snapshot.evidence.constFind(item.id);
        if (it != snapshot.evidence.constEnd()) {
            for (const Evidence &e : *it)
                evidence.append(&e);
        }
        std::sort(evidence.begin(), evidence.end(), [](const Evidence *a, const Evidence *b) { return a->id < b->id; });

        // Item ids are ASCII in every known criteria set; a user's file might not be.
        QString folder = ExportText::asciiSlug(item.id, 24, QStringLiteral("item"));
        for (int n = 2; folders.contains(folder.toLower()); ++n)
            folder = ExportText::asciiSlug(item.id, 20, QStringLiteral("item")) + QStringLiteral("-%1").arg(n);
        folders.insert(folder.toLower());
        const QString folderPath = QStringLiteral("data/evidence/%1/").arg(folder);
        int number = 0;
        for (const Evidence *e : std::as_const(evidence)) {
            QList<const EvidenceFile *> files;
            for (const EvidenceFile &f : e->files)
                files.append(&f);
            std::sort(files.begin(), files.end(), [](const EvidenceFile *a, const EvidenceFile *b) { return a->id < b->id; });
            if (files.isEmpty())
                plan.m_uses.append({item.id, e, nullptr, QString()});
            for (const EvidenceFile *f : std::as_const(files)) {
                QString path = plan.m_pathBySha.value(f->sha256);
                if (path.isEmpty()) {
                    path = folderPath + fileName(++number, f->originalName, f->mediaType,
                                                 MaxPathLength - int(folderPath.size()));
                    plan.m_pathBySha.insert(f->sha256, path);
                    plan.m_files.append({f->sha256, path, f->size, f->mediaType, f->originalName, f->addedAt});
                }
                plan.m_uses.append({item.id, e, f, path});
            }
        }
    }
    return plan;
}

qint64 EvidencePlan::totalBytes() const
{
    qint64 total = 0;
    for (const PlannedFile &f : m_files)
        total += f.size;
    return total;
}

} // namespace hoshi
