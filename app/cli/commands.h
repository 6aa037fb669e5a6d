// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// Each command gets the arguments after its own words and returns the process exit code.
namespace hoshi::cli {

int runCriteria(const QStringList &args); // criteria list|show|check|diff|migrate
int runCriteriaDiff(const QStringList &args);    // criteria diff (cmd_criteriadiff.cpp)
int runCriteriaMigrate(const QStringList &args); // criteria migrate
int runCriteriaUpdate(const QStringList &args);  // criteria update (cmd_criteriaidentity.cpp)
int runCriteriaOverlay(const QStringList &args); // criteria overlay
int runInit(const QStringList &args);
int runOrganisation(const QStringList &args); // organisation add|list|show|set|remove
int runProduct(const QStringList &args);      // product add|list|show|set|remove
int runDeclaration(const QStringList &args);  // declaration new|set|carry-over|list|show|remove
int runAssess(const QStringList &args);     // assess (cmd_assessment.cpp)
int runAssessment(const QStringList &args); // assessment show
int runBatch(const QStringList &args);      // batch: many assess / assessment show lines on one workspace
int runEvidence(const QStringList &args); // evidence add|import|list|show|set|remove
int runFile(const QStringList &args);     // file list|remove|extract
int runHistory(const QStringList &args);
int runStatus(const QStringList &args);
int runValidate(const QStringList &args);
int runDemo(const QStringList &args);
int runCompact(const QStringList &args);
int runReview(const QStringList &args);   // review comment|resolve|list|request|approve|reject
int runSettings(const QStringList &args); // settings WS [--require-approval on|off]
int runPortfolio(const QStringList &args);
int runPstiStatement(const QStringList &args); // psti-statement (cmd_psti.cpp)
int runEtsi(const QStringList &args);          // etsi (cmd_psti.cpp)
int runChanges(const QStringList &args); // changes since approval|export|label|date
int runServer(const QStringList &args);  // server init|grant|revoke|access (cmd_server.cpp)
int runPush(const QStringList &args);    // push WS URL (cmd_transfer.cpp)
int runPull(const QStringList &args);    // pull URL --organisation ID OUT
int runSync(const QStringList &args);    // sync A B [--organisation ID] [--dry-run] [--json] [--resolve ID=a|b] (cmd_sync.cpp)
int runForm(const QStringList &args);    // form detect|fill (cmd_form.cpp)

} // namespace hoshi::cli
