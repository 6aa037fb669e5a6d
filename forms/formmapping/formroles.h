// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/statuscolours.h"
#include "officialform/formprofile.h"

#include <QList>

namespace hoshi {

// The roles the form dialog shows and assigns, in the order of its legend and menus, and the
// tone each is coloured with (from the palette, see StatusColours).
[[nodiscard]] QList<officialform::CellRole> shownRoles();
[[nodiscard]] Tone roleTone(officialform::CellRole role);

} // namespace hoshi
