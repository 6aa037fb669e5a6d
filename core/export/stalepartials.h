// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace hoshi {

// Exports write "<name>.partial" and rename it when complete. An export that was killed leaves
// its partial file (or package folder) behind; the next export of the same product and criteria
// removes those, but never one that a running export is still writing: a writer holds an
// advisory lock (flock) on its partial file or folder for as long as it writes.
class StalePartials
{
public:
    // Held by an export on the partial file or folder it is writing.
    class Hold
    {
    public:
        explicit Hold(const QString &path);
        ~Hold();
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;

    private:
        int m_fd = -1;
    };

    // Removes every "<prefix><yyyyMMdd>[-n]-{application,application.zip,evidence.zip}.partial"
    // in dir that no running export holds; returns the paths it removed.
    static QStringList removeStale(const QDir &dir, const QString &prefix);
};

} // namespace hoshi
