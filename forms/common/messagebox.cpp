// SPDX-License-Identifier: Apache-2.0
#include "messagebox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hoshi {

namespace {

struct State {
    bool nonInteractive = false;
    QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
    QStringList shown;
    QStringList details;
    bool hasNextText = false;
    std::optional<QString> nextText;
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

void MessageBox::setNextText(const std::optional<QString> &text)
{
    state().hasNextText = true;
    state().nextText = text;
}

std::optional<QString> MessageBox::getText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &text)
{
    if (state().hasNextText) {
        state().hasNextText = false;
        state().shown << label;
        return state().nextText;
    }
    if (state().nonInteractive) {
        state().shown << label;
        return std::nullopt;
    }
    // Wide enough for a product name or an organisation's full legal name (the default is
    // about 200 pixels).
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("textDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    dialog.setMinimumWidth(std::max(440, dialog.fontMetrics().horizontalAdvance(label) + 60));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

namespace {

std::optional<QString> askPassphrase(QWidget *parent, const QString &title, const QString &label, bool confirmNew)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("passphraseDialog"));
    auto *text = new QLabel(label, &dialog);
    text->setWordWrap(true);
    auto *first = new QLineEdit(&dialog);
    first->setEchoMode(QLineEdit::Password);
    auto *second = new QLineEdit(&dialog);
    second->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(text);
    form->addRow(MessageBox::tr("Passphrase:"), first);
    if (confirmNew)
        form->addRow(MessageBox::tr("Again:"), second);
    else
        second->hide();
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto match = [=] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!confirmNew || first->text() == second->text()); };
    QObject::connect(first, &QLineEdit::textChanged, &dialog, match);
    QObject::connect(second, &QLineEdit::textChanged, &dialog, match);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return first->text();
}

} // namespace

std::optional<QString> MessageBox::getPassphrase(QWidget *parent, const QString &title, const QString &label,
                                                 bool confirmNew)
{
    if (state().hasNextText) {
        state().hasNextText = false;
        state().shown << label;
        return state().nextText;
    }
    if (state().nonInteractive)
        return QString(); // no passphrase, as if OK was pressed on empty fields
    return askPassphrase(parent, title, label, confirmNew);
}

QStringList MessageBox::shownMessages()
{
    return state().shown;
}

void MessageBox::clearShownMessages()
{
    state().shown.clear();
    state().details.clear();
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    if (state().nonInteractive) {
        state().shown << text;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    if (details.isEmpty()) {
        error(parent, title, text);
        return;
    }
    if (state().nonInteractive) {
        state().shown << text;
        state().details << details;
        return;
    }
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

QStringList MessageBox::shownDetails()
{
    return state().details;
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
