// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace hoshi {

class Workspace;

// Chooses what a new declaration is made against: the product, the criteria set and the
// route (standard or UK PSTI mutual recognition, which exists only for ★1).
class NewDeclarationDialog : public QDialog
{
    Q_OBJECT

public:
    NewDeclarationDialog(const Workspace *workspace, qint64 productId, QWidget *parent = nullptr);

    [[nodiscard]] qint64 productId() const;
    [[nodiscard]] QString criteriaSetId() const;
    [[nodiscard]] Route route() const;

private:
    void updateRoutes();

    const Workspace *m_workspace;
    QComboBox *m_product;
    QComboBox *m_criteria;
    QComboBox *m_route;
    QLabel *m_description;
};

} // namespace hoshi
