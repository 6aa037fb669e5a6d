// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hoshi::demofiles {

// Small, deterministic evidence files for the demo, generated without any display or font:
// a text-only PDF (one page per entry of pages), a test log and a PNG "screenshot".
[[nodiscard]] QByteArray pdf(const QString &title, const QList<QStringList> &pages);
[[nodiscard]] QByteArray log(const QString &name, const QStringList &lines);
[[nodiscard]] QByteArray screenshot(int seed);

} // namespace hoshi::demofiles
