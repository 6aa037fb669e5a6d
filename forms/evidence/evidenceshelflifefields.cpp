// SPDX-License-Identifier: Apache-2.0
#include "evidenceshelflifefields.h"

#include "common/fieldmarker.h"
#include "common/fieldsync.h"
#include "session/session.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hoshi {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

QLineEdit *capturedField(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(true);
    return edit;
}

} // namespace

EvidenceShelfLifeFields::EvidenceShelfLifeFields(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("evidenceShelfLife"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_effectiveLabel = new QLabel(this);
    m_effectiveEdit = new QLineEdit(this);
    m_effectiveEdit->setObjectName(QStringLiteral("effectiveOnEdit"));
    m_effectiveMessage = messageLabel(this);
    m_reviewLabel = new QLabel(this);
    m_reviewEdit = new QLineEdit(this);
    m_reviewEdit->setObjectName(QStringLiteral("reviewByEdit"));
    m_reviewMessage = messageLabel(this);
    m_toolLabel = new QLabel(this);
    m_toolEdit = capturedField(this, "capturedToolEdit");
    m_targetLabel = new QLabel(this);
    m_targetEdit = capturedField(this, "capturedTargetEdit");
    m_imageLabel = new QLabel(this);
    m_imageEdit = capturedField(this, "capturedImageEdit");
    m_effectiveLabel->setBuddy(m_effectiveEdit);
    m_reviewLabel->setBuddy(m_reviewEdit);
    m_form->addRow(m_effectiveLabel, m_effectiveEdit);
    m_form->addRow(QString(), m_effectiveMessage);
    m_form->addRow(m_reviewLabel, m_reviewEdit);
    m_form->addRow(QString(), m_reviewMessage);
    m_form->addRow(m_toolLabel, m_toolEdit);
    m_form->addRow(m_targetLabel, m_targetEdit);
    m_form->addRow(m_imageLabel, m_imageEdit);
    FieldMarker::clear(nullptr, m_effectiveMessage);
    FieldMarker::clear(nullptr, m_reviewMessage);
    connect(m_effectiveEdit, &QLineEdit::editingFinished, this,
            [this] { commitDate(m_effectiveEdit, m_effectiveMessage, &Evidence::effectiveOn); });
    connect(m_reviewEdit, &QLineEdit::editingFinished, this,
            [this] { commitDate(m_reviewEdit, m_reviewMessage, &Evidence::reviewBy); });
    retranslate();
}

void EvidenceShelfLifeFields::retranslate()
{
    m_effectiveLabel->setText(tr("Effective &on:"));
    m_effectiveEdit->setToolTip(tr("When the fact was established: the document's date or the test date. "
                                   "Empty: the test date of a device test."));
    m_reviewLabel->setText(tr("Review &by:"));
    m_reviewEdit->setToolTip(tr("When this evidence must be looked at again. Empty: the workspace's default "
                                "review period for its kind."));
    m_toolLabel->setText(tr("Captured with:"));
    m_targetLabel->setText(tr("Target:"));
    m_imageLabel->setText(tr("Firmware image SHA-256:"));
    if (m_evidenceId >= 0) {
        if (const std::optional<Evidence> e = m_session->evidence(m_evidenceId))
            showDefaultHint(*e);
    }
}

void EvidenceShelfLifeFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidenceShelfLifeFields::showDefaultHint(const Evidence &e)
{
    const ReviewPeriods periods = m_session->snapshot() ? m_session->snapshot()->reviewPeriods
                                                        : m_session->workspace()->reviewPeriods();
    const QDate fallback = ShelfLife::defaultReviewDate(e, periods);
    const int months = periods.months(e.kind);
    // The placeholder is what an empty field means, so the default is never mistaken for a typed date.
    if (fallback.isValid())
        m_reviewEdit->setPlaceholderText(tr("Default: %1 (%n month(s) after the effective date)", nullptr, months)
                                             .arg(FieldMarker::dateText(fallback)));
    else if (months > 0)
        m_reviewEdit->setPlaceholderText(tr("Default: %n month(s) after the effective date (none set yet)", nullptr, months));
    else
        m_reviewEdit->setPlaceholderText(tr("No default review date for this kind of evidence"));
    const QDate effective = ShelfLife::effectiveDate(e);
    m_effectiveEdit->setPlaceholderText(!e.effectiveOn.isValid() && effective.isValid()
                                            ? tr("Test date: %1").arg(FieldMarker::dateText(effective))
                                            : QStringLiteral("YYYY-MM-DD"));
}

void EvidenceShelfLifeFields::load(const Evidence &e, bool force)
{
    m_loading = true;
    const bool other = force || e.id != m_evidenceId;
    if (other) {
        for (QLabel *message : {m_effectiveMessage, m_reviewMessage})
            message->setProperty("hoshiTyping", false);
        FieldMarker::clear(m_effectiveEdit, m_effectiveMessage);
        FieldMarker::clear(m_reviewEdit, m_reviewMessage);
    }
    m_evidenceId = e.id;
    const auto line = [other](QLineEdit *edit, const QString &value) {
        other ? loadField(edit, value) : syncField(edit, value);
    };
    line(m_effectiveEdit, FieldMarker::dateText(e.effectiveOn));
    line(m_reviewEdit, FieldMarker::dateText(e.reviewBy));
    showDefaultHint(e);
    const QString tool = e.toolVersion.trimmed().isEmpty() ? e.tool : tr("%1 %2").arg(e.tool, e.toolVersion);
    const std::pair<QLabel *, std::pair<QLineEdit *, QString>> captured[] = {
        {m_toolLabel, {m_toolEdit, tool.trimmed()}},
        {m_targetLabel, {m_targetEdit, e.target}},
        {m_imageLabel, {m_imageEdit, e.firmwareImageSha256}}};
    for (const auto &[label, field] : captured) {
        field.first->setText(field.second);
        field.first->setCursorPosition(0);
        label->setVisible(!field.second.isEmpty());
        field.first->setVisible(!field.second.isEmpty());
    }
    m_loading = false;
}

void EvidenceShelfLifeFields::setReadOnly(bool readOnly)
{
    m_effectiveEdit->setReadOnly(readOnly);
    m_reviewEdit->setReadOnly(readOnly);
    // What a tool recorded is evidence of the capture itself: never edited by hand.
    for (QLineEdit *edit : {m_toolEdit, m_targetEdit, m_imageEdit})
        edit->setReadOnly(true);
}

void EvidenceShelfLifeFields::markReviewDue(const QString &message)
{
    // A typing error in the field outranks the gate's reminder.
    if (!m_reviewMessage->text().isEmpty() && m_reviewMessage->property("hoshiTyping").toBool())
        return;
    if (message.isEmpty())
        FieldMarker::clear(m_reviewEdit, m_reviewMessage);
    else
        FieldMarker::mark(m_reviewEdit, m_reviewMessage, FieldMarker::Level::Warning, message);
}

void EvidenceShelfLifeFields::commitDate(QLineEdit *edit, QLabel *message, QDate Evidence::*member)
{
    if (m_loading || m_evidenceId < 0 || edit->isReadOnly())
        return;
    QDate date;
    if (!FieldMarker::parseDate(edit->text(), &date)) {
        message->setProperty("hoshiTyping", true);
        FieldMarker::mark(edit, message, FieldMarker::Level::Error, FieldMarker::dateFormatHint());
        return;
    }
    std::optional<Evidence> e = m_session->evidence(m_evidenceId);
    if (!e)
        return;
    Evidence changed = *e;
    changed.*member = date;
    QString problem;
    // Refused here, with the reason beside the field, rather than as an error after the fact.
    if (!ShelfLife::checkDates(changed, &problem)) {
        message->setProperty("hoshiTyping", true);
        FieldMarker::mark(edit, message, FieldMarker::Level::Error, problem);
        return;
    }
    message->setProperty("hoshiTyping", false);
    FieldMarker::clear(edit, message);
    markCommitted(edit);
    if ((*e).*member == date)
        return;
    m_session->editEvidence(changed);
}

} // namespace hoshi
