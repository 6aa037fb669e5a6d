#include "screenshot.h"

#include "checklist/checklistpage.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace hoshi {

QStringList Screenshot::pages()
{
    return {QStringLiteral("checklist"), QStringLiteral("item-pdf"), QStringLiteral("evidence-editor"),
            QStringLiteral("product-editor"), QStringLiteral("organisation-editor"),
            QStringLiteral("declaration-editor"), QStringLiteral("welcome")};
}

Screenshot::Screenshot(MainWindow *window, const QString &page, const QString &output, QObject *parent)
    : QObject(parent), m_window(window), m_page(page), m_output(output)
{
}

void Screenshot::start()
{
    QTimer::singleShot(200, this, [this] {
        if (!prepare()) {
            std::fprintf(stderr, "hoshi: screenshot page \"%s\" could not be prepared\n", qPrintable(m_page));
            QCoreApplication::exit(1);
            return;
        }
        // PDF pages render in a worker thread; give them time to arrive.
        QTimer::singleShot(1500, this, &Screenshot::capture);
    });
}

bool Screenshot::showItemWithFile(const QString &mediaPrefix, bool deviceTest, bool openEditor)
{
    const DeclarationSnapshot *s = m_window->session()->snapshot();
    if (!s)
        return false;
    for (const CriteriaItem &item : s->criteria.items) {
        for (const Evidence &e : s->evidence.value(item.id)) {
            if ((e.kind == EvidenceKind::DeviceTest) != deviceTest)
                continue;
            for (const EvidenceFile &f : e.files) {
                if (!f.mediaType.startsWith(mediaPrefix))
                    continue;
                m_window->showItem(item.id);
                m_window->itemPage()->selectEvidence(e.id);
                if (openEditor)
                    m_window->showEvidence(e.id);
                return true;
            }
        }
    }
    return false;
}

bool Screenshot::prepare()
{
    Session *session = m_window->session();
    if (m_page == QLatin1String("welcome"))
        return true;
    if (!session->snapshot())
        return false;
    if (m_page == QLatin1String("checklist")) {
        m_window->showChecklist();
        m_window->checklistPage()->selectItem(session->snapshot()->criteria.items.first().id);
        return true;
    }
    if (m_page == QLatin1String("item-pdf"))
        return showItemWithFile(QStringLiteral("application/pdf"), false, false);
    if (m_page == QLatin1String("evidence-editor"))
        return showItemWithFile(QStringLiteral("text/"), true, true);
    if (m_page == QLatin1String("organisation-editor")) {
        m_window->showOrganisation(session->snapshot()->organisation.id);
        return true;
    }
    if (m_page == QLatin1String("declaration-editor")) {
        m_window->showDeclarationDetails();
        return true;
    }
    if (m_page == QLatin1String("product-editor")) {
        m_window->showProduct(session->snapshot()->product.id);
        return true;
    }
    return false;
}

void Screenshot::capture()
{
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_output, "PNG")) {
        std::fprintf(stderr, "hoshi: cannot write %s\n", qPrintable(m_output));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("hoshi: wrote %s (%dx%d)\n", qPrintable(m_output), pixmap.width(), pixmap.height());
    QCoreApplication::exit(0);
}

} // namespace hoshi
