#include "messagebox.h"

namespace hoshi {

namespace {

struct State {
    bool nonInteractive = false;
    QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
    QStringList shown;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

void MessageBox::setNonInteractive(bool on)
{
    state().nonInteractive = on;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().nextAnswer = answer;
}

QStringList MessageBox::shownMessages()
{
    return state().shown;
}

void MessageBox::clearShownMessages()
{
    state().shown.clear();
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    if (state().nonInteractive) {
        state().shown << text;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    if (state().nonInteractive) {
        state().shown << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (state().nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = state().nextAnswer;
        state().nextAnswer = QMessageBox::NoButton;
        state().shown << text;
        return answer;
    }
    if (state().nonInteractive) {
        state().shown << text;
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

} // namespace hoshi
