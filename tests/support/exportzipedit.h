// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// Test helpers for the export tests: rebuild an archive with one change (the way someone
// tampering with it would), read a small archive into memory, run external tools.
namespace exporttest {

struct ZipEdit {
    QMap<QString, QByteArray> replace; // entry path -> new content
    QStringList remove;                // entry paths to drop
    QMap<QString, QByteArray> add;     // new entries
};

// Reads every file of a (trusted, small) archive into memory; empty map and *error on failure.
[[nodiscard]] QMap<QString, QByteArray> readZip(const QString &path, QString *error);
// Writes `target` with the entries of `source`, changed as `edit` says.
[[nodiscard]] bool rewriteZip(const QString &source, const QString &target, const ZipEdit &edit, QString *error);

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};
// Runs a program to completion (60 s at most) in `workingDir` with extra environment entries.
[[nodiscard]] ToolRun runTool(const QString &program, const QStringList &args, const QString &workingDir = {},
                              const QStringList &environment = {});

} // namespace exporttest
