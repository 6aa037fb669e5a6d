// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hoshi {

// Where a workspace lives: a `.hoshi` file, or a database on a PostgreSQL server given as a
// libpq connection URI (`postgresql://[user@][host][:port][/database][?param=value&...]`; a
// Unix-socket folder as `host=/path` or percent-encoded in the host part). A password may come
// from the URI, ~/.pgpass, PGPASSWORD or a prompt; Hoshi never writes it anywhere, and display()
// never shows it.
struct WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::WorkspaceLocation)

public:
    enum class Kind { File, Server };

    Kind kind = Kind::File;
    QString filePath; // File: as given

    // Server
    QString host; // name, address or Unix-socket folder; empty: libpq's default socket
    int port = -1;
    QString database;
    QString user;
    QString password;            // held in memory only
    QMap<QString, QString> options; // further libpq keywords (sslmode, sslrootcert, connect_timeout, ...)

    [[nodiscard]] bool isServer() const { return kind == Kind::Server; }
    // The location as the user should see it: the file path, or the URI without a password.
    [[nodiscard]] QString display() const;
    // libpq keyword=value pairs for QSqlDatabase::setConnectOptions (";"-separated).
    [[nodiscard]] QString connectOptions() const;
    // Sets host, port, database, user, password and options of a QPSQL connection not yet open.
    void configure(QSqlDatabase &database) const;

    [[nodiscard]] static bool looksLikeServer(const QString &text);
    // A password that opened a connection, kept in this process's memory only so that further
    // connections (worker threads) to the same address need not ask again.
    static void rememberPassword(const QString &display, const QString &password);
    // True when a connection failed because the server wants a password that was not given.
    [[nodiscard]] static bool passwordRequired(const QString &errorText);
    // A file path is taken as it is; a server URI is parsed, with a translated error when malformed.
    [[nodiscard]] static std::optional<WorkspaceLocation> parse(const QString &text, QString *error);
};

} // namespace hoshi
