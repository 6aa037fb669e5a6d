// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi {

// Every message box goes through here. Tests switch to non-interactive mode: questions get
// the answer set with setNextAnswer() and every message is recorded instead of shown, so a
// test can assert that the user was told about an error.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::MessageBox)

public:
    static void error(QWidget *parent, const QString &title, const QString &text);
    // With the raw text (a server's own words) in the box's details pane, not in its text.
    static void error(QWidget *parent, const QString &title, const QString &text, const QString &details);
    static void information(QWidget *parent, const QString &title, const QString &text);
    [[nodiscard]] static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                              const QString &text,
                                                              QMessageBox::StandardButtons buttons
                                                              = QMessageBox::Yes | QMessageBox::No,
                                                              QMessageBox::StandardButton defaultButton
                                                              = QMessageBox::No);

    // A line of text (a name); std::nullopt when cancelled.
    [[nodiscard]] static std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label,
                                                        const QString &text);

    // A passphrase typed twice (new = true) or once; std::nullopt when cancelled. An empty
    // passphrase is a valid answer ("none").
    [[nodiscard]] static std::optional<QString> getPassphrase(QWidget *parent, const QString &title,
                                                              const QString &label, bool confirmNew);

    // Test seams.
    // The answer the next getText() gives (std::nullopt: cancelled).
    // getPassphrase answers with it too; without one, non-interactive getPassphrase gives "".
    static void setNextText(const std::optional<QString> &text);
    static void setNonInteractive(bool on);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    [[nodiscard]] static QStringList shownMessages();
    // The details of the messages recorded (one entry per error with details).
    [[nodiscard]] static QStringList shownDetails();
    static void clearShownMessages();
};

} // namespace hoshi
