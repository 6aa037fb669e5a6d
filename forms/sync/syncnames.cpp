// SPDX-License-Identifier: Apache-2.0
#include "syncnames.h"

#include "storage/location.h"

#include <QFileInfo>
#include <QHash>

namespace hoshi {

QString SyncNames::recordType(const QString &table)
{
    // Built on every call (not static) so that a change of language shows at once.
    const QHash<QString, QString> names{
        {QStringLiteral("workspace_setting"), tr("Workspace settings")},
        {QStringLiteral("organisation"), tr("Organisations")},
        {QStringLiteral("product"), tr("Products")},
        {QStringLiteral("declaration"), tr("Declarations")},
        {QStringLiteral("declaration_name"), tr("Declaration names")},
        {QStringLiteral("point_overlay"), tr("Point adjustments")},
        {QStringLiteral("assessment"), tr("Assessments")},
        {QStringLiteral("point_choice"), tr("Point choices")},
        {QStringLiteral("evidence"), tr("Evidence")},
        {QStringLiteral("evidence_link"), tr("Evidence links")},
        {QStringLiteral("point_link"), tr("Point links")},
        {QStringLiteral("psti_statement"), tr("PSTI statements")},
        {QStringLiteral("evidence_file"), tr("Evidence files")},
        {QStringLiteral("declaration_form"), tr("Official forms")},
        {QStringLiteral("history"), tr("History entries")},
        {QStringLiteral("baseline"), tr("Baselines")},
        {QStringLiteral("review_comment"), tr("Comments")},
        {QStringLiteral("sign_off"), tr("Sign-offs")},
    };
    return names.value(table, table);
}

QString SyncNames::field(const QString &column)
{
    const QHash<QString, QString> names{
        {QStringLiteral("verdict"), tr("Verdict")},
        {QStringLiteral("justification"), tr("Justification")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("name_en"), tr("Name (English)")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("summary"), tr("Summary")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("status"), tr("Status")},
    };
    return names.value(column, column);
}

QString SyncNames::change(sync::ChangeKind kind)
{
    switch (kind) {
    case sync::ChangeKind::Added:
        return tr("new");
    case sync::ChangeKind::Changed:
        return tr("changed");
    case sync::ChangeKind::Removed:
        return tr("removed");
    }
    return {};
}

QString SyncNames::shortLocation(const QString &location)
{
    return WorkspaceLocation::looksLikeServer(location) ? location : QFileInfo(location).fileName();
}

} // namespace hoshi
