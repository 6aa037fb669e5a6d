// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/shelflife.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace hoshi {

class Session;

// The shelf life of one evidence record in its editor: "Effective on" and "Review by" (typed
// as YYYY-MM-DD like the test date; an empty review date shows the workspace's default, which
// ShelfLife computes), and what a tool capture recorded (tool and version, target, firmware
// image hash), shown read-only when present. Each date is committed when it is left, as its
// own undoable step through the Session.
class EvidenceShelfLifeFields : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceShelfLifeFields(Session *session, QWidget *parent = nullptr);

    // force: a different record is shown (what is being typed is replaced).
    void load(const Evidence &evidence, bool force);
    void setReadOnly(bool readOnly);
    // The gate's "past its review date" message for this record ("" clears it).
    void markReviewDue(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void commitDate(QLineEdit *edit, QLabel *message, QDate Evidence::*member);
    void showDefaultHint(const Evidence &evidence);

    Session *m_session;
    qint64 m_evidenceId = -1;
    bool m_loading = false;
    QFormLayout *m_form = nullptr;
    QLabel *m_effectiveLabel = nullptr;
    QLineEdit *m_effectiveEdit = nullptr;
    QLabel *m_effectiveMessage = nullptr;
    QLabel *m_reviewLabel = nullptr;
    QLineEdit *m_reviewEdit = nullptr;
    QLabel *m_reviewMessage = nullptr;
    QLabel *m_toolLabel = nullptr;
    QLineEdit *m_toolEdit = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QLabel *m_imageLabel = nullptr;
    QLineEdit *m_imageEdit = nullptr;
};

} // namespace hoshi
