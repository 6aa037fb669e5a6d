// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hoshi {

// Where every evidence file of a declaration goes inside the retained archive. Decided from
// the snapshot alone, in criteria order, evidence id order and file id order, so that two
// exports of unchanged data name every file identically (and so give identical manifests).
//
// Content is stored once per SHA-256: a file backing several items (or attached twice) lives in
// the folder of the first item that uses it, and evidence-index.csv lists every use.
// Paths are ASCII only and at most MaxPathLength characters, relative to the bag root:
//   data/evidence/<item>/<nnn>_<ascii-name>.<ext>
struct PlannedFile {
    QString sha256;
    QString path; // relative to the bag root
    qint64 size = 0;
    QString mediaType;
    QString originalName;
    QDateTime addedAt;
};

struct EvidenceUse {
    QString itemId;
    const Evidence *evidence = nullptr; // points into the snapshot
    const EvidenceFile *file = nullptr; // nullptr: the evidence has no file
    QString path;                       // bag path of the file, empty without a file
};

class EvidencePlan
{
public:
    static constexpr int MaxPathLength = 120;

    // The snapshot must outlive the plan (uses point into it).
    [[nodiscard]] static EvidencePlan make(const DeclarationSnapshot &snapshot);

    [[nodiscard]] const QList<PlannedFile> &files() const { return m_files; }
    [[nodiscard]] const QList<EvidenceUse> &uses() const { return m_uses; }
    [[nodiscard]] QString pathOf(const QString &sha256) const { return m_pathBySha.value(sha256); }
    [[nodiscard]] qint64 totalBytes() const;

    // "ログイン試験 v2.LOG" -> "001_v2.log"; exposed for tests.
    [[nodiscard]] static QString fileName(int number, const QString &originalName, const QString &mediaType,
                                          int maxLength);

private:
    QList<PlannedFile> m_files;
    QList<EvidenceUse> m_uses;
    QHash<QString, QString> m_pathBySha;
};

} // namespace hoshi
