// SPDX-License-Identifier: Apache-2.0
// Screenshot page of File ▸ Open server workspace…: the dialog over the window, with server
// addresses opened before in its list.
#include "screenshot.h"

#include "mainwindow/mainwindow.h"
#include "mainwindow/openserverdialog.h"

#include <QLineEdit>

namespace hoshi {

bool Screenshot::prepareOpenServer()
{
    const QStringList recent{QStringLiteral("postgresql://sato@hoshi.example.co.jp/jcstar"),
                             QStringLiteral("postgresql://sato@hoshi.example.co.jp:5433/jcstar-test?sslmode=verify-full")};
    auto *dialog = new OpenServerDialog(recent, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return true;
}

} // namespace hoshi
