// SPDX-License-Identifier: Apache-2.0
#pragma once

// Running the built hoshi-cli from a test, in English, and describing a run in a failure message.
#include "exportzipedit.h"

#include <QString>
#include <QStringList>

namespace exporttest {

[[nodiscard]] inline ToolRun cliInEnglish(const QStringList &args)
{
    return runTool(QStringLiteral(HOSHI_CLI_PATH), args, {}, {QStringLiteral("HOSHI_LANG=en")});
}

[[nodiscard]] inline QString describe(const ToolRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

} // namespace exporttest
