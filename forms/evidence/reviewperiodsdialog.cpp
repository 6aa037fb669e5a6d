// SPDX-License-Identifier: Apache-2.0
#include "reviewperiodsdialog.h"

#include "common/messagebox.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hoshi {

namespace {

QSpinBox *monthsBox(QWidget *parent, const char *name, int value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, ReviewPeriods::MaxMonths);
    box->setSpecialValueText(ReviewPeriodsDialog::tr("None"));
    box->setSuffix(ReviewPeriodsDialog::tr(" months"));
    box->setValue(value);
    return box;
}

} // namespace

ReviewPeriodsDialog::ReviewPeriodsDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewPeriodsDialog"));
    setWindowTitle(tr("Review periods"));
    const ReviewPeriods periods = session->workspace()->reviewPeriods();
    auto *intro = new QLabel(tr("Evidence without its own review date is due to be looked at again this many months "
                                "after its effective date (a device test: its test date). Past that date the gate "
                                "warns, the portfolio counts it and the reminders list it."),
                             this);
    intro->setWordWrap(true);
    m_documentMonths = monthsBox(this, "documentReviewMonths", periods.documentReviewMonths);
    m_deviceTestMonths = monthsBox(this, "deviceTestReviewMonths", periods.deviceTestMonths);
    auto *form = new QFormLayout;
    form->addRow(tr("&Documents:"), m_documentMonths);
    form->addRow(tr("De&vice tests:"), m_deviceTestMonths);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewPeriodsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewPeriodsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    const bool editable = !session->isReadOnly();
    m_documentMonths->setEnabled(editable);
    m_deviceTestMonths->setEnabled(editable);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
    resize(460, sizeHint().height());
}

void ReviewPeriodsDialog::edit(Session *session, QWidget *parent)
{
    if (!session->workspace())
        return;
    ReviewPeriodsDialog dialog(session, parent);
    dialog.exec();
}

void ReviewPeriodsDialog::accept()
{
    Workspace *ws = m_session->workspace();
    const ReviewPeriods before = ws->reviewPeriods();
    QString error;
    // Both or neither: one transaction, and only what changed gets a history entry.
    const bool ok = ws->inOneTransaction(
        [&](QString *problem) {
            const std::pair<EvidenceKind, int> wanted[] = {{EvidenceKind::DocumentReview, m_documentMonths->value()},
                                                           {EvidenceKind::DeviceTest, m_deviceTestMonths->value()}};
            for (const auto &[kind, months] : wanted) {
                if (before.months(kind) != months && !ws->setReviewPeriod(kind, months, problem))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok) {
        MessageBox::error(this, windowTitle(), error);
        return;
    }
    m_session->refresh();
    QDialog::accept();
}

} // namespace hoshi
