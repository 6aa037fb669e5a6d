// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Every record of a workspace (file or server) that synchronisation carries, as sorted text rows
// in which integer ids are replaced by the global id of the record they name (content by its
// SHA-256): two copies that hold the same records dump equal, whatever their own ids are.
// Read with plain SQL, independently of the engine under test.
namespace syncdump {

[[nodiscard]] QMap<QString, QStringList> dump(const QString &location);
// The first difference between two dumps ("" when equal), for failure messages.
[[nodiscard]] QString firstDifference(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b);

} // namespace syncdump
