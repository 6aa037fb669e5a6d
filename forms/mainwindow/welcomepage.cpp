// SPDX-License-Identifier: Apache-2.0
#include "welcomepage.h"

#include "storage/location.h"

#include "common/settings.h"
#include "common/verdictstyle.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_new(new QPushButton(this)),
      m_open(new QPushButton(this)), m_openServer(new QPushButton(this)), m_demo(new QPushButton(this)), m_archive(new QPushButton(this)), m_recentHeading(new QLabel(this)),
      m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_new->setObjectName(QStringLiteral("welcomeNewButton"));
    m_open->setObjectName(QStringLiteral("welcomeOpenButton"));
    m_openServer->setObjectName(QStringLiteral("welcomeOpenServerButton"));
    m_demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    m_archive->setObjectName(QStringLiteral("welcomeArchiveButton"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    auto *icon = new QLabel(this);
    icon->setPixmap(VerdictStyle::applicationIcon().pixmap(96, 96));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 2);
    f.setBold(true);
    m_title->setFont(f);
    m_text->setWordWrap(true);
    QFont bold = m_recentHeading->font();
    bold.setBold(true);
    m_recentHeading->setFont(bold);
    m_recent->setMaximumHeight(180);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_openServer);
    buttons->addWidget(m_demo);
    buttons->addSpacing(12);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    auto *column = new QVBoxLayout;
    column->addWidget(icon);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(m_recentHeading);
    column->addWidget(m_recent);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_openServer, &QPushButton::clicked, this, &WelcomePage::openServerRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_archive, &QPushButton::clicked, this, &WelcomePage::archiveRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Hoshi"));
    m_text->setText(tr("A workbench for JC-STAR IoT security self-declarations: assess every item, keep the "
                       "evidence with it, and see at once what still blocks submission. A workspace is one "
                       "file on your computer, or a database on a team server that several people use at "
                       "once; every change is saved as you make it."));
    m_new->setText(tr("New workspace…"));
    m_open->setText(tr("Open workspace…"));
    m_openServer->setText(tr("Open server workspace…"));
    m_openServer->setToolTip(tr("A workspace on a PostgreSQL server (postgresql://…), shared by a team."));
    m_demo->setText(tr("Open the demo"));
    m_archive->setText(tr("Check an evidence archive…"));
    m_archive->setToolTip(tr("Auditor mode: verify a retained evidence archive (.zip) and browse it read-only."));
    m_recentHeading->setText(tr("Recent workspaces"));
    reloadRecent();
}

void WelcomePage::reloadRecent()
{
    m_recent->clear();
    for (const QString &path : Settings::recentWorkspaces()) {
        const QString text = WorkspaceLocation::looksLikeServer(path)
                                 ? tr("%1 — server").arg(path)
                                 : tr("%1 — %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath());
        auto *item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_recent->count() == 0)
        new QListWidgetItem(tr("(none yet)"), m_recent);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
