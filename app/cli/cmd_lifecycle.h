// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cliutil.h"

#include <QStringList>

#include <memory>
#include <optional>

// The label lifecycle on the command line: the label record, reminders, the change report.
namespace hoshi::cli {

// The workspace, --declaration and that declaration's snapshot, as the lifecycle commands read
// them; on failure the error is printed and false returned (exit 2).
struct OpenDeclaration {
    std::unique_ptr<Workspace> workspace;
    qint64 id = -1;
    std::optional<DeclarationSnapshot> snapshot;
};
[[nodiscard]] bool openDeclaration(const QCommandLineParser &parser, Workspace::Access access, OpenDeclaration *open);
// A value option that must be given; prints "--NAME is required" otherwise.
[[nodiscard]] bool requiredValue(const QCommandLineParser &parser, const QString &name, QString *value);

// label set|show|firmware|page
int runLabel(const QStringList &args);
// reminders WS [--ics FILE] [--today D] [--json]
int runReminders(const QStringList &args);
// change-report WS --declaration ID --out DIR
int runChangeReport(const QStringList &args);

} // namespace hoshi::cli
