// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

// Tests that run against both storage backends. With HOSHI_TEST_SERVER set to the folder of a
// private cluster (tools/pgcluster.sh, started by ctest as a fixture), every new workspace of a
// test is a fresh database on that server; otherwise a file in the test's temporary folder.
namespace testserver {

// The cluster folder, or "" when the tests run against files only.
[[nodiscard]] QString clusterDir();
[[nodiscard]] inline bool enabled() { return !clusterDir().isEmpty(); }
// The address of a database on the cluster, connecting as `user` (the superuser "hoshi" by default).
[[nodiscard]] QString url(const QString &database, const QString &user = QStringLiteral("hoshi"));
// A new, empty database on the cluster; returns its address ("" and *error on failure).
[[nodiscard]] QString createDatabase(QString *error);
// Runs statements directly (behind Hoshi's back) on a database of the cluster, as the user its
// address names, or on a workspace file when given a path; *error names the failing statement.
[[nodiscard]] bool exec(const QString &url, const QStringList &statements, QString *error);
// The rows of one query, each row's columns joined by '|'.
[[nodiscard]] QStringList query(const QString &url, const QString &sql, QString *error);

[[nodiscard]] inline bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"));
}

// Where a test's workspace `name` lives on the backend under test.
[[nodiscard]] QString newWorkspaceLocation(const QTemporaryDir &dir, const QString &name);

} // namespace testserver
