// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoshi {

class Workspace;

// One evidence record of an import file: what `hoshi-cli evidence add` takes on its command line.
struct EvidenceImportRecord {
    QStringList items;
    Evidence evidence;
    QStringList files; // absolute paths
};

// Many evidence records in one go, for test rigs that push their results after every build.
// The file is a JSON array of objects whose keys mirror the `evidence add` options in camelCase:
// kind ("document" or "device-test"), items (array of item ids), title, docNumber, page, chapter,
// url, excerpt, procedure, summary, testedOn (YYYY-MM-DD), tester, firmwareVersion, environment,
// effectiveOn and reviewBy (YYYY-MM-DD; the review date not before the effective date), tool,
// toolVersion, target, firmwareImageSha256 (64 hex digits), files (array of paths, relative ones
// from the JSON file's folder). Unknown keys are refused, so a misspelt key is not silently lost.
// Errors name the record by its 1-based position.
class EvidenceImport
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::EvidenceImport)

public:
    [[nodiscard]] static bool parse(const QByteArray &json, const QString &baseDir, QList<EvidenceImportRecord> *records,
                                    QString *error);
    // Adds every record with its files to the declaration as one transaction: all or nothing.
    // *ids receives the new evidence ids in the order of the records.
    [[nodiscard]] static bool run(Workspace &workspace, qint64 declarationId, const QList<EvidenceImportRecord> &records,
                                  QList<qint64> *ids, QString *error);
};

} // namespace hoshi
