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

    [[nodiscard]] static QByteArray windowState();
    [[nodiscard]] static QByteArray windowGeometry();
    static void setWindowState(const QByteArray &geometry, const QByteArray &state);
};

} // namespace hoshi
