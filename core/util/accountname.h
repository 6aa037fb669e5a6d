// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi {

// Who the person at the keyboard is, as the operating system knows them: the full name
// from the account's passwd entry (GECOS field, up to its first comma), else the login
// name, else "".
class AccountName
{
public:
    [[nodiscard]] static QString fullName();
    [[nodiscard]] static QString loginName();
    // The operating-system account this process runs as, from the passwd entry of its user id
    // (not from USER or LOGNAME, which anyone can set); loginName() where there is no passwd.
    [[nodiscard]] static QString osAccount();
    // The first comma-separated field of a GECOS string ("Hanako Yamada,Room 3,,"), trimmed.
    [[nodiscard]] static QString fromGecos(const QByteArray &gecos);
};

} // namespace hoshi
