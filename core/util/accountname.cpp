// SPDX-License-Identifier: Apache-2.0
#include "accountname.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace hoshi {

QString AccountName::fromGecos(const QByteArray &gecos)
{
    return QString::fromUtf8(gecos).section(QLatin1Char(','), 0, 0).trimmed();
}

QString AccountName::loginName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}

QString AccountName::osAccount()
{
    // A process keeps its user id; the look-up is done once.
    static const QString account = [] {
#ifdef Q_OS_UNIX
        if (const passwd *entry = ::getpwuid(::getuid()))
            return QString::fromLocal8Bit(entry->pw_name);
#endif
        return loginName();
    }();
    return account;
}

QString AccountName::fullName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::getuid())) {
        const QString full = fromGecos(QByteArray(entry->pw_gecos ? entry->pw_gecos : ""));
        if (!full.isEmpty())
            return full;
    }
#endif
    return loginName();
}

} // namespace hoshi
