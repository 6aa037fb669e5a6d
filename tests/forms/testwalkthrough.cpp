// SPDX-License-Identifier: Apache-2.0
// The vendor's whole walkthrough in the main window, driven by objectName and keyboard as a
// user would: new workspace, organisation, product (with inline validation), declaration,
// document and device-test evidence with files (dialog and drag and drop), verdicts by
// shortcut, the blocking panel shrinking to zero, undo/redo, and problems that jump to fields.
#include "formstest.h"

#include "checklist/checklistmodel.h"
#include "checklist/checklistpage.h"
#include "common/filedialog.h"
#include "evidence/evidenceeditor.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "preview/evidencepreview.h"
#include "problems/problemsmodel.h"
#include "problems/problemspanel.h"
#include "product/producteditor.h"
#include "session/evidenceimporter.h"
#include "session/session.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace hoshi;
using formstest::find;
using formstest::typeInto;

namespace {

void writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("Manual page %1: security settings").arg(i + 1));
    }
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Types into a multi-line field and commits it with Ctrl+Return.
void typeText(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    formstest::keyText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }
    void walkthrough();
    void keyboardFind();

private:
    QAction *action(const char *name) { return find<QAction>(m_window.get(), name); }
    void key(int k, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key(k),
                        modifiers);
    }
    Verdict verdictOf(const QString &itemId) const
    {
        return m_window->session()->workspace()->assessment(m_window->session()->currentDeclarationId(), itemId).verdict;
    }
    int blocking() const { return m_window->problemsPanel()->model()->blockingCount(); }
    void setUpWorkspace(const QString &fileName);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWalkthrough::setUpWorkspace(const QString &fileName)
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Welcome);

    // A new workspace, answered through the file dialog seam.
    FileDialog::setNextFileName(m_dir.filePath(fileName));
    action("actionNewWorkspace")->trigger();
    QVERIFY(m_window->session()->hasWorkspace());

    // The organisation: created at once, named in place.
    action("actionNewOrganisation")->trigger();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Organisation);
    auto *organisationEditor = find(m_window.get(), "organisationEditor");
    typeInto(find<QLineEdit>(organisationEditor, "nameEdit"), QStringLiteral("テスト機器株式会社"));
    QCOMPARE(m_window->session()->workspace()->organisations().constFirst().name, QStringLiteral("テスト機器株式会社"));
}

void TestWalkthrough::walkthrough()
{
    setUpWorkspace(QStringLiteral("walk.hoshi"));
    Workspace *ws = m_window->session()->workspace();

    // The product, with inline validation of what the gate requires.
    action("actionNewProduct")->trigger();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Product);
    ProductEditor *pe = m_window->productEditor();
    QVERIFY(pe->markedFields().contains(QStringLiteral("firmwareVersion")));
    QVERIFY(pe->markedFields().contains(QStringLiteral("vulnerabilityContact")));
    typeInto(find<QLineEdit>(pe, "nameEdit"), QStringLiteral("Test Camera TC-1"));
    typeInto(find<QLineEdit>(pe, "modelNumbersEdit"), QStringLiteral("TC-1、TC-1W"));
    typeInto(find<QLineEdit>(pe, "categoryEdit"), QStringLiteral("Network camera"));
    typeInto(find<QLineEdit>(pe, "firmwareNameEdit"), QStringLiteral("TC-Firmware"));
    typeInto(find<QLineEdit>(pe, "firmwareVersionEdit"), QStringLiteral("1.0.0"));
    typeInto(find<QLineEdit>(pe, "productContactEdit"), QStringLiteral("support@test.example"));
    typeInto(find<QLineEdit>(pe, "vulnerabilityContactEdit"), QStringLiteral("security@test.example"));
    // A date that is no date is refused where it is typed, and not stored.
    typeInto(find<QLineEdit>(pe, "supportUntilEdit"), QStringLiteral("2031-13-45"));
    QVERIFY(find<QLabel>(pe, "supportUntilMessage")->isVisibleTo(pe));
    QVERIFY(!ws->products().constFirst().supportUntil.isValid());
    typeInto(find<QLineEdit>(pe, "supportUntilEdit"), QStringLiteral("2031-03-31"));
    // A web address that is none is stored but flagged (a gate warning).
    typeInto(find<QLineEdit>(pe, "webPageEdit"), QStringLiteral("not a web page"));
    QVERIFY(pe->markedFields().contains(QStringLiteral("webPage")));
    typeInto(find<QLineEdit>(pe, "webPageEdit"), QStringLiteral("https://test.example/tc-1"));
    QCOMPARE(pe->markedFields(), QStringList());
    const Product product = ws->products().constFirst();
    QCOMPARE(product.modelNumbers, (QStringList{QStringLiteral("TC-1"), QStringLiteral("TC-1W")}));
    QCOMPARE(product.supportUntil, QDate(2031, 3, 31));
    QCOMPARE(product.firmwareVersion, QStringLiteral("1.0.0"));

    // The declaration, through its dialog.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *criteria = dialog->findChild<QComboBox *>(QStringLiteral("criteriaCombo"));
        criteria->setCurrentIndex(criteria->findData(QStringLiteral("JST-CR-01-01-2024R1")));
        auto *route = dialog->findChild<QComboBox *>(QStringLiteral("routeCombo"));
        QCOMPARE(route->count(), 2); // ★1 offers the PSTI route
        dialog->accept();
    });
    action("actionNewDeclaration")->trigger();
    // The offscreen platform does not give activation back after a modal dialog.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Checklist);
    QVERIFY(m_window->session()->snapshot());
    QCOMPARE(m_window->checklistPage()->model()->rowCount(), 16);
    QCOMPARE(blocking(), 16); // every item still to assess; the product is complete
    QVERIFY(find<QLabel>(m_window.get(), "progressLabel")->text().startsWith(QLatin1String("OK 0 / assessed 0 / 16")));

    // Document review evidence on S1.1-01, with a PDF attached through the dialog seam.
    const QString pdf = m_dir.filePath(QStringLiteral("取扱説明書.pdf"));
    writePdf(pdf, 3);
    m_window->showItem(QStringLiteral("S1.1-01"));
    QTest::mouseClick(find<QPushButton>(m_window.get(), "addDocumentButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Evidence);
    EvidenceEditor *editor = m_window->evidenceEditor();
    typeInto(find<QLineEdit>(editor, "titleEdit"), QStringLiteral("TC-1 User Manual"));
    typeInto(find<QLineEdit>(editor, "documentNumberEdit"), QStringLiteral("TC1-UM v1.0"));
    typeInto(find<QLineEdit>(editor, "chapterEdit"), QStringLiteral("3.1"));
    FileDialog::setNextFileNames({pdf});
    QTest::mouseClick(find<QPushButton>(editor, "attachButton"), Qt::LeftButton);
    const qint64 documentId = editor->evidenceId();
    QTRY_COMPARE(ws->evidence(documentId)->files.size(), 1);
    QCOMPARE(ws->evidence(documentId)->files.constFirst().originalName, QStringLiteral("取扱説明書.pdf"));
    // "Use this page" writes the page shown into the reference.
    auto *preview = find<EvidencePreview>(editor, "editorPreview");
    QTRY_COMPARE(preview->mode(), EvidencePreview::Mode::Pdf);
    QCOMPARE(preview->pageCount(), 3);
    preview->goToPage(2);
    QTRY_COMPARE(preview->currentPage(), 2);
    QTest::mouseClick(find<QPushButton>(preview, "usePageButton"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(editor, "pagesEdit")->text(), QStringLiteral("2"));
    QCOMPARE(ws->evidence(documentId)->pages, QStringLiteral("2"));
    // One evidence backs every item that needs a document.
    auto *items = find<QListWidget>(editor, "linkedItemsList");
    QCOMPARE(items->count(), 16);
    for (int i = 0; i < items->count(); ++i) {
        const CriteriaItem *item = m_window->session()->item(items->item(i)->data(Qt::UserRole + 1).toString());
        if (item->hasMethod(Method::Document) && items->item(i)->checkState() != Qt::Checked)
            items->item(i)->setCheckState(Qt::Checked);
    }
    QCOMPARE(m_window->session()->evidence(documentId)->itemIds.size(), 12);

    // Device test evidence on S1.1-04 by keyboard (Ctrl+T), the log file dropped on the page.
    m_window->showItem(QStringLiteral("S1.1-04"));
    key(Qt::Key_T);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Evidence);
    const qint64 testId = editor->evidenceId();
    QVERIFY(testId != documentId);
    QCOMPARE(ws->evidence(testId)->kind, EvidenceKind::DeviceTest);
    QCOMPARE(find<QLineEdit>(editor, "firmwareVersionEdit")->text(), QStringLiteral("1.0.0"));
    typeText(find<QPlainTextEdit>(editor, "procedureEdit"), QStringLiteral("6 wrong logins on the web UI"));
    typeText(find<QPlainTextEdit>(editor, "summaryEdit"), QStringLiteral("Locked for 10 minutes after 5 failures"));
    typeInto(find<QLineEdit>(editor, "testerEdit"), QStringLiteral("山田 花子"));
    QCOMPARE(ws->evidence(testId)->summary, QStringLiteral("Locked for 10 minutes after 5 failures"));
    const QString log = m_dir.filePath(QStringLiteral("S1.1-04_test.log"));
    writeText(log, "10:02:11 login admin: failed (1)\n10:02:23 login admin: locked\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(log)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &drop);
    QTRY_COMPARE(ws->evidence(testId)->files.size(), 1);
    QTRY_COMPARE(find<EvidencePreview>(editor, "editorPreview")->mode(), EvidencePreview::Mode::Text);
    for (int i = 0; i < items->count(); ++i) {
        const CriteriaItem *item = m_window->session()->item(items->item(i)->data(Qt::UserRole + 1).toString());
        if (item->hasMethod(Method::DeviceTest) && items->item(i)->checkState() != Qt::Checked)
            items->item(i)->setCheckState(Qt::Checked);
    }
    QCOMPARE(m_window->session()->evidence(testId)->itemIds.size(), 6);

    // Every verdict by keyboard: Ctrl+1 sets conforming, Ctrl+PgDown goes to the next item.
    m_window->showItem(QStringLiteral("S1.1-01"));
    int previous = blocking();
    for (int i = 0; i < 16; ++i) {
        const QString id = m_window->itemPage()->itemId();
        // An item with evaluation points: rely on every point and let the item's evidence back
        // each of them (the points panel's two edits), so conforming leaves nothing open.
        Session *session = m_window->session();
        if (const CriteriaItem *item = session->item(id); item && !item->points.isEmpty()) {
            // A copy: every edit reloads the session's snapshot, and with it the item.
            const QList<EvaluationPoint> points = item->points;
            QStringList pointIds;
            for (const EvaluationPoint &point : points)
                pointIds << point.id;
            for (const QString &pointId : pointIds)
                QVERIFY2(session->setPointChosen(id, pointId, true), qPrintable(pointId));
            const auto snapshot = session->snapshot();
            QVERIFY(snapshot);
            for (const Evidence &e : snapshot->evidence.value(id)) {
                // A point names the methods that may back it; each record backs those it fits.
                const Method method = e.kind == EvidenceKind::DeviceTest ? Method::DeviceTest : Method::Document;
                QStringList fitting;
                for (const EvaluationPoint &point : points) {
                    if (point.methods.isEmpty() || point.methods.contains(method))
                        fitting << point.id;
                }
                QString refusal;
                const QMetaObject::Connection c = connect(session, &Session::errorOccurred, this,
                                                          [&refusal](const QString &m) { refusal = m; });
                // Known weakness: now and then this write meets "database is locked" (SQLite's busy
                // snapshot, given at once despite the busy timeout) from a background connection of
                // the window; a second try goes through. Kept visible here until it is found.
                bool linked = session->setEvidencePoints(e.id, id, fitting);
                for (int attempt = 0; !linked && attempt < 20 && refusal.contains(QLatin1String("locked")); ++attempt) {
                    QTest::qWait(100);
                    refusal.clear();
                    MessageBox::clearShownMessages(); // the refused try's message box
                    linked = session->setEvidencePoints(e.id, id, fitting);
                }
                disconnect(c);
                QVERIFY2(linked, qPrintable(id + QStringLiteral(" evidence ") + QString::number(e.id) + QStringLiteral(": ")
                                            + fitting.join(u',') + QStringLiteral(": ") + refusal));
            }
            previous = blocking();
        }
        key(Qt::Key_1);
        QCOMPARE(verdictOf(id), Verdict::Conforming);
        QVERIFY2(blocking() < previous, qPrintable(id)); // the panel shrinks with every item
        previous = blocking();
        key(Qt::Key_PageDown);
    }
    QCOMPARE(m_window->itemPage()->itemId(), QStringLiteral("S1.1-16"));
    QCOMPARE(blocking(), 0);
    QCOMPARE(find<QLabel>(m_window.get(), "problemsSummary")->text().left(26),
             ProblemsPanel::tr("Nothing blocks submission.").left(26));
    QVERIFY(find<QLabel>(m_window.get(), "progressLabel")->text().startsWith(QLatin1String("OK 16 / assessed 16 / 16")));

    // Undo restores the previous verdict; redo repeats the change.
    m_window->showItem(QStringLiteral("S1.1-04"));
    key(Qt::Key_3);
    QCOMPARE(verdictOf(QStringLiteral("S1.1-04")), Verdict::NonConforming);
    QCOMPARE(blocking(), 1);
    action("actionUndo")->trigger();
    QCOMPARE(verdictOf(QStringLiteral("S1.1-04")), Verdict::Conforming);
    QCOMPARE(blocking(), 0);
    action("actionRedo")->trigger();
    QCOMPARE(verdictOf(QStringLiteral("S1.1-04")), Verdict::NonConforming);
    action("actionUndo")->trigger();
    QCOMPARE(verdictOf(QStringLiteral("S1.1-04")), Verdict::Conforming);
    // Undo also covers evidence field edits.
    m_window->showEvidence(testId);
    typeInto(find<QLineEdit>(editor, "testerEdit"), QStringLiteral("鈴木 一郎"));
    QCOMPARE(ws->evidence(testId)->tester, QStringLiteral("鈴木 一郎"));
    action("actionUndo")->trigger();
    QCOMPARE(ws->evidence(testId)->tester, QStringLiteral("山田 花子"));
    QCOMPARE(find<QLineEdit>(editor, "testerEdit")->text(), QStringLiteral("山田 花子"));

    // N/A is refused where the item forbids it; allowed N/A asks for a justification, and
    // clicking that problem goes to the justification field.
    m_window->showItem(QStringLiteral("S1.1-05"));
    key(Qt::Key_2);
    QCOMPARE(verdictOf(QStringLiteral("S1.1-05")), Verdict::Conforming);
    QVERIFY(!find<QWidget>(m_window->itemPage(), "verdictNotApplicable")->isVisibleTo(m_window->itemPage()));
    m_window->showItem(QStringLiteral("S1.1-02"));
    key(Qt::Key_2);
    QCOMPARE(verdictOf(QStringLiteral("S1.1-02")), Verdict::NotApplicable);
    QCOMPARE(blocking(), 1);
    m_window->showChecklist();
    auto *problems = find<QListView>(m_window.get(), "problemsList");
    const QModelIndex first = problems->model()->index(0, 0);
    QCOMPARE(first.data(ProblemsModel::FieldRole).toString(), QStringLiteral("justification"));
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualRect(first).center());
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Item);
    QCOMPARE(m_window->itemPage()->itemId(), QStringLiteral("S1.1-02"));
    auto *justification = find<QPlainTextEdit>(m_window->itemPage(), "justificationEdit");
    QCOMPARE(QApplication::focusWidget(), justification);
    formstest::keyText(justification, QStringLiteral("パスワード認証を使わない製品のため"));
    QTest::keyClick(justification, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(blocking(), 0);
    QCOMPARE(ws->assessment(m_window->session()->currentDeclarationId(), QStringLiteral("S1.1-02")).justification,
             QStringLiteral("パスワード認証を使わない製品のため"));
    // The history shows who changed what.
    QVERIFY(!ws->history(m_window->session()->currentDeclarationId(), QStringLiteral("S1.1-02")).isEmpty());
    QVERIFY(MessageBox::shownMessages().isEmpty());
    m_window.reset();
}

void TestWalkthrough::keyboardFind()
{
    setUpWorkspace(QStringLiteral("find.hoshi"));
    Session *session = m_window->session();
    const qint64 product = session->addProduct(session->workspace()->organisations().constFirst().id,
                                               QStringLiteral("P"));
    m_window->showDeclaration(session->addDeclaration(product, QStringLiteral("JST-CR-01-01-2024R1"), Route::Psti));
    // PSTI route: three items are exempt and not counted.
    QCOMPARE(session->countedItems(), 13);
    key(Qt::Key_F);
    auto *findEdit = find<QLineEdit>(m_window.get(), "checklistFind");
    QCOMPARE(QApplication::focusWidget(), findEdit);
    QTest::keyClicks(findEdit, QStringLiteral("S1.1-07"));
    QCOMPARE(m_window->checklistPage()->view()->model()->rowCount(), 1);
    QTest::keyClick(findEdit, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Item);
    QCOMPARE(m_window->itemPage()->itemId(), QStringLiteral("S1.1-07"));
    // Escape goes back to the checklist, F8 opens the first problem.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Checklist);
    key(Qt::Key_F8, Qt::NoModifier);
    QVERIFY(m_window->currentPage() != MainWindow::Page::Checklist);
    m_window.reset();
}

QTEST_MAIN(TestWalkthrough)
#include "testwalkthrough.moc"
