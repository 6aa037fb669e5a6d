// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hoshi {

// An answer that was not saved, beside the one stored now: someone else saved the same item
// first, or it was typed while the server could not be reached. Nothing typed is lost: the
// person takes theirs (the stored answer stays), takes mine, or edits the result (prefilled
// with mine) and saves that. Only the fields that differ are shown.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason { SavedByOthers, NotSavedOffline };
    ConflictDialog(Reason reason, const QString &message, const Assessment &mine, const Assessment &theirs,
                   QWidget *parent = nullptr);

    // The answer to save (theirs with the chosen fields), or nullopt: keep theirs.
    [[nodiscard]] std::optional<Assessment> chosen() const { return m_chosen; }
    [[nodiscard]] Assessment mine() const { return m_mine; }
    [[nodiscard]] Assessment theirs() const { return m_theirs; }

    void takeTheirs();
    void takeMine();
    void saveResult();

Q_SIGNALS:
    // The choice is made (also for "take theirs": then chosen() is empty).
    void resolved();

private:
    void addTextRow(const char *key, const QString &label, const QString &mine, const QString &theirs,
                    QPlainTextEdit **result);
    [[nodiscard]] Assessment result() const;

    Assessment m_mine;
    Assessment m_theirs;
    std::optional<Assessment> m_chosen;
    QComboBox *m_verdict = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace hoshi
