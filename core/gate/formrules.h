// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "submissiongate.h"

#include <QCoreApplication>
#include <QList>

namespace hoshi {

// The submission gate's rules for an attached official form (the user's copy of IPA's
// checklist workbook, DeclarationSnapshot::form). While a form is attached, the export fills it,
// so everything that would make the filled copy wrong or incomplete blocks:
//  - an item of the criteria set the form has no place for ("form-item-missing"), and an item
//    of the form the set does not have ("form-item-extra");
//  - a verdict with no word in the form's vocabulary ("form-vocabulary-unmapped");
//  - a field cell Hoshi cannot fill ("form-field-missing", "form-cell-missing", ...);
//  - a value the filler would refuse: outside the cell's list, over its length limit, a
//    formula in an answer cell (the filler's code with "form-" in front);
//  - a template that cannot be read back as stored ("form-content-damaged", "form-unreadable").
// Every code is "form-" followed by the stable code of core/officialform where one exists.
class FormRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FormRules)

public:
    [[nodiscard]] static QList<GateProblem> check(const DeclarationSnapshot &snapshot);
};

} // namespace hoshi
