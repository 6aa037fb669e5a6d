// SPDX-License-Identifier: Apache-2.0
#include "newdeclarationdialog.h"

#include "storage/workspace.h"
#include "util/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

NewDeclarationDialog::NewDeclarationDialog(const Workspace *workspace, qint64 productId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_product(new QComboBox(this)), m_criteria(new QComboBox(this)),
      m_route(new QComboBox(this)), m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("newDeclarationDialog"));
    setWindowTitle(tr("New declaration"));
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_criteria->setObjectName(QStringLiteral("criteriaCombo"));
    m_route->setObjectName(QStringLiteral("routeCombo"));
    m_description->setObjectName(QStringLiteral("criteriaDescription"));
    m_description->setWordWrap(true);
    m_description->setMinimumWidth(420);

    const QString lang = uiLanguage();
    for (const Organisation &o : workspace->organisations()) {
        for (const Product &p : workspace->products(o.id))
            m_product->addItem(tr("%1 (%2)").arg(p.name, o.name), p.id);
    }
    m_product->setCurrentIndex(std::max(0, m_product->findData(productId)));
    // One entry per official set (a new declaration gets the newest data revision of Hoshi's
    // file); two drafts of one category share a title: the id and the status tell them apart.
    for (const CriteriaSet &set : workspace->criteria().sets()) {
        if (workspace->criteria().find(set.id) != &set)
            continue;
        const QString status = set.status == QLatin1String("published") ? tr("published")
                               : set.status == QLatin1String("draft")   ? tr("draft")
                                                                        : tr("superseded");
        m_criteria->addItem(tr("%1 — %2 (%3)").arg(set.title.in(lang), set.id, status), set.id);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Criteria:"), m_criteria);
    form->addRow(tr("&Route:"), m_route);
    form->addRow(QString(), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_criteria, &QComboBox::currentIndexChanged, this, &NewDeclarationDialog::updateRoutes);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_product->count() > 0 && m_criteria->count() > 0);
    updateRoutes();
}

void NewDeclarationDialog::updateRoutes()
{
    const CriteriaSet *set = m_workspace->criteria().find(criteriaSetId());
    const Route current = route();
    m_route->clear();
    m_route->addItem(routeName(Route::Standard), int(Route::Standard));
    // The UK PSTI mutual-recognition route exists only for ★1.
    if (set && set->level == 1)
        m_route->addItem(routeName(Route::Psti), int(Route::Psti));
    m_route->setCurrentIndex(std::max(0, m_route->findData(int(current))));
    if (!set) {
        m_description->clear();
        return;
    }
    const QString lang = uiLanguage();
    QString text = tr("%1 · level ★%2 · %n item(s) · %3", nullptr, int(set->items.size()))
                       .arg(set->id)
                       .arg(set->level)
                       .arg(set->assessment == AssessmentKind::SelfDeclaration ? tr("self-declaration")
                                                                               : tr("third-party evaluation"));
    if (set->status != QLatin1String("published"))
        text += QLatin1Char('\n') + tr("Status: %1 — the item texts may still change.").arg(set->status);
    m_description->setText(text);
}

qint64 NewDeclarationDialog::productId() const
{
    return m_product->currentData().toLongLong();
}

QString NewDeclarationDialog::criteriaSetId() const
{
    return m_criteria->currentData().toString();
}

Route NewDeclarationDialog::route() const
{
    return m_route->count() > 0 ? Route(m_route->currentData().toInt()) : Route::Standard;
}

} // namespace hoshi
