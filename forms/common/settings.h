// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace hoshi {

// The few things the application remembers between runs (QSettings, organisation "Hoshi").
class Settings
{
public:
    // "" follows the system locale; otherwise "ja" or "en".
    [[nodiscard]] static QString language();
    static void setLanguage(const QString &language);

    [[nodiscard]] static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();
    static constexpr int MaxRecent = 8;

    // Where the last export was written; "" before the first.
    [[nodiscard]] static QString exportDirectory();
    static void setExportDirectory(const QString &folder);
    // Where exports of this workspace were written last; "" before the first.
    [[nodiscard]] static QString exportDirectory(const QString &workspacePath);
    static void setExportDirectory(const QString &workspacePath, const QString &folder);

    // The name recorded in the history for this user's changes; "" until it has been asked.
    [[nodiscard]] static QString userName();
    static void setUserName(const QString &name);

    [[nodiscard]] static QByteArray windowState();
    [[nodiscard]] static QByteArray windowGeometry();
    static void setWindowState(const QByteArray &geometry, const QByteArray &state);
};

} // namespace hoshi
