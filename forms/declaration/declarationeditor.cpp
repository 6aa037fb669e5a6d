// SPDX-License-Identifier: Apache-2.0
#include "declarationeditor.h"

#include "ui_declarationeditor.h"

#include "common/fieldmarker.h"
#include "common/fieldsync.h"
#include "pstistatementfile.h"
#include "session/session.h"
#include "util/language.h"
#include "util/displaydate.h"

#include <QPushButton>

namespace hoshi {

DeclarationEditor::DeclarationEditor(Session *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeclarationEditor>()), m_session(session)
{
    setObjectName(QStringLiteral("declarationEditor"));
    m_ui->setupUi(this);
    // Expired is not recorded: it follows from the validity end (LabelRules).
    for (LabelStatus s : LabelRules::recordableStatuses())
        m_ui->labelStatusEdit->addItem(QString(), int(s));

    connect(m_ui->pstiStatementEdit, &QLineEdit::editingFinished, this, [this] {
        markCommitted(m_ui->pstiStatementEdit);
        const QString value = m_ui->pstiStatementEdit->text().trimmed();
        commit([value](Declaration &d) { d.pstiStatement = value; });
    });
    connect(m_ui->registrationNumberEdit, &QLineEdit::editingFinished, this, [this] {
        markCommitted(m_ui->registrationNumberEdit);
        const QString value = m_ui->registrationNumberEdit->text().trimmed();
        commit([value](Declaration &d) { d.registrationNumber = value; });
    });
    connect(m_ui->evaluationCompletedOnEdit, &QLineEdit::editingFinished, this, [this] {
        commitDate(m_ui->evaluationCompletedOnEdit, m_ui->evaluationCompletedOnMessage,
                   &Declaration::evaluationCompletedOn);
    });
    connect(m_ui->issuedOnEdit, &QLineEdit::editingFinished, this,
            [this] { commitDate(m_ui->issuedOnEdit, m_ui->issuedOnMessage, &Declaration::issuedOn); });
    connect(m_ui->validUntilEdit, &QLineEdit::editingFinished, this,
            [this] { commitDate(m_ui->validUntilEdit, m_ui->validUntilMessage, &Declaration::validUntil); });
    connect(m_ui->labelStatusEdit, &QComboBox::activated, this, [this](int index) {
        const auto status = LabelStatus(m_ui->labelStatusEdit->itemData(index).toInt());
        commit([status](Declaration &d) { d.labelStatus = status; });
    });
    m_lifecycleButton = new QPushButton(this);
    m_lifecycleButton->setObjectName(QStringLiteral("labelLifecycleButton"));
    m_ui->labelGroupLayout->addRow(QString(), m_lifecycleButton);
    connect(m_lifecycleButton, &QPushButton::clicked, this, &DeclarationEditor::labelLifecycleRequested);
    m_craButton = new QPushButton(this);
    m_craButton->setObjectName(QStringLiteral("craReadinessButton"));
    m_ui->labelGroupLayout->addRow(QString(), m_craButton);
    connect(m_craButton, &QPushButton::clicked, this, &DeclarationEditor::craReadinessRequested);
    connect(m_session, &Session::declarationRefreshed, this, &DeclarationEditor::reload);
    // PSTI route: the statement can also be kept as a file (row under the statement field).
    m_ui->declarationGroupLayout->insertRow(4, new PstiStatementFile(m_session, this));
    retranslate();
}

DeclarationEditor::~DeclarationEditor() = default;

void DeclarationEditor::retranslate()
{
    m_ui->retranslateUi(this);
    m_lifecycleButton->setText(tr("Label &lifecycle: application, status, changes, label page…"));
    m_craButton->setText(tr("EU &CRA readiness: Annex I coverage, what the CRA adds, drafts…"));
    for (int i = 0; i < m_ui->labelStatusEdit->count(); ++i)
        m_ui->labelStatusEdit->setItemText(i, labelStatusName(LabelStatus(m_ui->labelStatusEdit->itemData(i).toInt())));
    reload();
}

void DeclarationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeclarationEditor::reload()
{
    const DeclarationSnapshot *s = m_session->snapshot();
    setEnabled(s != nullptr);
    if (!s) {
        m_ui->headingLabel->setText(tr("No declaration open"));
        m_ui->criteriaLabel->clear();
        m_shownId = -1;
        return;
    }
    const Declaration &d = s->declaration;
    const bool force = d.id != m_shownId;
    m_shownId = d.id;
    m_ui->headingLabel->setText(tr("Declaration for %1").arg(s->product.name));
    // Official titles usually carry the set's id already.
    QString criteria = s->criteria.title.in(uiLanguage());
    if (!criteria.contains(s->criteria.id))
        criteria = tr("%1 (%2)").arg(criteria, s->criteria.id);
    m_ui->criteriaLabel->setText(tr("Criteria: %1\nRoute: %2\nStarted: %3")
                                     .arg(criteria, routeName(d.route),
                                          DisplayDate::dateTime(d.createdAt)));
    const auto line = [force](QLineEdit *edit, const QString &value) {
        force ? loadField(edit, value) : syncField(edit, value);
    };
    line(m_ui->evaluationCompletedOnEdit, FieldMarker::dateText(d.evaluationCompletedOn));
    line(m_ui->pstiStatementEdit, d.pstiStatement);
    line(m_ui->registrationNumberEdit, d.registrationNumber);
    line(m_ui->issuedOnEdit, FieldMarker::dateText(d.issuedOn));
    line(m_ui->validUntilEdit, FieldMarker::dateText(d.validUntil));
    m_ui->labelStatusEdit->setCurrentIndex(m_ui->labelStatusEdit->findData(int(d.labelStatus)));
    const bool psti = d.route == Route::Psti;
    m_ui->pstiStatementLabel->setVisible(psti);
    m_ui->pstiStatementEdit->setVisible(psti);
    FieldMarker::markProblems(this, QStringLiteral("declaration."), m_session->problems());
    setReadOnly(m_readOnly);
}

void DeclarationEditor::commit(const std::function<void(Declaration &)> &change)
{
    const DeclarationSnapshot *s = m_session->snapshot();
    if (!s)
        return;
    Declaration d = s->declaration;
    change(d);
    if (d.pstiStatement == s->declaration.pstiStatement && d.registrationNumber == s->declaration.registrationNumber
        && d.evaluationCompletedOn == s->declaration.evaluationCompletedOn && d.issuedOn == s->declaration.issuedOn
        && d.validUntil == s->declaration.validUntil && d.labelStatus == s->declaration.labelStatus)
        return;
    m_session->editDeclaration(d);
}

void DeclarationEditor::commitDate(QLineEdit *edit, QLabel *message, QDate Declaration::*member)
{
    QDate date;
    if (!FieldMarker::parseDate(edit->text(), &date)) {
        FieldMarker::mark(edit, message, FieldMarker::Level::Error, FieldMarker::dateFormatHint());
        return;
    }
    FieldMarker::clear(edit, message);
    markCommitted(edit);
    commit([member, date](Declaration &d) { d.*member = date; });
}

void DeclarationEditor::commitPending()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->hasFocus() && edit->isModified())
            Q_EMIT edit->editingFinished();
    }
}

void DeclarationEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool editable = !readOnly && !m_session->isReadOnly();
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(!editable);
    m_ui->labelStatusEdit->setEnabled(editable);
}

void DeclarationEditor::focusField(const QString &field)
{
    const QString name = field.startsWith(QLatin1String("declaration.")) ? field.mid(12) : field;
    if (QWidget *w = findChild<QWidget *>(name + QLatin1String("Edit"))) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
    }
}

} // namespace hoshi
