// SPDX-License-Identifier: Apache-2.0
#include "startstrip.h"

#include "common/statuscolours.h"
#include "common/stylesheetonce.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

StartStrip::StartStrip(QWidget *parent) : QWidget(parent), m_heading(new QLabel(this)), m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("startStrip"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);

    auto *row = new QHBoxLayout;
    const char *names[] = {"startOrganisation", "startProduct", "startDeclaration"};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("→"), this);
            QFont af = arrow->font();
            af.setPointSizeF(af.pointSizeF() * 1.6);
            arrow->setFont(af);
            row->addWidget(arrow);
        }
        row->addWidget(buildStep(m_steps[i], names[i]), 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(row);

    connect(m_steps[0].button, &QPushButton::clicked, this, &StartStrip::organisationRequested);
    connect(m_steps[1].button, &QPushButton::clicked, this, &StartStrip::productRequested);
    connect(m_steps[2].button, &QPushButton::clicked, this, &StartStrip::declarationRequested);
    retranslate();
}

QWidget *StartStrip::buildStep(Step &step, const char *objectName)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QLatin1String(objectName) + QStringLiteral("Step"));
    frame->setFrameShape(QFrame::StyledPanel);
    step.title = new QLabel(frame);
    QFont f = step.title->font();
    f.setBold(true);
    step.title->setFont(f);
    step.text = new QLabel(frame);
    step.text->setWordWrap(true);
    step.text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    step.button = new QPushButton(frame);
    step.button->setObjectName(QLatin1String(objectName) + QStringLiteral("Button"));
    auto *texts = new QVBoxLayout;
    texts->addWidget(step.title);
    texts->addWidget(step.text, 1);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(step.button, 0, Qt::AlignVCenter);
    return frame;
}

void StartStrip::setState(int organisations, int products, bool readOnly)
{
    m_organisations = organisations;
    m_products = products;
    m_readOnly = readOnly;
    refresh();
}

void StartStrip::retranslate()
{
    m_heading->setText(tr("Getting started"));
    m_intro->setText(tr("A declaration belongs to a product, and a product to an organisation (the manufacturer): "
                        "create them in this order. Each is saved at once; rename or remove them with the "
                        "navigator's context menu."));
    m_steps[0].title->setText(tr("1 Organisation"));
    m_steps[0].button->setText(tr("Add organisation"));
    m_steps[1].title->setText(tr("2 Product"));
    m_steps[1].button->setText(tr("Add product"));
    m_steps[2].title->setText(tr("3 Declaration"));
    m_steps[2].button->setText(tr("Create declaration…"));
    refresh();
}

void StartStrip::refresh()
{
    const bool done[] = {m_organisations > 0, m_products > 0, false};
    const bool possible[] = {true, m_organisations > 0, m_products > 0};
    const QString waiting[] = {QString(), tr("Needs an organisation first (step 1)."),
                               tr("Needs a product first (step 2).")};
    const QString texts[] = {tr("The manufacturer: name, corporate number, contact."),
                             tr("Model numbers, firmware, support period, contacts."),
                             tr("Criteria set and route; then every item's verdict and evidence.")};
    for (int i = 0; i < 3; ++i) {
        Step &s = m_steps[i];
        QString text = texts[i];
        if (done[i])
            text = tr("✓ Done (%1)").arg(i == 0 ? tr("%n organisation(s)", nullptr, m_organisations)
                                               : tr("%n product(s)", nullptr, m_products));
        else if (!possible[i])
            text = waiting[i];
        s.text->setText(text);
        setStyleSheetIfChanged(s.text, done[i] ? StatusColours::textStyle(Tone::Good)
                                               : possible[i] ? QString() : StatusColours::textStyle(Tone::Muted));
        s.button->setEnabled(possible[i] && !m_readOnly);
        s.button->setToolTip(m_readOnly ? tr("The workspace is open read-only.") : possible[i] ? QString() : waiting[i]);
        s.button->setDefault(possible[i] && !done[i]);
    }
}

void StartStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
