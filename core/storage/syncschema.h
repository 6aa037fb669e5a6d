// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// Schema step 16 (synchronisation): global ids on every record that travels between copies,
// and the tables in which each copy remembers what it last saw of another (core/sync).
namespace hoshi::schema {

// The index of step 16 in migrationSteps().
constexpr int SyncStep = 15;

// The tables whose rows carry a global id (column gid, a UUID, unique per table).
[[nodiscard]] QStringList globalIdTables();
// The tables of the append-only log kind (history, baselines, sign-offs): the database refuses
// to change a row once it has its global id.
[[nodiscard]] QStringList appendOnlyTables();
// Step 16 as SQLite runs it.
[[nodiscard]] QStringList syncStepStatements();
// Step 16 as PostgreSQL runs it (serverschema.cpp uses it instead of translating the above).
[[nodiscard]] QStringList serverSyncStepStatements();

} // namespace hoshi::schema
