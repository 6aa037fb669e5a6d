// SPDX-License-Identifier: Apache-2.0
#include "organisationeditor.h"

#include "ui_organisationeditor.h"

#include "common/fieldmarker.h"
#include "common/fieldsync.h"
#include "session/session.h"

#include <QUrl>

namespace hoshi {

namespace {

struct TextField {
    QLineEdit *Ui::OrganisationEditor::*edit;
    QString Organisation::*member;
};

const TextField textFields[] = {
    {&Ui::OrganisationEditor::nameEdit, &Organisation::name},
    {&Ui::OrganisationEditor::nameEnEdit, &Organisation::nameEn},
    {&Ui::OrganisationEditor::corporateNumberEdit, &Organisation::corporateNumber},
    {&Ui::OrganisationEditor::addressEdit, &Organisation::address},
    {&Ui::OrganisationEditor::contactNameEdit, &Organisation::contactName},
    {&Ui::OrganisationEditor::contactEmailEdit, &Organisation::contactEmail},
    {&Ui::OrganisationEditor::websiteEdit, &Organisation::website},
};

} // namespace

OrganisationEditor::OrganisationEditor(Session *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OrganisationEditor>()), m_session(session)
{
    setObjectName(QStringLiteral("organisationEditor"));
    m_ui->setupUi(this);
    for (const TextField &f : textFields) {
        QLineEdit *edit = (*m_ui).*f.edit;
        QString Organisation::*member = f.member;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, member] {
            markCommitted(edit);
            if (!m_session->workspace() || m_organisationId < 0)
                return;
            std::optional<Organisation> o = m_session->workspace()->organisation(m_organisationId);
            if (!o || (*o).*member == edit->text().trimmed())
                return;
            if (member == &Organisation::name && edit->text().trimmed().isEmpty()) {
                // The workspace refuses a nameless organisation; say so where it is typed.
                FieldMarker::mark(edit, m_ui->nameMessage, FieldMarker::Level::Error,
                                  tr("The organisation needs its registered name."));
                return;
            }
            (*o).*member = edit->text();
            m_session->editOrganisation(*o);
        });
    }
    connect(m_session, &Session::catalogChanged, this, &OrganisationEditor::reload);
    connect(m_session, &Session::workspaceChanged, this, [this] { setOrganisation(-1); });
    retranslate();
}

OrganisationEditor::~OrganisationEditor() = default;

void OrganisationEditor::retranslate()
{
    m_ui->retranslateUi(this);
    FieldMarker::markRequired(this, {QStringLiteral("name")});
    reload();
}

void OrganisationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrganisationEditor::setOrganisation(qint64 organisationId)
{
    if (organisationId != m_organisationId)
        commitPending();
    m_organisationId = organisationId;
    const std::optional<Organisation> o = m_session->workspace() && organisationId > 0
                                              ? m_session->workspace()->organisation(organisationId)
                                              : std::nullopt;
    if (o)
        load(*o, true);
    reload();
}

void OrganisationEditor::reload()
{
    const std::optional<Organisation> o = m_session->workspace() && m_organisationId > 0
                                              ? m_session->workspace()->organisation(m_organisationId)
                                              : std::nullopt;
    setEnabled(o.has_value());
    if (!o) {
        m_ui->headingLabel->setText(tr("No organisation selected"));
        return;
    }
    load(*o, false);
    // The gate's own rules mark the fields: the name, the corporate number's check digit, the
    // syntax of the e-mail address and the website (the same words as the problem panel).
    FieldMarker::markProblems(this, QStringLiteral("organisation."), SubmissionGate::checkProduct(*o, Product()));
    setReadOnly(m_readOnly);
}

void OrganisationEditor::load(const Organisation &o, bool force)
{
    m_ui->headingLabel->setText(o.name);
    for (const TextField &f : textFields) {
        QLineEdit *edit = (*m_ui).*f.edit;
        force ? loadField(edit, o.*f.member) : syncField(edit, o.*f.member);
    }
}

void OrganisationEditor::commitPending()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->hasFocus() && edit->isModified())
            Q_EMIT edit->editingFinished();
    }
}

void OrganisationEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly || m_session->isReadOnly());
}

void OrganisationEditor::focusField(const QString &field)
{
    const QString name = field.startsWith(QLatin1String("organisation.")) ? field.mid(13) : field;
    if (QWidget *w = findChild<QWidget *>(name + QLatin1String("Edit"))) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
    }
}

} // namespace hoshi
