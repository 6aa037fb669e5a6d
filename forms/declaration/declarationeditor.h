// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

#include <functional>
#include <memory>

namespace hoshi {

namespace Ui {
class DeclarationEditor;
}

class Session;

// The current declaration's own data: when the evaluation was completed, the PSTI statement
// (PSTI route) and, once IPA has issued it, the label.
class DeclarationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DeclarationEditor(Session *session, QWidget *parent = nullptr);
    ~DeclarationEditor() override;

    void focusField(const QString &field);
    void commitPending();
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    // "Label lifecycle…": the label record, changes since the label, reminders, label page.
    void labelLifecycleRequested();
    // "CRA readiness…": the declaration against the EU Cyber Resilience Act's Annex I.
    void craReadinessRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void commit(const std::function<void(Declaration &)> &change);
    void commitDate(QLineEdit *edit, QLabel *message, QDate Declaration::*member);

    std::unique_ptr<Ui::DeclarationEditor> m_ui;
    Session *m_session;
    qint64 m_shownId = -1;
    bool m_readOnly = false;
    QPushButton *m_lifecycleButton = nullptr;
    QPushButton *m_craButton = nullptr;
};

} // namespace hoshi
