// SPDX-License-Identifier: Apache-2.0
#include "screenshot.h"
#include "screenshot_cra.h"
#include "screenshot_review.h"

#include "auditor/auditorpage.h"
#include "criteria/criterialibrarypage.h"
#include "checklist/checklistpage.h"
#include "common/filedialog.h"
#include "export/exportdialog.h"
#include "export/exportjob.h"
#include "export/keygenerator.h"
#include "itempage/itempage.h"
#include "storage/workspace.h"
#include "label/labellifecyclepage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QAction>
#include <QDialog>
#include <QTimer>

#include <cstdio>

namespace hoshi {

QStringList Screenshot::pages()
{
    return {QStringLiteral("checklist"), QStringLiteral("item-pdf"), QStringLiteral("evidence-editor"),
            QStringLiteral("product-editor"), QStringLiteral("organisation-editor"),
            QStringLiteral("declaration-editor"), QStringLiteral("welcome"), QStringLiteral("export"),
            QStringLiteral("export-options"), QStringLiteral("export-blocked"), QStringLiteral("auditor"),
            QStringLiteral("portfolio"), QStringLiteral("auditor-findings"),
            QStringLiteral("item-comments"), QStringLiteral("review"),
            QStringLiteral("label-record"), QStringLiteral("label-changes"), QStringLiteral("label-preview"),
            QStringLiteral("item-points"), QStringLiteral("criteria-library"),
            QStringLiteral("auditor-tampered"), QStringLiteral("start"), QStringLiteral("open-server"),
            QStringLiteral("form-mapping"), QStringLiteral("form-mapping-unresolved"),
            QStringLiteral("capture-findings"), QStringLiteral("capture-rerun"), QStringLiteral("label-markets"),
            QStringLiteral("sync"),
            QStringLiteral("cra-readiness"), QStringLiteral("cra-fields")};

}

Screenshot::Screenshot(MainWindow *window, const QString &page, const QString &output, QObject *parent)
    : QObject(parent), m_window(window), m_page(page), m_output(output)
{
}

Screenshot::~Screenshot() = default;

void Screenshot::start()
{
    QTimer::singleShot(200, this, [this] {
        if (!prepare()) {
            std::fprintf(stderr, "hoshi: screenshot page \"%s\" could not be prepared\n", qPrintable(m_page));
            QCoreApplication::exit(1);
            return;
        }
        waitUntilReady(600);
    });
}

bool Screenshot::ready() const
{
    if (m_page == QLatin1String("export")) {
        const ExportDialog *dialog = m_window->exportDialog();
        return dialog && dialog->state() == ExportDialog::State::Done;
    }
    if (m_page.startsWith(QLatin1String("auditor")))
        return m_window->auditorPage()->hasResult() && !m_window->auditorPage()->isBusy();
    if (m_page.startsWith(QLatin1String("capture-")))
        return captureReady();
    if (m_page == QLatin1String("sync"))
        return syncReady();
    return true;
}

void Screenshot::waitUntilReady(int attempts)
{
    if (!ready()) {
        if (attempts <= 0) {
            std::fprintf(stderr, "hoshi: screenshot page \"%s\" did not become ready\n", qPrintable(m_page));
            QCoreApplication::exit(1);
            return;
        }
        QTimer::singleShot(100, this, [this, attempts] { waitUntilReady(attempts - 1); });
        return;
    }
    // PDF pages render in a worker thread; give them time to arrive.
    QTimer::singleShot(4000, this, &Screenshot::capture); // a loaded machine renders slowly
}

bool Screenshot::showCompleteDeclaration()
{
    // The demo opens its in-progress declaration; the complete one is the one nothing blocks.
    Session *session = m_window->session();
    for (const Declaration &d : session->workspace()->declarations()) {
        m_window->showDeclaration(d.id);
        if (session->snapshot() && session->blockingCount() == 0)
            return true;
    }
    return false;
}

bool Screenshot::prepareExport()
{
    if (!showCompleteDeclaration())
        return false;
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hoshi-export-XXXXXX"));
    const QString out = m_folder->filePath(QStringLiteral("JC-STAR"));
    const QString keys = m_folder->filePath(QStringLiteral("keys"));
    if (!m_folder->isValid() || !QDir().mkpath(out) || !QDir().mkpath(keys))
        return false;
    m_window->exportDeclaration();
    ExportDialog *dialog = m_window->exportDialog();
    if (!dialog)
        return false;
    dialog->setOutputDirectory(out);
    // Signed with a key pair made in the dialog, as a vendor without a PKI would.
    FileDialog::setNextFileName(keys);
    if (auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createKeyButton")))
        create->click();
    if (m_page == QLatin1String("export-options"))
        return true;
    dialog->startExport();
    return dialog->state() == ExportDialog::State::Running;
}

bool Screenshot::prepareAuditor()
{
    if (!showCompleteDeclaration())
        return false;
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hoshi-audit-XXXXXX"));
    if (!m_folder->isValid())
        return false;
    QString error;
    KeyGenerator::Result key;
    const DeclarationSnapshot *s = m_window->session()->snapshot();
    const QString signer = s->organisation.nameEn.isEmpty() ? s->organisation.name : s->organisation.nameEn;
    if (!KeyGenerator::generate(m_folder->path(), signer, KeyGenerator::DefaultValidDays, &key, &error))
        return false;
    ExportJob::Request request;
    request.declarationId = m_window->session()->currentDeclarationId();
    request.outputDir = m_folder->path();
    request.package = false;
    request.signingKey = key.keyPath;
    request.signingCertificate = key.certificatePath;
    ExportJob::Outcome outcome;
    if (!ExportJob::run(*m_window->session()->workspace(), request, &outcome, &error)) {
        std::fprintf(stderr, "hoshi: %s\n", qPrintable(error));
        return false;
    }
    // The tampered archive opens at its first changed item (the auditor page does that).
    if (m_page == QLatin1String("auditor-tampered"))
        return prepareTamperedAuditor(outcome.archive.path);
    if (!m_window->openArchive(outcome.archive.path))
        return false;
    // Show an item with a PDF once the checklist is there.
    connect(m_window->auditorPage(), &AuditorPage::verificationFinished, this, [this] {
        m_window->auditorPage()->selectItem(QStringLiteral("S1.1-01"));
        if (m_page == QLatin1String("auditor-findings"))
            ReviewScreenshots::recordFindings(m_window->auditorPage());
    });
    return true;
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
    if (m_page == QLatin1String("export") || m_page == QLatin1String("export-options"))
        return session->snapshot() && prepareExport();
    if (m_page == QLatin1String("export-blocked")) {
        // The demo opens its in-progress declaration, which the gate blocks.
        m_window->exportDeclaration();
        return m_window->exportDialog() != nullptr;
    }
    if (m_page.startsWith(QLatin1String("auditor")))
        return session->snapshot() && prepareAuditor();
    if (ReviewScreenshots::isReviewPage(m_page))
        return session->snapshot() && showCompleteDeclaration() && ReviewScreenshots::prepare(m_window, m_page);
    if (m_page.startsWith(QLatin1String("label-")))
        return prepareLabel();
    if (CraScreenshots::isCraPage(m_page))
        return session->snapshot() && CraScreenshots::prepare(m_window, m_page);
    if (m_page == QLatin1String("start"))
        return prepareStart();
    if (m_page == QLatin1String("open-server"))
        return prepareOpenServer();
    if (m_page.startsWith(QLatin1String("form-mapping")))
        return session->snapshot() && prepareForm();
    if (m_page.startsWith(QLatin1String("capture-")))
        return prepareCapture();
    if (m_page == QLatin1String("sync"))
        return session->snapshot() && prepareSync();
    if (!session->snapshot())
        return false;
    if (m_page == QLatin1String("portfolio")) {
        // Some review activity first, so the review columns show what they are for.
        Workspace *ws = session->workspace();
        const QList<Declaration> declarations = ws->declarations();
        const QString reviewer = QStringLiteral("Sato Ken");
        QString error;
        const bool reviewed = declarations.size() >= 2 && ws->requestReview(declarations.first().id, ws->actor(), &error)
                              && ws->approve(declarations.first().id, reviewer, &error)
                              && ws->requestReview(declarations.at(1).id, ws->actor(), &error)
                              && ws->addComment(declarations.at(1).id, QString(), reviewer,
                                                QStringLiteral("Please attach the test logs."), &error) > 0;
        if (!reviewed)
            std::fprintf(stderr, "hoshi: portfolio screenshot: %s\n", qPrintable(error));
        m_window->showPortfolio();
        return reviewed;
    }
    if (m_page == QLatin1String("checklist")) {
        m_window->showChecklist();
        m_window->checklistPage()->selectItem(session->snapshot()->criteria.items.first().id);
        return true;
    }
    if (m_page == QLatin1String("item-points") || m_page == QLatin1String("criteria-library"))
        return prepareCriteria();
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

// The complete declaration's S1.1-07 (alternatives relied on, evidence linked), or the
// criteria library comparing the first ★1 data file with the corrected one.
bool Screenshot::prepareCriteria()
{
    Session *session = m_window->session();
    const QList<Declaration> declarations = session->workspace()->declarations();
    if (declarations.isEmpty())
        return false;
    m_window->showDeclaration(declarations.first().id);
    if (m_page == QLatin1String("item-points")) {
        m_window->showItem(QStringLiteral("S1.1-07"));
        return true;
    }
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionCriteriaLibrary"));
    if (!action)
        return false;
    action->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("criteriaLibraryDialog"));
    auto *page = dialog ? dialog->findChild<CriteriaLibraryPage *>() : nullptr;
    if (!page)
        return false;
    dialog->resize(m_window->size());
    // Hoshi's first data for ★1 against its newest data revision of the same official set.
    page->compare(QStringLiteral("JST-CR-01-01-2024R1@1"), QStringLiteral("JST-CR-01-01-2024R1"));
    return true;
}

void Screenshot::capture()
{
    // The criteria library is a window of its own, shown at the size of the main window.
    if (auto *library = m_window->findChild<QDialog *>(QStringLiteral("criteriaLibraryDialog")); library && library->isVisible()) {
        const QPixmap picture = library->grab();
        if (picture.isNull() || !picture.save(m_output, "PNG")) {
            std::fprintf(stderr, "hoshi: cannot write %s\n", qPrintable(m_output));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("hoshi: wrote %s (%dx%d)\n", qPrintable(m_output), picture.width(), picture.height());
        QCoreApplication::exit(0);
        return;
    }
    QPixmap pixmap = m_window->grab();
    QDialog *dialog = m_window->exportDialog();
    if (!dialog)
        dialog = m_window->findChild<QDialog *>(QStringLiteral("openServerDialog"));
    if (!dialog)
        dialog = m_window->findChild<QDialog *>(QStringLiteral("formMappingDialog"));
    if (!dialog)
        dialog = m_window->findChild<QDialog *>(QStringLiteral("rerunDialog"));
    if (!dialog)
        dialog = m_window->findChild<QDialog *>(QStringLiteral("syncDialog"));
    if (dialog) {
        // A dialog is a window of its own: draw it over the dimmed main window, centred, as a
        // window manager would show it.
        const QPixmap front = dialog->grab();
        QPainter painter(&pixmap);
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 70));
        const QPoint at((pixmap.width() - front.width()) / 2, (pixmap.height() - front.height()) / 2);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawRect(QRect(at, front.size()).adjusted(-1, -1, 0, 0));
        painter.drawPixmap(at, front);
    }
    if (pixmap.isNull() || !pixmap.save(m_output, "PNG")) {
        std::fprintf(stderr, "hoshi: cannot write %s\n", qPrintable(m_output));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("hoshi: wrote %s (%dx%d)\n", qPrintable(m_output), pixmap.width(), pixmap.height());
    QCoreApplication::exit(0);
}

// The demo's complete declaration with a label recorded (and, for the changes, firmware 1.5.0
// shipped since), on the label lifecycle page.
bool Screenshot::prepareLabel()
{
    Session *session = m_window->session();
    const QList<Declaration> declarations = session->workspace()->declarations();
    if (declarations.isEmpty())
        return false;
    const qint64 id = declarations.first().id; // the demo's complete ★1 declaration
    m_window->showDeclaration(id);
    LabelRecord record;
    record.declarationId = id;
    record.applicationNumber = QStringLiteral("A-2026-0042");
    record.submittedOn = QDate(2026, 2, 10);
    record.registrationNumber = QStringLiteral("2025030500001527");
    record.issuedOn = QDate(2026, 3, 1);
    record.productPageUrl = QStringLiteral("https://www.ipa.go.jp/jc-star/products/2025030500001527");
    QString error;
    if (!session->workspace()->setLabelRecord(record, &error))
        return false;
    if (m_page == QLatin1String("label-changes")) {
        Product product = session->snapshot()->product;
        product.firmwareVersion = QStringLiteral("1.5.0");
        session->editProduct(product);
    }
    session->refresh();
    m_window->showLabelLifecycle();
    LabelLifecyclePage *page = m_window->labelLifecyclePage();
    page->setToday(QDate(2027, 12, 15));
    page->showTab(m_page == QLatin1String("label-record")    ? LabelLifecyclePage::Tab::Record
                  : m_page == QLatin1String("label-changes") ? LabelLifecyclePage::Tab::Changes
                  : m_page == QLatin1String("label-markets") ? LabelLifecyclePage::Tab::Markets
                                                             : LabelLifecyclePage::Tab::Preview);
    return true;
}

} // namespace hoshi

