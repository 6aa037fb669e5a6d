// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QTextBrowser;

namespace hoshi {

// A help text in a scrolling window that fits the screen (a 1024×700 laptop too): the
// getting-started page and the list of keyboard shortcuts.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    HelpDialog(const QString &title, const QString &html, QWidget *parent = nullptr);

    // The getting-started page, in the UI language.
    [[nodiscard]] static QString gettingStartedHtml();

private:
    QTextBrowser *m_text;
};

} // namespace hoshi
