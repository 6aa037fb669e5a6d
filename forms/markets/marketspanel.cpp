// SPDX-License-Identifier: Apache-2.0
#include "marketspanel.h"

#include "common/filedialog.h"
#include "common/statuscolours.h"
#include "markets/marketsservice.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

namespace {

QLabel *wrapped(QWidget *parent, const QString &objectName = QString())
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    return l;
}

} // namespace

MarketsPanel::MarketsPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("marketsPanel"));
    auto *layout = new QVBoxLayout(this);
    m_intro = wrapped(this);
    layout->addWidget(m_intro);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto *buttons = new QHBoxLayout;
    m_ukRecord = new QPushButton(this);
    m_ukRecord->setObjectName(QStringLiteral("writeUkRecordButton"));
    buttons->addWidget(m_ukRecord);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_result = wrapped(this, QStringLiteral("ukRecordResult"));
    layout->addWidget(m_result);
    layout->addStretch();
    connect(m_ukRecord, &QPushButton::clicked, this, &MarketsPanel::writeUkRecord);
    retranslate();
}

void MarketsPanel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void MarketsPanel::retranslate()
{
    m_intro->setText(tr("What this declaration's label gives in other markets, as of today. Hoshi prepares; the "
                        "manufacturer declares. Each line names its legal basis and source."));
    m_ukRecord->setText(tr("Write the &UK compliance record…"));
    m_ukRecord->setToolTip(tr("A one-page record in English (PDF, with a JSON copy beside it) that a UK importer or "
                              "distributor can keep."));
    reload();
}

void MarketsPanel::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MarketsPanel::reload()
{
    clearRows();
    Workspace *ws = m_session->workspace();
    const qint64 id = m_session->currentDeclarationId();
    QString error;
    const std::optional<markets::DeclarationMarkets> m =
        ws && id >= 0 ? markets::MarketsService::read(*ws, id, m_today, &error) : std::nullopt;
    m_ukRecord->setEnabled(m && !m->statuses.isEmpty() && m->statuses.first().recognised);
    if (!m) {
        QLabel *why = wrapped(this);
        why->setText(error);
        m_rows->addWidget(why);
        return;
    }
    for (const markets::MarketStatus &s : m->statuses) {
        QLabel *statement = wrapped(this, QStringLiteral("marketStatus-") + markets::Recognition::marketKey(s.market));
        statement->setText(s.statement);
        statement->setStyleSheet(StatusColours::textStyle(s.recognised ? Tone::Good : Tone::Warning, true));
        QLabel *source = wrapped(this);
        source->setText((s.sourceKind == markets::SourceKind::Official ? tr("Legal basis: %1. Source (official): %2")
                                                                        : tr("Legal basis: %1. Source (secondary, not "
                                                                             "yet official): %2"))
                            .arg(s.legalBasis, s.source));
        source->setStyleSheet(StatusColours::textStyle(Tone::Muted));
        m_rows->addWidget(statement);
        m_rows->addWidget(source);
    }
}

void MarketsPanel::writeUkRecord()
{
    Workspace *ws = m_session->workspace();
    const qint64 id = m_session->currentDeclarationId();
    if (!ws || id < 0)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Write the UK compliance record"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (markets::MarketsService::writeUkRecord(*ws, id, m_today, path, &error)) {
        m_result->setStyleSheet(StatusColours::textStyle(Tone::Good));
        m_result->setText(tr("Written: %1 and %2").arg(path, markets::UkRecord::jsonPathFor(path)));
    } else {
        m_result->setStyleSheet(StatusColours::textStyle(Tone::Bad));
        m_result->setText(error);
    }
}

} // namespace hoshi
