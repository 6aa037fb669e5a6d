// SPDX-License-Identifier: Apache-2.0
#include "formroles.h"

namespace hoshi {

using officialform::CellRole;

QList<CellRole> shownRoles()
{
    return {CellRole::ItemId, CellRole::Point,   CellRole::Verdict, CellRole::Evidence,
            CellRole::Reason, CellRole::Remarks, CellRole::Field};
}

Tone roleTone(CellRole role)
{
    switch (role) {
    case CellRole::ItemId:
        return Tone::Brand;
    case CellRole::Point:
        return Tone::Muted;
    case CellRole::Verdict:
        return Tone::Good;
    case CellRole::Evidence:
        return Tone::MethodDocument;
    case CellRole::Reason:
        return Tone::Warning;
    case CellRole::Remarks:
        return Tone::MethodOther;
    case CellRole::Field:
        return Tone::Vendor;
    case CellRole::None:
        break;
    }
    return Tone::Info;
}

} // namespace hoshi
