// SPDX-License-Identifier: Apache-2.0
#include "filedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace hoshi {

namespace {

struct State {
    bool pending = false;
    QStringList next;
    QString lastDirectory = QDir::homePath();
};

State &state()
{
    static State s;
    return s;
}

bool takeNext(QStringList *names)
{
    if (!state().pending)
        return false;
    *names = state().next;
    names->removeAll(QString());
    state().pending = false;
    state().next.clear();
    return true;
}

void remember(const QString &file)
{
    if (!file.isEmpty())
        state().lastDirectory = QFileInfo(file).absolutePath();
}

} // namespace

void FileDialog::setNextFileNames(const QStringList &names)
{
    state().pending = true;
    state().next = names;
}

void FileDialog::setLastDirectory(const QString &directory)
{
    state().lastDirectory = directory;
}

QString FileDialog::lastDirectory()
{
    return state().lastDirectory;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QStringList names;
    if (takeNext(&names))
        return names.value(0);
    const QString file = QFileDialog::getOpenFileName(parent, caption, state().lastDirectory, filter);
    remember(file);
    return file;
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    QStringList names;
    if (takeNext(&names))
        return names;
    names = QFileDialog::getOpenFileNames(parent, caption, state().lastDirectory, filter);
    if (!names.isEmpty())
        remember(names.first());
    return names;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                    const QString &defaultSuffix)
{
    QStringList names;
    if (takeNext(&names))
        return names.value(0);
    QFileDialog dialog(parent, caption, state().lastDirectory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString file = dialog.selectedFiles().constFirst();
    remember(file);
    return file;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &start)
{
    QStringList names;
    if (takeNext(&names))
        return names.value(0);
    const QString folder = QFileDialog::getExistingDirectory(parent, caption,
                                                             start.isEmpty() ? state().lastDirectory : start);
    if (!folder.isEmpty())
        state().lastDirectory = folder;
    return folder;
}

} // namespace hoshi
