// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteria/criteriaset.h"

#include <QDialog>

namespace hoshi {

// Shows what a newer Hoshi data revision of a declaration's criteria set changes in the texts,
// item by item and field by field (before → after), before the user applies it in place.
class CriteriaDataUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    CriteriaDataUpdateDialog(const CriteriaSet &current, const CriteriaSet &target, QWidget *parent = nullptr);
    [[nodiscard]] int changedRows() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace hoshi
