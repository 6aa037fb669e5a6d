// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace hoshi::serverschema {

// One migration step of the workspace schema in PostgreSQL's dialect: the file schema's
// statements translated (see toPostgres), followed by what only the server needs at that step.
[[nodiscard]] QStringList migrationStep(int step);

// Translates one statement of the file schema: INTEGER becomes BIGINT (sizes over 2 GiB, ids),
// INTEGER PRIMARY KEY an identity column, BLOB becomes BYTEA, and SQLite's RAISE(ABORT) triggers
// call the trigger function hoshi_refuse with the same message.
[[nodiscard]] QString toPostgres(const QString &sqliteStatement);

} // namespace hoshi::serverschema
