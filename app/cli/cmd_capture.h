// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace hoshi::cli {

// evidence capture|rerun|note (cmd_capture.cpp): device-test evidence from tool output.
[[nodiscard]] bool isCaptureVerb(const QString &verb);
[[nodiscard]] int runEvidenceCapture(const QString &verb, const QStringList &args);

} // namespace hoshi::cli
