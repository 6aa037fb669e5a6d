// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi {

class MainWindow;

// Screenshot pages of the EU CRA readiness page (see Screenshot): "cra-readiness" (the Annex I
// requirements of the demo's complete ★1 declaration, one selected with its ★1 items and
// evidence) and "cra-fields" (what the CRA adds, partly filled in, with its history).
namespace CraScreenshots {

[[nodiscard]] bool isCraPage(const QString &page);
[[nodiscard]] bool prepare(MainWindow *window, const QString &page);

} // namespace CraScreenshots

} // namespace hoshi
