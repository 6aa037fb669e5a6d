// SPDX-License-Identifier: Apache-2.0
#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hoshi {

HelpDialog::HelpDialog(const QString &title, const QString &html, QWidget *parent)
    : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // As tall as the text wants, but never taller than the screen leaves room for: the rest
    // scrolls.
    const QScreen *screen = parent ? parent->screen() : this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
    m_text->document()->setTextWidth(560);
    const int wanted = int(m_text->document()->size().height()) + 80;
    resize(std::min(640, available.width() - 40), std::clamp(wanted, 240, std::min(560, available.height() * 85 / 100)));
}

QString HelpDialog::gettingStartedHtml()
{
    const QStringList steps{
        tr("<b>Open a workspace.</b> File ▸ New workspace creates one file (<i>.hoshi</i>) that holds "
           "everything: organisations, products, declarations, evidence files and their history. Every change "
           "is saved at once; there is no Save command. To look around first, open the demo (File ▸ Open demo)."),
        tr("<b>Describe who declares what.</b> The guided start above the page asks for the organisation, the "
           "product and then a declaration against a criteria set (★1: JST-CR-01-01-2024R1)."),
        tr("<b>Work through the checklist.</b> Each row is one criterion. Open it (Enter or double-click), "
           "choose a verdict, and attach evidence: a document review (which manual, which pages) or a device "
           "test (what was done, on which firmware, with what result). Items that do not apply need a "
           "justification."),
        tr("<b>Keep an eye on the problems panel.</b> At the bottom it lists everything that still blocks "
           "submission. Click a problem to go to the field that needs attention; F8 jumps to the next one."),
        tr("<b>Review and sign off.</b> The review panel (View menu) lets a colleague approve the declaration "
           "or request changes, with remarks per item."),
        tr("<b>Export.</b> When nothing blocks submission, File ▸ Export writes the application package for IPA "
           "and the evidence archive you must retain. An auditor opens that archive with File ▸ Open evidence "
           "archive and can record findings."),
    };
    QString html = QStringLiteral("<h3>%1</h3><ol>").arg(tr("Getting started with Hoshi"));
    for (const QString &step : steps)
        html += QStringLiteral("<li style='margin-bottom:6px'>%1</li>").arg(step);
    html += QStringLiteral("</ol><p>%1</p>")
                .arg(tr("Help ▸ Keyboard shortcuts (F1) lists every key. The criteria texts in Hoshi are summaries; "
                        "IPA's official Japanese documents are authoritative."));
    return html;
}

} // namespace hoshi
