// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace hoshi {

// The one entry point for JSON the product reads from outside itself (findings files, evidence
// import lists, archived declarations, criteria files, batch input). QJsonDocument alone accepts
// an object that repeats a key and silently keeps one of the values; a file whose meaning depends
// on which one survives is refused here instead. Returns the document, or nullopt with a
// translated reason ("not valid JSON (at byte 12: …)", "the key "verdict" appears twice in one
// object (/findings/0/verdict) …") in *error; callers prefix what the file was.
[[nodiscard]] std::optional<QJsonDocument> readStrictJson(const QByteArray &bytes, QString *error);

} // namespace hoshi
