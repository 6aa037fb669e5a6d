// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// list, show, set and remove for organisations, products and declarations (cmd_catalog.cpp);
// the "add"/"new" verbs stay in cmd_workspace.cpp, which hands every other verb over here.
namespace hoshi::cli {

[[nodiscard]] int runOrganisationQuery(const QString &verb, const QStringList &args);
[[nodiscard]] int runProductQuery(const QString &verb, const QStringList &args);
[[nodiscard]] int runDeclarationQuery(const QString &verb, const QStringList &args);
// evidence list|show|set|remove|import (cmd_evidence.cpp)
[[nodiscard]] int runEvidenceQuery(const QString &verb, const QStringList &args);

} // namespace hoshi::cli
