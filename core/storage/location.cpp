// SPDX-License-Identifier: Apache-2.0
#include "location.h"

#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

namespace hoshi {

namespace {

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

// libpq keywords that have their own field; every other one is passed through as an option.
bool takeKnownKeyword(WorkspaceLocation &location, const QString &key, const QString &value, QString *problem)
{
    if (key == QLatin1String("host")) {
        location.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        location.port = value.toInt(&ok);
        if (!ok || location.port <= 0 || location.port > 65535)
            *problem = WorkspaceLocation::tr("the port \"%1\" is not a number from 1 to 65535").arg(value);
    } else if (key == QLatin1String("dbname")) {
        location.database = value;
    } else if (key == QLatin1String("user")) {
        location.user = value;
    } else if (key == QLatin1String("password")) {
        location.password = value;
    } else {
        return false;
    }
    return true;
}

bool parseHostPart(WorkspaceLocation &location, const QString &hostPart, QString *problem)
{
    if (hostPart.contains(QLatin1Char(','))) {
        *problem = WorkspaceLocation::tr("several hosts in one address are not supported");
        return false;
    }
    QString host = hostPart;
    QString port;
    if (host.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *problem = WorkspaceLocation::tr("the IPv6 address is missing its closing bracket");
            return false;
        }
        port = host.mid(close + 1).startsWith(QLatin1Char(':')) ? host.mid(close + 2) : QString();
        host = host.mid(1, close - 1);
    } else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        port = host.mid(colon + 1);
        host = host.left(colon);
    }
    location.host = decoded(host);
    if (!port.isEmpty())
        takeKnownKeyword(location, QStringLiteral("port"), port, problem);
    return problem->isEmpty();
}

QMap<QString, QString> &passwords()
{
    static QMap<QString, QString> remembered;
    return remembered;
}

QMutex &passwordsMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

void WorkspaceLocation::rememberPassword(const QString &display, const QString &password)
{
    const QMutexLocker lock(&passwordsMutex());
    passwords().insert(display, password);
}

bool WorkspaceLocation::passwordRequired(const QString &errorText)
{
    // libpq's words: "fe_sendauth: no password supplied", "password authentication failed";
    // a libpq with Japanese catalogues says パスワード in both. The CLI and the GUI ask this.
    return errorText.contains(QLatin1String("no password supplied"))
           || errorText.contains(QLatin1String("password authentication failed"))
           || errorText.contains(QStringLiteral("パスワード"));
}

bool WorkspaceLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<WorkspaceLocation> WorkspaceLocation::parse(const QString &text, QString *error)
{
    WorkspaceLocation location;
    if (!looksLikeServer(text)) {
        location.filePath = text;
        return location;
    }
    location.kind = Kind::Server;
    static const QRegularExpression uri(
        QStringLiteral("^postgres(?:ql)?://(?:([^@/?]*)@)?([^/?]*)(?:/([^?]*))?(?:\\?(.*))?$"));
    const QRegularExpressionMatch m = uri.match(text);
    QString problem;
    if (!m.hasMatch()) {
        problem = tr("it is not of the form postgresql://user@host:port/database");
    } else {
        const QString userInfo = m.captured(1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        location.user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            location.password = decoded(userInfo.mid(colon + 1));
        location.database = decoded(m.captured(3));
        if (parseHostPart(location, m.captured(2), &problem)) {
            const QStringList pairs = m.captured(4).split(QLatin1Char('&'), Qt::SkipEmptyParts);
            for (const QString &pair : pairs) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                const QString key = decoded(eq < 0 ? pair : pair.left(eq));
                const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
                static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
                if (eq < 0 || !keyword.match(key).hasMatch() || value.contains(QLatin1Char(';'))) {
                    problem = tr("the parameter \"%1\" is not of the form name=value").arg(pair);
                    break;
                }
                if (!takeKnownKeyword(location, key, value, &problem))
                    location.options.insert(key, value);
                if (!problem.isEmpty())
                    break;
            }
        }
    }
    if (problem.isEmpty() && location.database.isEmpty())
        problem = tr("it names no database (postgresql://host/DATABASE)");
    if (problem.isEmpty() && location.password.isEmpty()) {
        const QMutexLocker lock(&passwordsMutex());
        location.password = passwords().value(location.display());
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("The server address %1 is not valid: %2.").arg(WorkspaceLocation{location}.display(), problem);
        return std::nullopt;
    }
    return location;
}

QString WorkspaceLocation::display() const
{
    if (!isServer())
        return filePath;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + encoded(host);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query << it.key() + QLatin1Char('=') + encoded(it.value());
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString WorkspaceLocation::connectOptions() const
{
    QStringList pairs;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        QString value = it.value();
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        pairs << it.key() + QStringLiteral("='") + value + QLatin1Char('\'');
    }
    return pairs.join(QLatin1Char(';'));
}

} // namespace hoshi

namespace hoshi {

void WorkspaceLocation::configure(QSqlDatabase &database) const
{
    database.setHostName(host);
    database.setPort(port);
    database.setDatabaseName(this->database);
    database.setUserName(user);
    database.setPassword(password);
    database.setConnectOptions(connectOptions());
}

} // namespace hoshi
