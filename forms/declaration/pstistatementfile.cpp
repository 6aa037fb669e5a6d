// SPDX-License-Identifier: Apache-2.0
#include "pstistatementfile.h"

#include "common/filedialog.h"
#include "session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hoshi {

PstiStatementFile::PstiStatementFile(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("pstiStatementFile"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("pstiStatementFileName"));
    m_current->setWordWrap(true);
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachPstiStatement"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_current, 1);
    layout->addWidget(m_attach);
    connect(m_attach, &QPushButton::clicked, this, &PstiStatementFile::attach);
    connect(m_session, &Session::declarationRefreshed, this, &PstiStatementFile::reload);
    reload();
}

void PstiStatementFile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

void PstiStatementFile::reload()
{
    const DeclarationSnapshot *s = m_session->snapshot();
    setVisible(s && s->declaration.route == Route::Psti);
    if (!s)
        return;
    m_attach->setText(s->pstiStatementFile ? tr("Replace statement file…") : tr("Attach statement file…"));
    m_attach->setEnabled(!m_session->isReadOnly());
    const bool hasFile = s->pstiStatementFile && !s->pstiStatementFile->files.isEmpty();
    m_current->setText(hasFile ? tr("Statement file kept in the workspace: %1").arg(s->pstiStatementFile->files.first().originalName)
                               : tr("No statement file attached (a URL above is enough)."));
}

void PstiStatementFile::attach()
{
    const QString path = FileDialog::getOpenFileName(this, tr("PSTI statement of compliance"));
    if (!path.isEmpty())
        m_session->attachPstiStatement(path);
}

} // namespace hoshi
