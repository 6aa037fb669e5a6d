// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace hoshi {

// Every file dialog of the application goes through here, so that tests can answer them
// without a modal dialog (the seam KeePassXC's FileDialog::setNextFileName provides).
class FileDialog
{
public:
    [[nodiscard]] static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter = {});
    [[nodiscard]] static QStringList getOpenFileNames(QWidget *parent, const QString &caption,
                                                      const QString &filter = {});
    [[nodiscard]] static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &filter = {},
                                                 const QString &defaultSuffix = {});
    // A folder to write into (export); the same test seam answers it.
    [[nodiscard]] static QString getExistingDirectory(QWidget *parent, const QString &caption,
                                                      const QString &start = {});

    // Test seam: the next dialog returns these names at once instead of opening. An empty
    // list entry stands for "the user cancelled".
    static void setNextFileNames(const QStringList &names);
    static void setNextFileName(const QString &name) { setNextFileNames({name}); }

    // The folder the next dialog starts in; remembered between dialogs.
    static void setLastDirectory(const QString &directory);
    [[nodiscard]] static QString lastDirectory();
};

} // namespace hoshi
