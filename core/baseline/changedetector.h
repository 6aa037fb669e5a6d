// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi {

// One difference between two states of a declaration.
struct DeclarationChange {
    enum class Area { Organisation, Product, Declaration, Item, Evidence, File };
    enum class Kind { Added, Removed, Changed };

    Area area = Area::Item;
    Kind kind = Kind::Changed;
    QString itemId;        // the item, for Area::Item
    qint64 evidenceId = -1; // for Area::Evidence and Area::File
    QString field;         // JSON key: "verdict", "firmwareVersion", "evidence", a file's name ...
    QString before;        // text of the old value (empty when added)
    QString after;         // text of the new value (empty when removed)
    QStringList affectedItems; // items whose assessment the change touches

    // One translated line, e.g. "S1.1-04: verdict changed from conforming to non-conforming".
    [[nodiscard]] QString describe() const;
};

// "Changes since": compares two DeclarationJson documents (a baseline, an archive's
// data/declaration.json, or the current declaration) field by field. Pure: the same two inputs
// always give the same list, in a stable order (organisation, product, declaration, items in
// criteria order, evidence by id).
class ChangeDetector
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ChangeDetector)

public:
    [[nodiscard]] static std::optional<QList<DeclarationChange>> compare(const QByteArray &beforeJson,
                                                                         const QByteArray &afterJson, QString *error);
    // Language-neutral JSON: area, kind, item, evidenceId, field, before, after, affectedItems.
    [[nodiscard]] static QJsonArray toJson(const QList<DeclarationChange> &changes);
    [[nodiscard]] static QString areaKey(DeclarationChange::Area area);
    [[nodiscard]] static QString kindKey(DeclarationChange::Kind kind);
    // Items named by any change (itemId or affectedItems), in first-seen order.
    [[nodiscard]] static QStringList touchedItems(const QList<DeclarationChange> &changes);
};

} // namespace hoshi
