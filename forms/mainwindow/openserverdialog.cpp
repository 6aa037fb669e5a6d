// SPDX-License-Identifier: Apache-2.0
#include "openserverdialog.h"

#include "common/statuscolours.h"
#include "storage/location.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

OpenServerDialog::OpenServerDialog(const QStringList &recentAddresses, QWidget *parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_recent(new QListWidget(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("openServerDialog"));
    setWindowTitle(tr("Open server workspace"));
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_address->setMinimumWidth(460);
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_recent->addItems(recentAddresses);
    m_recent->setMaximumHeight(140);
    m_problem->setObjectName(QStringLiteral("serverAddressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    m_problem->hide();

    auto *intro = new QLabel(tr("The address of a Hoshi workspace on a PostgreSQL server. Everyone who opens it "
                                "works on the same declarations at the same time; the server decides who you are. "
                                "A password is asked for when the server needs one and is never saved."),
                             this);
    intro->setWordWrap(true);
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    auto *recentLabel = new QLabel(tr("&Recent servers:"), this);
    recentLabel->setBuddy(m_recent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_problem);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(buttons);
    recentLabel->setVisible(!recentAddresses.isEmpty());
    m_recent->setVisible(!recentAddresses.isEmpty());

    connect(buttons, &QDialogButtonBox::accepted, this, &OpenServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QListWidget::currentTextChanged, m_address, &QLineEdit::setText);
    connect(m_recent, &QListWidget::itemActivated, this, &OpenServerDialog::accept);
    auto *open = buttons->button(QDialogButtonBox::Open);
    connect(m_address, &QLineEdit::textChanged, this, [this, open](const QString &text) {
        open->setEnabled(!text.trimmed().isEmpty());
        m_problem->hide();
    });
    open->setEnabled(false);
}

QString OpenServerDialog::address() const
{
    return m_address->text().trimmed();
}

QStringList OpenServerDialog::recentServerAddresses(const QStringList &recentWorkspaces)
{
    QStringList servers;
    for (const QString &path : recentWorkspaces) {
        if (WorkspaceLocation::looksLikeServer(path))
            servers << path;
    }
    return servers;
}

void OpenServerDialog::accept()
{
    QString problem;
    if (!WorkspaceLocation::looksLikeServer(address()))
        problem = tr("A server address starts with postgresql://");
    else
        (void)WorkspaceLocation::parse(address(), &problem);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace hoshi
