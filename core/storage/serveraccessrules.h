// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The SQL behind ServerAccess::initialise (serveraccess.h): helper functions, one access rule
// per table of the workspace schema, and the approval trigger.
namespace hoshi::serveraccess {

// How the rows of one table are protected.
struct TableRule {
    QString table;
    // A table of client data: the expression (over the row's columns) that gives the row's
    // organisation; every row is then readable by that organisation's users and changeable
    // by its preparers and reviewers. Empty for the shared tables, which list their policies.
    QString organisation;
    // Client data: a further condition a written row must meet (e.g. its other parent is
    // writable too); empty for none.
    QString writeCheck;
    // Further policies (CREATE POLICY statements without the table: "hoshi_x FOR ... USING ...").
    QStringList policies;
    QString readerPrivileges; // what an auditor is granted ("" for nothing)
    QString writerPrivileges; // what a preparer and a reviewer are granted
};

// Every table the workspace schema has, with its rule. A table found in the database but not
// here has no rule: initialise refuses it rather than leave it open or closed by accident.
[[nodiscard]] const QList<TableRule> &tableRules();

// The tables that hold who may do what (hoshi_access) and who proved holding which content
// (hoshi_content_holder): they belong to the server's users, so copies between workspaces leave
// them alone.
[[nodiscard]] QStringList accessTables();

// Statements run before the policies: the roles, the access tables and the helper functions.
// `schema` is the quoted schema name every SECURITY DEFINER function pins its search_path to.
[[nodiscard]] QStringList setupStatements(const QString &schema);

// Statements run after the policies: the approval trigger.
[[nodiscard]] QStringList finishingStatements(const QString &schema);

// The group roles, comma-separated, for GRANT and policy TO clauses.
[[nodiscard]] QString allGroups();
[[nodiscard]] QString writerGroups();
// The ids of the organisations the signed-in user may read (writers: may change), as a
// subquery for a policy: `(organisation) IN (...)`.
[[nodiscard]] QString grantedOrganisations(bool writers);

} // namespace hoshi::serveraccess
