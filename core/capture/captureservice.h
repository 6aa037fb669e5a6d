// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "captureresult.h"

#include <QCoreApplication>
#include <QString>

namespace hoshi {

class Workspace;

// Optional details of a capture beyond the output file.
struct CaptureOptions {
    QString firmwareImagePath;  // hashed (SHA-256) into Evidence::firmwareImageSha256 when given
    QString firmwareVersion;    // "" = the product's current firmware version
    QString recipeTarget;       // "" = the target the output names
};

// Turns a tool's output file into device-test evidence: the raw file attached unchanged, the
// parsed findings beside it as "<name>.findings.json", tool, version, target, time, recipe and
// firmware image hash on the record, all in one transaction (nothing is written on failure).
class CaptureService
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CaptureService)

public:
    // The new evidence id, or -1 with *error. *result (when given) receives what was parsed.
    [[nodiscard]] static qint64 capture(Workspace &ws, qint64 declarationId, const QString &itemId, CaptureTool tool,
                                        const QString &filePath, const CaptureOptions &options, QString *error,
                                        CaptureResult *result = nullptr);
    // The same with already parsed content; used by capture() and rerun().
    [[nodiscard]] static qint64 captureParsed(Workspace &ws, qint64 declarationId, const QStringList &itemIds,
                                              const CaptureResult &parsed, const QString &fileName,
                                              const QByteArray &raw, const CaptureOptions &options, QString *error);
    // Stores the new evidence for an already run recipe output and marks the old one superseded,
    // linked to the same items of every declaration the old one backs in declarationId.
    [[nodiscard]] static qint64 captureRerun(Workspace &ws, qint64 oldEvidenceId, qint64 declarationId,
                                             const QString &outputPath, const CaptureOptions &options, QString *error,
                                             CaptureResult *result = nullptr);
    // Runs the old evidence's recipe again (ToolRun, blocking) against target ("" = the recipe's)
    // and captures the result with captureRerun().
    [[nodiscard]] static qint64 rerun(Workspace &ws, qint64 oldEvidenceId, const QString &target,
                                      const CaptureOptions &options, QString *error, CaptureResult *result = nullptr,
                                      int timeLimitSeconds = 600);
    // The user's answer to one finding (empty note clears it); recorded in the history.
    [[nodiscard]] static bool setFindingNote(Workspace &ws, qint64 evidenceId, const QString &findingKey,
                                             const QString &note, QString *error);
    // The declaration an evidence record backs items in (the first one found), -1 when none.
    [[nodiscard]] static qint64 declarationOf(const Workspace &ws, qint64 evidenceId);
};

// The brief's free-function spellings.
[[nodiscard]] inline qint64 captureEvidence(Workspace &ws, qint64 declarationId, const QString &itemId,
                                            CaptureTool tool, const QString &filePath,
                                            const QString &firmwareImagePath, QString *error)
{
    CaptureOptions options;
    options.firmwareImagePath = firmwareImagePath;
    return CaptureService::capture(ws, declarationId, itemId, tool, filePath, options, error);
}
[[nodiscard]] inline qint64 rerunEvidence(Workspace &ws, qint64 evidenceId, const QString &target,
                                          const QString &firmwareImagePath, QString *error)
{
    CaptureOptions options;
    options.firmwareImagePath = firmwareImagePath;
    return CaptureService::rerun(ws, evidenceId, target, options, error);
}

} // namespace hoshi
