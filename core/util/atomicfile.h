// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hoshi {

// The one way an output file is written: all of it or nothing. The content goes to a file
// beside the target (same folder, so the rename cannot cross file systems and a full disk
// shows up here), is flushed and fsync()ed, renamed over the target, and the folder is synced
// so that the rename itself survives a power cut. On failure the target is as it was, the
// file beside it is gone, and *error (when given) says why.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::AtomicFile)

public:
    // Writes the path a producer is given; returns false with *error on failure.
    using Producer = std::function<bool(const QString &asidePath, QString *error)>;

    [[nodiscard]] static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // For writers that need a path of their own (libxlsxwriter): `produce` writes the whole file
    // to the path it is given; the rest is as write().
    [[nodiscard]] static bool writeVia(const QString &path, const Producer &produce, QString *error);
    // Makes a rename in `folder` durable (the evidence archive renames its own .partial file).
    static void syncFolder(const QString &folder);
};

} // namespace hoshi
