// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace hoshi {

class Session;
struct CriteriaItem;
struct CriteriaSet;

// The evaluation points (評価項目) of the item shown on the item page, with where the item's
// fields come from. For alternatives the vendor ticks the point(s) the product relies on; for
// every point a menu links the item's evidence records to it. Points, ticks and links are
// re-read from the session after each change. Empty (hidden) for items without points.
class EvaluationPointsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPointsPanel(Session *session, QWidget *parent = nullptr);

    void setItem(const QString &itemId);
    void setReadOnly(bool readOnly);

    // "requirement: our summary · methods, N/A: secondary source: … (section)" for an item.
    [[nodiscard]] static QString provenanceText(const CriteriaItem &item, const CriteriaSet &set, const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *pointRow(const CriteriaItem &item, int index);
    void toggleLink(qint64 evidenceId, const QString &pointId, bool linked);

    Session *m_session;
    QString m_itemId;
    bool m_readOnly = false;
    QLabel *m_provenance;
    QLabel *m_heading;
    QLabel *m_modeHint;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
};

} // namespace hoshi
