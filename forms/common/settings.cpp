// SPDX-License-Identifier: Apache-2.0
#include "settings.h"

#include "storage/location.h"

#include <QFileInfo>
#include <QSettings>

namespace hoshi {

QString Settings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QStringList Settings::recentWorkspaces()
{
    QStringList list = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
    // Earlier versions stored server addresses as if they were file paths ("<folder>/postgresql:/
    // alice@..."): such an entry opens nothing, and its "//" is lost, so it cannot be repaired.
    list.removeIf([](const QString &entry) {
        return !WorkspaceLocation::looksLikeServer(entry) && entry.contains(QLatin1String("/postgresql:/"));
    });
    return list;
}

void Settings::addRecentWorkspace(const QString &path)
{
    // A server address is kept as given (without its password: Workspace::path()); only a file
    // path is made absolute.
    const QString absolute = WorkspaceLocation::looksLikeServer(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = recentWorkspaces();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("workspaces/recent"), list);
}

void Settings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(path);
    QSettings().setValue(QStringLiteral("workspaces/recent"), list);
}

void Settings::clearRecentWorkspaces()
{
    QSettings().remove(QStringLiteral("workspaces/recent"));
}

QString Settings::exportDirectory()
{
    return QSettings().value(QStringLiteral("export/directory")).toString();
}

void Settings::setExportDirectory(const QString &folder)
{
    QSettings().setValue(QStringLiteral("export/directory"), folder);
}

QString Settings::exportDirectory(const QString &workspacePath)
{
    if (workspacePath.isEmpty())
        return {};
    return QSettings().value(QStringLiteral("export/byWorkspace")).toMap().value(workspacePath).toString();
}

void Settings::setExportDirectory(const QString &workspacePath, const QString &folder)
{
    if (workspacePath.isEmpty())
        return;
    QVariantMap map = QSettings().value(QStringLiteral("export/byWorkspace")).toMap();
    map.insert(workspacePath, folder);
    QSettings().setValue(QStringLiteral("export/byWorkspace"), map);
}

QString Settings::userName()
{
    return QSettings().value(QStringLiteral("user/name")).toString();
}

void Settings::setUserName(const QString &name)
{
    QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
}

QByteArray Settings::windowState()
{
    return QSettings().value(QStringLiteral("ui/windowState")).toByteArray();
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(QStringLiteral("ui/windowGeometry")).toByteArray();
}

void Settings::setWindowState(const QByteArray &geometry, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("ui/windowGeometry"), geometry);
    QSettings().setValue(QStringLiteral("ui/windowState"), state);
}

} // namespace hoshi
