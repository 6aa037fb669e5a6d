// SPDX-License-Identifier: Apache-2.0
#include "conflictdialog.h"

#include "statuscolours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

namespace {

QPlainTextEdit *shownText(const QString &text, const QString &objectName, QWidget *parent, bool readOnly)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(readOnly);
    edit->setMinimumWidth(220);
    edit->setMaximumHeight(140);
    return edit;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(Reason reason, const QString &message, const Assessment &mine,
                               const Assessment &theirs, QWidget *parent)
    : QDialog(parent), m_mine(mine), m_theirs(theirs)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(reason == Reason::SavedByOthers ? tr("Someone else saved %1 first").arg(mine.itemId)
                                                   : tr("Not saved yet: %1").arg(mine.itemId));
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictMessage"));
    intro->setWordWrap(true);
    intro->setText(reason == Reason::SavedByOthers
                       ? message + QStringLiteral("\n\n")
                             + tr("Your text was not saved and is kept here. Take theirs, take yours, or edit the "
                                  "result and save it.")
                       : tr("This change was typed while the server could not be reached and is not saved. The "
                            "server is back: save yours, keep what is stored, or edit the result and save it."));
    intro->setStyleSheet(StatusColours::textStyle(Tone::Warning));

    m_grid = new QGridLayout;
    m_grid->addWidget(heading(reason == Reason::SavedByOthers ? tr("Theirs (stored now)") : tr("Stored now"), this), 0, 1);
    m_grid->addWidget(heading(tr("Yours (not saved)"), this), 0, 2);
    m_grid->addWidget(heading(tr("Result to save"), this), 0, 3);
    if (mine.verdict != theirs.verdict) {
        const int row = m_grid->rowCount();
        m_grid->addWidget(new QLabel(tr("Verdict"), this), row, 0);
        auto *theirsLabel = new QLabel(verdictName(theirs.verdict), this);
        theirsLabel->setObjectName(QStringLiteral("conflictTheirs_verdict"));
        auto *mineLabel = new QLabel(verdictName(mine.verdict), this);
        mineLabel->setObjectName(QStringLiteral("conflictMine_verdict"));
        m_verdict = new QComboBox(this);
        m_verdict->setObjectName(QStringLiteral("conflictResult_verdict"));
        for (Verdict v : {Verdict::NotAssessed, Verdict::Conforming, Verdict::NonConforming, Verdict::NotApplicable})
            m_verdict->addItem(verdictName(v), int(v));
        m_verdict->setCurrentIndex(m_verdict->findData(int(mine.verdict)));
        m_grid->addWidget(theirsLabel, row, 1);
        m_grid->addWidget(mineLabel, row, 2);
        m_grid->addWidget(m_verdict, row, 3);
    }
    if (mine.justification.trimmed() != theirs.justification.trimmed())
        addTextRow("justification", tr("Justification"), mine.justification, theirs.justification, &m_justification);
    if (mine.notes.trimmed() != theirs.notes.trimmed())
        addTextRow("notes", tr("Notes"), mine.notes, theirs.notes, &m_notes);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(reason == Reason::SavedByOthers ? tr("Keep &theirs") : tr("&Discard mine"),
                                           QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("conflictTakeTheirs"));
    QPushButton *mineButton = buttons->addButton(tr("Save &mine"), QDialogButtonBox::AcceptRole);
    mineButton->setObjectName(QStringLiteral("conflictTakeMine"));
    QPushButton *merged = buttons->addButton(tr("Save the &result"), QDialogButtonBox::AcceptRole);
    merged->setObjectName(QStringLiteral("conflictSaveResult"));
    connect(keep, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(mineButton, &QPushButton::clicked, this, &ConflictDialog::takeMine);
    connect(merged, &QPushButton::clicked, this, &ConflictDialog::saveResult);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_grid);
    layout->addWidget(buttons);
}

void ConflictDialog::addTextRow(const char *key, const QString &label, const QString &mine, const QString &theirs,
                                QPlainTextEdit **result)
{
    const int row = m_grid->rowCount();
    const QString name = QString::fromLatin1(key);
    m_grid->addWidget(new QLabel(label, this), row, 0, Qt::AlignTop);
    m_grid->addWidget(shownText(theirs, QStringLiteral("conflictTheirs_") + name, this, true), row, 1);
    m_grid->addWidget(shownText(mine, QStringLiteral("conflictMine_") + name, this, true), row, 2);
    *result = shownText(mine, QStringLiteral("conflictResult_") + name, this, false);
    m_grid->addWidget(*result, row, 3);
}

Assessment ConflictDialog::result() const
{
    Assessment a = m_theirs;
    if (m_verdict)
        a.verdict = Verdict(m_verdict->currentData().toInt());
    if (m_justification)
        a.justification = m_justification->toPlainText();
    if (m_notes)
        a.notes = m_notes->toPlainText();
    return a;
}

void ConflictDialog::takeTheirs()
{
    m_chosen.reset();
    Q_EMIT resolved();
    reject();
}

void ConflictDialog::takeMine()
{
    Assessment a = m_theirs;
    a.verdict = m_mine.verdict;
    a.justification = m_mine.justification;
    a.notes = m_mine.notes;
    m_chosen = a;
    Q_EMIT resolved();
    accept();
}

void ConflictDialog::saveResult()
{
    m_chosen = result();
    Q_EMIT resolved();
    accept();
}

} // namespace hoshi
