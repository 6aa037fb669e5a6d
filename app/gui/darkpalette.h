// SPDX-License-Identifier: Apache-2.0
#pragma once

class QApplication;

namespace hoshi {

// HOSHI_PALETTE=dark: Fusion with a dark palette, to check (and show in the docs) that every
// state colour stays legible on a dark desktop, whatever theme the machine has.
void applyPaletteFromEnvironment(QApplication &app);

} // namespace hoshi
