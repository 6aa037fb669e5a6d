// SPDX-License-Identifier: Apache-2.0
#include "declarationview.h"

#include "storage/workspace.h"

namespace hoshi {

bool DeclarationView::read(const Workspace &workspace, qint64 declarationId, DeclarationView *view)
{
    *view = DeclarationView();
    view->declarationId = declarationId;
    view->snapshot = workspace.snapshot(declarationId, Workspace::ContentCheck::Skip, &view->error);
    if (!view->snapshot)
        return false;
    view->problems = SubmissionGate::check(*view->snapshot);
    view->comments = workspace.comments(declarationId);
    view->history = workspace.history(declarationId);
    view->lastExport = workspace.latestBaseline(declarationId, BaselineKind::Export);
    view->name = workspace.declarationName(declarationId);
    view->signOffs = workspace.signOffs(declarationId);
    view->selfApprovedAccount = workspace.selfApprovedAccount(declarationId);
    return true;
}

} // namespace hoshi
