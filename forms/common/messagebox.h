#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace hoshi {

// Every message box goes through here. Tests switch to non-interactive mode: questions get
// the answer set with setNextAnswer() and every message is recorded instead of shown, so a
// test can assert that the user was told about an error.
class MessageBox
{
public:
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    [[nodiscard]] static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                              const QString &text,
                                                              QMessageBox::StandardButtons buttons
                                                              = QMessageBox::Yes | QMessageBox::No,
                                                              QMessageBox::StandardButton defaultButton
                                                              = QMessageBox::No);

    // Test seams.
    static void setNonInteractive(bool on);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    [[nodiscard]] static QStringList shownMessages();
    static void clearShownMessages();
};

} // namespace hoshi
