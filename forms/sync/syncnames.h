// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QString>

namespace hoshi {

// What a person reads for the engine's names: record types (its table names), fields (column
// names) and kinds of change. A name without a translation here is shown as the engine gives it.
class SyncNames
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::SyncNames)

public:
    [[nodiscard]] static QString recordType(const QString &table);
    [[nodiscard]] static QString field(const QString &column);
    [[nodiscard]] static QString change(sync::ChangeKind kind);
    // A location as the status bar names it: a file's name, a server address as it is.
    [[nodiscard]] static QString shortLocation(const QString &location);
};

} // namespace hoshi
