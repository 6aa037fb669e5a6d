// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cra/crarecord.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hoshi {

// The fields of a declaration's CRA record (cra/crarecord.h) with a Save button. Holds no rules:
// CraRules checks what Workspace::setCraRecord stores; this widget only shows and collects.
class CraFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CraFieldsEditor(QWidget *parent = nullptr);

    void setRecord(const CraRecord &record);
    // The record as edited; false with *error when a value cannot be read (a date).
    [[nodiscard]] bool edited(CraRecord *record, QString *error) const;
    // Read-only with the reason shown beside the fields and on every control ("" = editable).
    void setReadOnlyReason(const QString &reason);
    void showError(const QString &error);
    void retranslate();

Q_SIGNALS:
    void saveRequested();

private:
    QWidget *control(CraField field) const { return m_controls.value(int(field)); }

    QFormLayout *m_form = nullptr;
    QHash<int, QWidget *> m_controls; // CraField -> QLineEdit, QPlainTextEdit or QComboBox
    QHash<int, QLabel *> m_labels;
    QComboBox *m_module = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    CraRecord m_record;
};

} // namespace hoshi
