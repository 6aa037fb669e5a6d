// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace hoshi {

// The signed-in user's role in each organisation of a workspace on a server (the grants in
// `hoshi_access`, serveraccess.h), so that the application can show what the server would refuse
// as read-only or disabled, with the reason, before anyone types. The server still decides: this
// only shapes the screen. A file, a server without access rules, the workspace's owner and a
// superuser are unrestricted.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ServerRoles)

public:
    enum class Role { None, Auditor, Preparer, Reviewer, Unrestricted };

    // Everything allowed (a file workspace).
    [[nodiscard]] static ServerRoles unrestricted();
    // Reads the user's grants on a short connection of its own to `address` (a postgresql://
    // address; the password comes as for any connection). nullopt and *error on failure.
    [[nodiscard]] static std::optional<ServerRoles> read(const QString &address, QString *error);
    // For tests and callers that know the grants already.
    [[nodiscard]] static ServerRoles fromGrants(const QString &user, const QHash<qint64, Role> &roles);

    [[nodiscard]] Role roleIn(qint64 organisationId) const;
    [[nodiscard]] bool isUnrestricted() const { return m_unrestricted; }
    [[nodiscard]] bool mayChange(qint64 organisationId) const;
    [[nodiscard]] bool mayApprove(qint64 organisationId) const;
    // Organisations are created by the owner only.
    [[nodiscard]] bool mayAddOrganisations() const { return m_unrestricted; }
    // Whether the user may change anything at all (some organisation as preparer or reviewer).
    [[nodiscard]] bool mayChangeAnything() const;
    [[nodiscard]] QString user() const { return m_user; }

    [[nodiscard]] static QString roleName(Role role);
    // Why nothing of the organisation can be changed ("" when it can).
    [[nodiscard]] QString cannotChangeReason(qint64 organisationId, const QString &organisationName) const;
    // Why the user cannot approve declarations of the organisation ("" when they can).
    [[nodiscard]] QString cannotApproveReason(qint64 organisationId, const QString &organisationName) const;

private:
    bool m_unrestricted = true;
    QString m_user;
    QHash<qint64, Role> m_roles;
};

} // namespace hoshi
