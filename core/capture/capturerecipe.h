// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "captureresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hoshi {

// How a capture is repeated: which tool, with which options, against which target. Stored as
// JSON in Evidence::captureRecipe; "run again" runs the same tool with the same options against
// the target the user confirms (the recipe's by default). The output option is not part of the
// arguments: the runner adds its own ("-oX FILE", "--jsonfile FILE", "-j").
struct CaptureRecipe {
    CaptureTool tool = CaptureTool::Nmap;
    QStringList arguments;
    QString target;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static bool fromJson(const QByteArray &json, CaptureRecipe *out, QString *error);
    // The recipe a parsed result implies: its tool, its options without output options and the
    // target, and its target. CycloneDX has no recipe (an SBOM is not re-run): false.
    [[nodiscard]] static bool fromResult(const CaptureResult &result, CaptureRecipe *out);
};

} // namespace hoshi
