// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the fuzz harnesses and the replay program: a Qt application object (SQLite driver
// plugins and the offscreen platform need one) and a scratch folder for inputs that must be files.
namespace hoshi::fuzz {

void ensureApplication();
// Writes data to a fixed file in a private temporary folder and returns its path.
[[nodiscard]] QString scratchFile(const QByteArray &data, const QString &name);

} // namespace hoshi::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
