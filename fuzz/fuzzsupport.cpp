// SPDX-License-Identifier: Apache-2.0
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace hoshi::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "hoshi-fuzz";
    static char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QCoreApplication app(argc, argv);
}

QString scratchFile(const QByteArray &data, const QString &name)
{
    static QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(name);
    for (const QString &leftover : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(QDir(dir.path()).filePath(leftover));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

} // namespace hoshi::fuzz
