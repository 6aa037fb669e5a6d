// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteria/criteriaset.h"
#include "domain/model.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace hoshi {

// How verdicts, problems and scopes look, in one place so that the checklist, the item page
// and the problem panel agree. Icons are drawn rather than shipped: the state colours must
// stay legible on light and dark palettes, and no image plugin (SVG) is needed at run time.
class VerdictStyle
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::VerdictStyle)

public:
    [[nodiscard]] static QIcon icon(Verdict verdict);
    [[nodiscard]] static QColor colour(Verdict verdict);
    [[nodiscard]] static QIcon blockingIcon();
    [[nodiscard]] static QIcon warningIcon();
    [[nodiscard]] static QIcon okIcon();
    [[nodiscard]] static QIcon vendorIcon();
    [[nodiscard]] static QIcon applicationIcon();
    // Translated one-line explanation of the method badge, e.g. "D+T: document review and device test".
    [[nodiscard]] static QString methodsDescription(const QList<Method> &methods);
};

} // namespace hoshi
