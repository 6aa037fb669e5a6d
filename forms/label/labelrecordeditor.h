// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lifecycle/labelrecord.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hoshi {

// Edits a LabelRecord as a value: the fields are filled from a record, "Save" hands the edited
// copy to the owner (which asks the core to store it and shows the core's error here).
class LabelRecordEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LabelRecordEditor(QWidget *parent = nullptr);

    void setRecord(const LabelRecord &record, const QDate &today);
    // The record as edited; false with *error when a date is not YYYY-MM-DD.
    [[nodiscard]] bool edited(LabelRecord *record, QString *error) const;
    void showError(const QString &error);
    void setReadOnly(bool readOnly);
    void retranslate();

Q_SIGNALS:
    void saveRequested();

private:
    QLineEdit *addLine(const char *objectName);

    LabelRecord m_record;
    QDate m_today;
    QLineEdit *m_applicationNumber = nullptr;
    QLineEdit *m_submittedOn = nullptr;
    QLineEdit *m_registrationNumber = nullptr;
    QLineEdit *m_issuedOn = nullptr;
    QLineEdit *m_validUntil = nullptr;
    QLineEdit *m_extendedOn = nullptr;
    QLineEdit *m_successor = nullptr;
    QLineEdit *m_productPageUrl = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_effective = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QList<QLabel *> m_captions;
};

} // namespace hoshi
