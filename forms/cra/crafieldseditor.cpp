// SPDX-License-Identifier: Apache-2.0
#include "crafieldseditor.h"

#include "common/statuscolours.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

CraFieldsEditor::CraFieldsEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("craFieldsEditor"));
    auto *layout = new QVBoxLayout(this);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("craReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(StatusColours::textStyle(Tone::Warning, true));
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (CraField f : CraFields::all()) {
        QWidget *w = nullptr;
        if (f == CraField::ConformityModule) {
            m_module = new QComboBox(this);
            m_module->addItem(QString(), QString());
            for (const QString &key : CraFields::conformityModules())
                m_module->addItem(QString(), key);
            w = m_module;
        } else if (CraFields::isMultiLine(f)) {
            auto *edit = new QPlainTextEdit(this);
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
            w = edit;
        } else {
            auto *edit = new QLineEdit(this);
            if (f == CraField::SupportPeriodEnd)
                edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
            w = edit;
        }
        w->setObjectName(QStringLiteral("cra_%1").arg(CraFields::column(f)));
        auto *label = new QLabel(this);
        label->setBuddy(w);
        m_controls.insert(int(f), w);
        m_labels.insert(int(f), label);
        m_form->addRow(label, w);
    }
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("craFieldsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("craSaveButton"));
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &CraFieldsEditor::saveRequested);
    retranslate();
}

void CraFieldsEditor::retranslate()
{
    for (CraField f : CraFields::all()) {
        m_labels.value(int(f))->setText(CraFields::name(f) + QLatin1Char(':'));
        control(f)->setToolTip(CraFields::hint(f));
        control(f)->setAccessibleName(CraFields::name(f));
    }
    for (int i = 0; i < m_module->count(); ++i) {
        const QString key = m_module->itemData(i).toString();
        m_module->setItemText(i, key.isEmpty() ? CraFields::moduleName(QString()) : CraFields::moduleName(key));
    }
    m_save->setText(tr("&Save CRA fields"));
}

void CraFieldsEditor::setRecord(const CraRecord &record)
{
    m_record = record;
    for (CraField f : CraFields::all()) {
        QWidget *w = control(f);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setText(record.value(f));
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setPlainText(record.value(f));
    }
    const int index = m_module->findData(record.conformityModule);
    m_module->setCurrentIndex(index < 0 ? 0 : index);
}

bool CraFieldsEditor::edited(CraRecord *record, QString *error) const
{
    *record = m_record;
    for (CraField f : CraFields::all()) {
        QWidget *w = control(f);
        QString text;
        if (auto *line = qobject_cast<QLineEdit *>(w))
            text = line->text();
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            text = edit->toPlainText();
        else
            text = m_module->currentData().toString();
        if (!record->setValue(f, text, error))
            return false;
    }
    return true;
}

void CraFieldsEditor::setReadOnlyReason(const QString &reason)
{
    const bool readOnly = !reason.isEmpty();
    for (QWidget *w : std::as_const(m_controls)) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setReadOnly(readOnly);
        else
            w->setEnabled(!readOnly);
    }
    m_save->setEnabled(!readOnly);
    m_save->setToolTip(reason);
    m_module->setToolTip(readOnly ? reason : CraFields::hint(CraField::ConformityModule));
    m_readOnlyNote->setText(reason);
    m_readOnlyNote->setVisible(readOnly);
}

void CraFieldsEditor::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace hoshi
