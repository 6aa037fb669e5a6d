// SPDX-License-Identifier: Apache-2.0
#include "findingsimportaction.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "findings/findingsimporter.h"
#include "session/session.h"

namespace hoshi {

bool FindingsImportAction::run(QWidget *parent, Session *session)
{
    const QString path = FileDialog::getOpenFileName(parent, tr("Import findings"),
                                                     tr("Findings files (*-findings.json);;JSON files (*.json)"));
    return !path.isEmpty() && importFile(parent, session, path);
}

bool FindingsImportAction::importFile(QWidget *parent, Session *session, const QString &path)
{
    if (!session->hasWorkspace() || session->isReadOnly()) {
        MessageBox::error(parent, tr("Import findings"), tr("Open the workspace for editing to import findings."));
        return false;
    }
    FindingsImportResult result;
    QString error;
    if (!session->importFindings(path, &result, &error)) {
        MessageBox::error(parent, tr("Import findings"), error + QLatin1Char('\n') + tr("Nothing was changed."));
        return false;
    }
    QString text = tr("%n finding(s) by %1 arrived as comments: %2 accepted, %3 questions, %4 more evidence needed.",
                      nullptr, result.findings)
                       .arg(result.reviewer)
                       .arg(result.accepted)
                       .arg(result.questions)
                       .arg(result.moreEvidence);
    if (result.remarks)
        text += QLatin1Char('\n') + tr("The general remarks are a comment on the declaration.");
    text += QLatin1Char('\n')
            + (result.signature.state == SignatureInfo::State::Valid
                   ? tr("Signed by %1. Certificate fingerprint (SHA-256): %2 — compare it with the one the reviewer "
                        "gave you.")
                         .arg(result.signature.signer, result.signature.fingerprint)
                   : tr("The findings are not signed."));
    MessageBox::information(parent, tr("Import findings"), text);
    return true;
}

} // namespace hoshi
