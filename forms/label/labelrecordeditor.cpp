// SPDX-License-Identifier: Apache-2.0
#include "labelrecordeditor.h"

#include "common/fieldmarker.h"
#include "common/statuscolours.h"
#include "util/errors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

namespace {

// Captions in form order; translated in retranslate().
const char *const captions[] = {
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "&Application number:"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "S&ubmitted on:"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "&Registration number:"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "&Issued on:"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "&Valid until:"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "Last e&xtension:"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "Su&ccessor product or label:"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "&Product page (IPA):"),
    QT_TRANSLATE_NOOP("hoshi::LabelRecordEditor", "Recorded &status:"),
};

bool readDate(QLineEdit *edit, QDate *date)
{
    if (edit->text().trimmed().isEmpty()) {
        *date = QDate();
        return true;
    }
    return FieldMarker::parseDate(edit->text(), date);
}

} // namespace

LabelRecordEditor::LabelRecordEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("labelRecordEditor"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    m_applicationNumber = addLine("applicationNumberEdit");
    m_submittedOn = addLine("submittedOnEdit");
    m_registrationNumber = addLine("registrationNumberEdit");
    m_issuedOn = addLine("issuedOnEdit");
    m_validUntil = addLine("validUntilEdit");
    m_extendedOn = addLine("extendedOnEdit");
    m_successor = addLine("successorEdit");
    m_productPageUrl = addLine("productPageUrlEdit");
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    for (LabelStatus s : LabelRules::recordableStatuses())
        m_status->addItem(QString(), int(s));
    const QList<QWidget *> fields = {m_applicationNumber, m_submittedOn, m_registrationNumber, m_issuedOn, m_validUntil,
                                     m_extendedOn, m_successor, m_productPageUrl, m_status};
    for (QWidget *field : fields) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field);
        m_captions << caption;
        form->addRow(caption, field);
    }
    m_effective = new QLabel(this);
    m_effective->setObjectName(QStringLiteral("effectiveStatusLabel"));
    m_effective->setWordWrap(true);
    form->addRow(QString(), m_effective);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("labelErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    outer->addWidget(m_error);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveLabelButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    outer->addStretch();
    connect(m_save, &QPushButton::clicked, this, &LabelRecordEditor::saveRequested);
    retranslate();
}

QLineEdit *LabelRecordEditor::addLine(const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    connect(edit, &QLineEdit::returnPressed, this, &LabelRecordEditor::saveRequested);
    return edit;
}

void LabelRecordEditor::retranslate()
{
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(tr(captions[i]));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, labelStatusName(LabelStatus(m_status->itemData(i).toInt())));
    m_registrationNumber->setPlaceholderText(tr("16 digits, e.g. 2025030500001527"));
    for (QLineEdit *date : {m_submittedOn, m_issuedOn, m_extendedOn})
        date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_validUntil->setPlaceholderText(tr("YYYY-MM-DD (empty: two years after the issue)"));
    m_productPageUrl->setPlaceholderText(tr("URL of the product's page on IPA's site, once published"));
    m_save->setText(tr("&Save label record"));
    setRecord(m_record, m_today);
}

void LabelRecordEditor::setRecord(const LabelRecord &r, const QDate &today)
{
    m_record = r;
    m_today = today;
    m_applicationNumber->setText(r.applicationNumber);
    m_submittedOn->setText(FieldMarker::dateText(r.submittedOn));
    m_registrationNumber->setText(r.registrationNumber);
    m_issuedOn->setText(FieldMarker::dateText(r.issuedOn));
    m_validUntil->setText(FieldMarker::dateText(r.validUntil));
    m_extendedOn->setText(FieldMarker::dateText(r.extendedOn));
    m_successor->setText(r.successor);
    m_productPageUrl->setText(r.productPageUrl);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(r.status))));
    const LabelStatus effective = LabelRules::effectiveStatus(r, today);
    QString text = tr("Status today: %1").arg(labelStatusName(effective));
    if (const std::optional<qint64> days = LabelRules::daysLeft(r, today);
        days && *days >= 0 && effective != LabelStatus::None)
        text += QLatin1Char(' ') + tr("(%n day(s) left)", nullptr, int(*days));
    m_effective->setText(text);
    const bool soon = effective == LabelStatus::Expired
                      || (LabelRules::daysLeft(r, today).value_or(ReminderHorizonDays + 1) <= ReminderHorizonDays
                          && effective == LabelStatus::Active);
    m_effective->setStyleSheet(StatusColours::textStyle(soon ? Tone::Warning : Tone::Muted, soon));
}

bool LabelRecordEditor::edited(LabelRecord *record, QString *error) const
{
    *record = m_record;
    record->applicationNumber = m_applicationNumber->text();
    record->registrationNumber = m_registrationNumber->text();
    record->successor = m_successor->text();
    record->productPageUrl = m_productPageUrl->text();
    record->status = LabelStatus(m_status->currentData().toInt());
    const std::pair<QLineEdit *, QDate LabelRecord::*> dates[] = {{m_submittedOn, &LabelRecord::submittedOn},
                                                                 {m_issuedOn, &LabelRecord::issuedOn},
                                                                 {m_validUntil, &LabelRecord::validUntil},
                                                                 {m_extendedOn, &LabelRecord::extendedOn}};
    for (const auto &[edit, member] : dates) {
        if (!readDate(edit, &(record->*member))) {
            setError(error, FieldMarker::dateFormatHint());
            edit->setFocus();
            return false;
        }
    }
    return true;
}

void LabelRecordEditor::showError(const QString &error)
{
    m_error->setText(error);
}

void LabelRecordEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_status->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
}

} // namespace hoshi
