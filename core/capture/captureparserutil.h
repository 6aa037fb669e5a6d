// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "captureresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Helpers shared by the parsers (captureparser*.cpp); not part of the public API.
namespace hoshi::captureparse {

[[nodiscard]] bool parseNmap(const QByteArray &data, CaptureResult *out, QString *error);
[[nodiscard]] bool parseTestssl(const QJsonValue &root, CaptureResult *out, QString *error);
[[nodiscard]] bool parseSshAudit(const QJsonValue &root, CaptureResult *out, QString *error);
[[nodiscard]] bool parseCycloneDx(const QJsonValue &root, CaptureResult *out, QString *error);

// The finding with severity words for people, in English and Japanese.
[[nodiscard]] QString severityJa(const QString &severity);
[[nodiscard]] int severityRank(const QString &severity); // info 0 .. critical 4
// "2026-12-07 06:34 UTC", or "" for an invalid time.
[[nodiscard]] QString utcText(const QDateTime &at);
// A command line split on spaces, without the program, output options (and their values) and
// the given targets: what a recipe repeats.
[[nodiscard]] QStringList recipeArguments(const QString &commandLine, const QStringList &outputOptions,
                                          const QStringList &targets);
// "3 findings (1 critical, 2 high)" style counts: English and Japanese.
void countFindings(const QList<CaptureFinding> &findings, QString *en, QString *ja);

} // namespace hoshi::captureparse
