// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace hoshi {

class Session;

// The status bar's word on synchronisation: when this copy last synchronised, and with what
// ("Synchronised with laptop.hoshi at 2026/12/07 14:03"); empty for a copy that never did. Read
// again when the workspace or its catalogue changes (a synchronisation reloads the catalogue).
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(Session *session, QWidget *parent = nullptr);
    void refreshText();

protected:
    void changeEvent(QEvent *event) override;

private:
    Session *m_session;
};

} // namespace hoshi
