// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cra/crarecord.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hoshi {

class Session;

// One save of the CRA fields as an undo step on the session's stack: undo stores the fields as
// they were, redo as they were saved (each a Workspace::setCraRecord of its own, with its history
// entry). Pushed after the save succeeded, so the first redo does nothing.
class CraRecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CraRecordCommand)

public:
    CraRecordCommand(Session *session, const CraRecord &before, const CraRecord &after);
    void undo() override;
    void redo() override;

private:
    void apply(const CraRecord &record);

    Session *m_session;
    CraRecord m_before;
    CraRecord m_after;
    bool m_first = true;
};

} // namespace hoshi
