// SPDX-License-Identifier: Apache-2.0
#include "evaluationpointspanel.h"

#include "criteria/criteriadiff.h"

#include "common/statuscolours.h"
#include "common/verdictstyle.h"
#include "gate/pointrules.h"
#include "session/session.h"
#include "util/language.h"
#include "criteria/criteriatext.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace hoshi {

namespace {

QString confidenceName(Confidence c)
{
    switch (c) {
    case Confidence::Official:
        return EvaluationPointsPanel::tr("official source");
    case Confidence::Secondary:
        return EvaluationPointsPanel::tr("secondary source");
    case Confidence::Ours:
        return EvaluationPointsPanel::tr("our wording");
    }
    return {};
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("requirement"))
        return EvaluationPointsPanel::tr("requirement");
    if (field == QLatin1String("methods"))
        return EvaluationPointsPanel::tr("methods");
    if (field == QLatin1String("notApplicable"))
        return EvaluationPointsPanel::tr("N/A rule");
    if (field == QLatin1String("evaluationPoints"))
        return EvaluationPointsPanel::tr("evaluation points");
    return field;
}

QLabel *smallLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

EvaluationPointsPanel::EvaluationPointsPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("evaluationPointsPanel"));
    m_provenance = smallLabel(this, QStringLiteral("itemProvenanceLabel"));
    m_provenance->setStyleSheet(StatusColours::textStyle(Tone::Muted));
    QFont small = m_provenance->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_provenance->setFont(small);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_modeHint = smallLabel(this, QStringLiteral("pointsModeHint"));
    m_rows = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_provenance);
    layout->addSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_modeHint);
    layout->addWidget(m_rows);
}

QString EvaluationPointsPanel::provenanceText(const CriteriaItem &item, const CriteriaSet &set, const QString &language)
{
    Q_UNUSED(language)
    // Group the fields by where they come from: "methods, N/A rule: secondary source: … (section)".
    QList<QPair<QString, QStringList>> groups;
    for (const QString &field : {QStringLiteral("requirement"), QStringLiteral("methods"), QStringLiteral("notApplicable"),
                                 QStringLiteral("evaluationPoints")}) {
        const auto it = item.provenance.constFind(field);
        if (it == item.provenance.constEnd())
            continue;
        // What kind of source it is, in the reader's language; the publisher's own words (often
        // English, e.g. a vendor's blog) go to the tooltip.
        const SourceDocument *d = set.document(it->document);
        const QString where = d && it->confidence != Confidence::Ours ? CriteriaText::documentSummary(*d)
                                                                      : confidenceName(it->confidence);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == where; });
        if (group == groups.end())
            groups.append({where, {fieldName(field)}});
        else
            group->second << fieldName(field);
    }
    QStringList parts;
    for (const auto &[where, fields] : groups)
        parts << tr("%1 — %2").arg(fields.join(QLatin1String(", ")), where);
    return parts.join(QStringLiteral(" · "));
}

void EvaluationPointsPanel::setItem(const QString &itemId)
{
    m_itemId = itemId;
    rebuild();
}

void EvaluationPointsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

void EvaluationPointsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void EvaluationPointsPanel::rebuild()
{
    while (QLayoutItem *child = m_rowsLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    const CriteriaItem *item = m_session->item(m_itemId);
    const DeclarationSnapshot *s = m_session->snapshot();
    if (!item || !s) {
        hide();
        return;
    }
    const QString provenance = provenanceText(*item, s->criteria, uiLanguage());
    m_provenance->setText(provenance);
    QStringList documents;
    for (const SourceRef &ref : item->provenance) {
        const SourceDocument *d = s->criteria.document(ref.document);
        const QString line = d ? CriteriaText::documentLine(*d) : QString();
        if (d && !documents.contains(line))
            documents << line;
    }
    documents.sort();
    m_provenance->setToolTip(documents.join(QLatin1Char('\n')));
    m_provenance->setVisible(!provenance.isEmpty());
    const bool hasPoints = !item->points.isEmpty();
    m_heading->setVisible(hasPoints);
    m_modeHint->setVisible(hasPoints);
    m_rows->setVisible(hasPoints);
    setVisible(hasPoints || !provenance.isEmpty());
    if (!hasPoints)
        return;
    m_heading->setText(tr("Evaluation points"));
    m_modeHint->setText(item->pointMode == PointMode::Alternatives
                            ? tr("Alternatives: tick the point(s) this product relies on; at least one of them needs evidence of its method.")
                            : tr("Every point needs evidence of its method. Link the item's evidence to the point it supports."));
    for (int i = 0; i < item->points.size(); ++i)
        m_rowsLayout->addWidget(pointRow(*item, i));
}

QWidget *EvaluationPointsPanel::pointRow(const CriteriaItem &item, int index)
{
    const EvaluationPoint &point = item.points.at(index);
    const DeclarationSnapshot *s = m_session->snapshot();
    const QString lang = uiLanguage();
    auto *row = new QWidget(m_rows);
    row->setObjectName(QStringLiteral("point_%1").arg(point.id));
    // First line: the id (a check box for alternatives), status and the link menu; below it the
    // text, wrapping, so that a long point never widens the page.
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 2, 0, 2);
    rowLayout->setSpacing(0);
    auto *layout = new QHBoxLayout;
    rowLayout->addLayout(layout);
    const QString id = QStringLiteral("%1 [%2]").arg(point.id, methodsBadge(point.methods));
    // Where the point comes from, so that a placeholder of Hoshi's never looks like IPA's wording.
    auto *text = new QLabel(QStringLiteral("%1 %2").arg(CriteriaDiff::pointOriginLabel(point), point.text.in(lang)), row);
    text->setObjectName(QStringLiteral("pointText_%1").arg(point.id));
    text->setWordWrap(true);
    text->setContentsMargins(24, 0, 0, 0);
    if (item.pointMode == PointMode::Alternatives) {
        auto *relies = new QCheckBox(id, row);
        relies->setObjectName(QStringLiteral("pointChoice_%1").arg(point.id));
        relies->setChecked(s->chosenPoints.value(item.id).contains(point.id));
        relies->setEnabled(!m_readOnly);
        const QString pointId = point.id;
        connect(relies, &QCheckBox::toggled, this, [this, pointId](bool on) {
            // Deferred: the session refresh rebuilds this panel, the check box included.
            const QString itemId = m_itemId;
            QMetaObject::invokeMethod(this, [this, itemId, pointId, on] { m_session->setPointChosen(itemId, pointId, on); },
                                      Qt::QueuedConnection);
        });
        layout->addWidget(relies);
    } else {
        layout->addWidget(new QLabel(id, row));
    }
    layout->addStretch(1);
    rowLayout->addWidget(text);
    const QList<Method> missing = PointRules::uncoveredMethods(*s, item, point);
    auto *status = new QLabel(row);
    status->setObjectName(QStringLiteral("pointStatus_%1").arg(point.id));
    status->setText(missing.isEmpty() ? tr("✓ evidenced") : tr("no %1 yet").arg(VerdictStyle::methodsDescription(missing)));
    status->setStyleSheet(StatusColours::textStyle(missing.isEmpty() ? Tone::Good : Tone::Muted));
    layout->addWidget(status);

    auto *link = new QToolButton(row);
    link->setObjectName(QStringLiteral("pointLink_%1").arg(point.id));
    link->setText(tr("Evidence"));
    link->setToolTip(tr("Link the item's evidence records to this evaluation point"));
    link->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(link);
    const QList<Evidence> evidence = m_session->evidenceFor(item.id);
    for (const Evidence &e : evidence) {
        QAction *action = menu->addAction(QStringLiteral("%1: %2").arg(evidenceKindName(e.kind), e.reference()));
        action->setCheckable(true);
        action->setChecked(s->evidencePoints.value(item.id).value(e.id).contains(point.id));
        const qint64 evidenceId = e.id;
        const QString pointId = point.id;
        connect(action, &QAction::toggled, this, [this, evidenceId, pointId](bool on) { toggleLink(evidenceId, pointId, on); });
    }
    if (evidence.isEmpty())
        menu->addAction(tr("Add evidence to the item first"))->setEnabled(false);
    link->setMenu(menu);
    link->setEnabled(!m_readOnly);
    link->setVisible(item.points.size() > 1); // a single point takes every evidence record of the item
    layout->addWidget(link);
    return row;
}

void EvaluationPointsPanel::toggleLink(qint64 evidenceId, const QString &pointId, bool linked)
{
    const DeclarationSnapshot *s = m_session->snapshot();
    if (!s)
        return;
    QStringList points = s->evidencePoints.value(m_itemId).value(evidenceId);
    points.removeAll(pointId);
    if (linked)
        points << pointId;
    // Deferred: the session refresh rebuilds this panel, menu included.
    const QString itemId = m_itemId;
    QMetaObject::invokeMethod(this, [this, evidenceId, itemId, points] {
        m_session->setEvidencePoints(evidenceId, itemId, points);
    }, Qt::QueuedConnection);
}

} // namespace hoshi
