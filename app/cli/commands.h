#pragma once

#include <QStringList>

// Each command gets the arguments after its own words and returns the process exit code.
namespace hoshi::cli {

int runCriteria(const QStringList &args); // criteria list|show|check
int runInit(const QStringList &args);
int runOrganisation(const QStringList &args); // organisation add
int runProduct(const QStringList &args);      // product add
int runDeclaration(const QStringList &args);  // declaration new|set
int runAssess(const QStringList &args);
int runEvidence(const QStringList &args); // evidence add
int runStatus(const QStringList &args);
int runValidate(const QStringList &args);
int runDemo(const QStringList &args);
int runCompact(const QStringList &args);
int runChanges(const QStringList &args); // changes since approval|export|label|date

} // namespace hoshi::cli
