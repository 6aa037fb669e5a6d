// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared set-up for the GUI tests: a private settings location, non-interactive message
// boxes, and small helpers to drive widgets by objectName the way a user would.
#include "common/messagebox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

namespace formstest {

inline void initApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("HoshiTest"));
    QApplication::setApplicationName(QStringLiteral("hoshi-test"));
    hoshi::MessageBox::setNonInteractive(true);
}

template <typename T = QWidget>
T *find(const QObject *root, const char *objectName)
{
    T *child = root->findChild<T *>(QLatin1String(objectName));
    if (!child)
        qWarning("formstest: no %s named %s", T::staticMetaObject.className(), objectName);
    return child;
}

// Types text key by key; characters outside Latin-1 (Japanese) arrive as text events, as an
// input method delivers them.
inline void keyText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Types into a line edit as a user does and finishes with Return (which commits the field).
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        keyText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace formstest
