// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi {

class Workspace;
struct ReviewComment;

// What an import did (or, from plan(), would do).
struct FindingsImportResult {
    qint64 declarationId = -1;
    bool matchedByExport = false; // false: by the declaration's identity (archive exported before exports were recorded)
    int findings = 0;
    int accepted = 0;
    int questions = 0;
    int moreEvidence = 0;
    bool remarks = false;
    QString reviewer;
    SignatureInfo signature;
};

// Turns a reviewer's findings file into review comments on the declaration that produced the
// archive, all or nothing. Refused, with nothing changed: a malformed file, one whose signature
// does not verify, one about an archive this workspace did not export, one about another
// declaration (than the one its export id belongs to, or than the target the user chose), one
// naming items the declaration does not have, and one imported before.
class FindingsImporter
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FindingsImporter)

public:
    // targetDeclarationId: the declaration the user means (GUI: the open one; CLI: --declaration),
    // or -1 to take the one the findings belong to.
    [[nodiscard]] static bool run(Workspace &workspace, const QString &findingsPath, qint64 targetDeclarationId,
                                  FindingsImportResult *result, QString *error);
    // Everything run() checks, without changing anything; fills the comments it would add.
    [[nodiscard]] static bool plan(const Workspace &workspace, const LoadedFindings &findings,
                                   qint64 targetDeclarationId, QList<ReviewComment> *comments,
                                   FindingsImportResult *result, QString *error);
    // "findings:<export id>", the origin of every comment an import adds.
    [[nodiscard]] static QString originOf(const FindingsDocument &document);
};

} // namespace hoshi
