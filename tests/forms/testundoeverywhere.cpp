// SPDX-License-Identifier: Apache-2.0
// Nothing changes behind the user's back, and one undo stack takes back every edit, driven
// in the main window by objectName and keyboard: data keys typed in text boxes do nothing but
// say so; an empty evidence record blocks the gate, a new one can be discarded and undo takes
// it away; renames, removals and label edits are undo steps; each item opens at its top and
// the item page never scrolls sideways at 1024×700.
#include "formstest.h"

#include "demo/demoworkspace.h"
#include "evidence/evidenceeditor.h"
#include "itempage/itempage.h"
#include "label/labellifecyclepage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hoshi;
using formstest::find;
using formstest::typeInto;

class TestUndoEverywhere : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }
    void init();
    void cleanup() { m_window.reset(); }
    void dataKeysOnlyWhereTheControlIs();
    void emptyEvidenceBlocksAndCanBeDiscarded();
    void undoTakesBackANewRecord();
    void renameThenUndoKeepsEarlierSteps();
    void removalsAreUndone();
    void labelEditIsUndone();
    void itemOpensAtItsTop();

private:
    QAction *action(const char *name) { return find<QAction>(m_window.get(), name); }
    Session *session() const { return m_window->session(); }
    Workspace *ws() const { return session()->workspace(); }
    Verdict verdictOf(const QString &itemId) const
    {
        return ws()->assessment(session()->currentDeclarationId(), itemId).verdict;
    }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    void activate()
    {
        // The offscreen platform does not give activation back after a dialog.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void ctrl(QWidget *target, Qt::Key key) { QTest::keyClick(target, key, Qt::ControlModifier); }

    QTemporaryDir m_dir;
    DemoIds m_ids;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestUndoEverywhere::init()
{
    const QString path = m_dir.filePath(QStringLiteral("undo%1.hoshi").arg(++m_run));
    QString error;
    QVERIFY2(DemoWorkspace::create(path, &m_ids, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    activate();
    QVERIFY(m_window->openWorkspace(path));
    m_window->showDeclaration(m_ids.inProgressDeclaration);
    activate();
    MessageBox::clearShownMessages();
}

void TestUndoEverywhere::dataKeysOnlyWhereTheControlIs()
{
    const QString item = QStringLiteral("S1.1-04");
    m_window->showItem(item);
    const Verdict before = verdictOf(item);
    const qsizetype evidenceBefore = session()->evidenceFor(item).size();

    // In a text box of the evidence editor: neither the verdict keys nor Ctrl+T do anything,
    // and the status bar says why.
    QTest::mouseClick(find<QPushButton>(m_window->itemPage(), "addDeviceTestButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Evidence);
    auto *summary = find<QPlainTextEdit>(m_window->evidenceEditor(), "summaryEdit");
    summary->setFocus();
    QCOMPARE(QApplication::focusWidget(), summary);
    for (Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4}) {
        ctrl(summary, key);
        QCOMPARE(verdictOf(item), before);
    }
    QVERIFY2(status().startsWith(QLatin1String("Not done")), qPrintable(status()));
    ctrl(summary, Qt::Key_T);
    QCOMPARE(m_window->evidenceEditor()->evidenceId(), session()->evidenceFor(item).constLast().id);
    QCOMPARE(session()->evidenceFor(item).size(), evidenceBefore + 1); // only the record clicked for
    QVERIFY(status().contains(QLatin1String("Ctrl+T")));

    // In the item page's notes box: the verdict stays too.
    QTest::mouseClick(find<QPushButton>(m_window->evidenceEditor(), "discardEvidenceButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Item);
    auto *notes = find<QPlainTextEdit>(m_window->itemPage(), "notesEdit");
    notes->setFocus();
    m_window->statusBar()->clearMessage();
    ctrl(notes, Qt::Key_3);
    QCOMPARE(verdictOf(item), before);
    QVERIFY2(status().contains(QLatin1String("text box")), qPrintable(status()));

    // Where the verdict control has the focus the key works, and says what it did.
    const bool wasNonConforming = before == Verdict::NonConforming;
    auto *radio = find<QWidget>(m_window->itemPage(), "verdictConforming");
    radio->setFocus();
    ctrl(radio, wasNonConforming ? Qt::Key_1 : Qt::Key_3);
    const Verdict after = wasNonConforming ? Verdict::Conforming : Verdict::NonConforming;
    QCOMPARE(verdictOf(item), after);
    QVERIFY2(status().contains(item) && status().contains(verdictName(after)), qPrintable(status()));
    action("actionUndo")->trigger();
    QCOMPARE(verdictOf(item), before);
    QVERIFY(MessageBox::shownMessages().isEmpty());
}

void TestUndoEverywhere::emptyEvidenceBlocksAndCanBeDiscarded()
{
    m_window->showDeclaration(m_ids.completeDeclaration);
    QCOMPARE(session()->blockingCount(), 0);
    const QString item = QStringLiteral("S1.1-04");
    m_window->showItem(item);
    const qsizetype evidenceBefore = session()->evidenceFor(item).size();
    QVERIFY(evidenceBefore > 0); // complete evidence already backs it

    // A stray new record beside complete evidence blocks the gate while it is empty.
    QTest::mouseClick(find<QPushButton>(m_window->itemPage(), "addDeviceTestButton"), Qt::LeftButton);
    const qint64 stray = m_window->evidenceEditor()->evidenceId();
    QVERIFY(ws()->evidence(stray).has_value());
    const QList<GateProblem> problems = session()->problemsOfEvidence(stray);
    QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const GateProblem &p) {
        return p.code == QLatin1String("evidence-empty") && p.isBlocking();
    }));
    QCOMPARE(session()->blockingCount(), 1);

    // Discard: nothing stored, the gate passes again.
    QTest::mouseClick(find<QPushButton>(m_window->evidenceEditor(), "discardEvidenceButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Item);
    QVERIFY(!ws()->evidence(stray).has_value());
    QCOMPARE(session()->evidenceFor(item).size(), evidenceBefore);
    QCOMPARE(session()->blockingCount(), 0);

    // Going back (Esc) from a new record left empty does not keep it either.
    QTest::mouseClick(find<QPushButton>(m_window->itemPage(), "addDocumentButton"), Qt::LeftButton);
    const qint64 second = m_window->evidenceEditor()->evidenceId();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Item);
    QVERIFY(!ws()->evidence(second).has_value());
    QCOMPARE(session()->blockingCount(), 0);

    // One left empty while the user goes elsewhere stays, and keeps blocking.
    QTest::mouseClick(find<QPushButton>(m_window->itemPage(), "addDocumentButton"), Qt::LeftButton);
    const qint64 third = m_window->evidenceEditor()->evidenceId();
    m_window->showChecklist();
    QVERIFY(ws()->evidence(third).has_value());
    QCOMPARE(session()->blockingCount(), 1);
    QVERIFY(MessageBox::shownMessages().isEmpty());
}

void TestUndoEverywhere::undoTakesBackANewRecord()
{
    const QString item = QStringLiteral("S1.1-01");
    m_window->showItem(item);
    const qsizetype evidenceBefore = session()->evidenceFor(item).size();
    // Ctrl+E with the focus on the evidence list (not a text box) adds a document review.
    auto *list = find<QTreeWidget>(m_window->itemPage(), "evidenceList");
    list->setFocus();
    ctrl(list, Qt::Key_E);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Evidence);
    const qint64 id = m_window->evidenceEditor()->evidenceId();
    typeInto(find<QLineEdit>(m_window->evidenceEditor(), "titleEdit"), QStringLiteral("Setup guide"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(ws()->evidence(id)->title, QStringLiteral("Setup guide")); // filled in: kept

    action("actionUndo")->trigger(); // the title
    QCOMPARE(ws()->evidence(id)->title, QString());
    action("actionUndo")->trigger(); // the record
    QVERIFY(!ws()->evidence(id).has_value());
    QCOMPARE(session()->evidenceFor(item).size(), evidenceBefore);

    // Redo brings it back (under a new id) and then its title: the later step finds it.
    action("actionRedo")->trigger();
    action("actionRedo")->trigger();
    QCOMPARE(session()->evidenceFor(item).size(), evidenceBefore + 1);
    QCOMPARE(session()->evidenceFor(item).constLast().title, QStringLiteral("Setup guide"));
    QVERIFY(MessageBox::shownMessages().isEmpty());
}

void TestUndoEverywhere::renameThenUndoKeepsEarlierSteps()
{
    const QString item = QStringLiteral("S1.1-02");
    const Verdict before = verdictOf(item);
    const Verdict changed = before == Verdict::NonConforming ? Verdict::Conforming : Verdict::NonConforming;
    session()->setVerdict(item, changed);
    const qint64 productId = session()->snapshot()->product.id;
    const QString name = ws()->product(productId)->name;
    QVERIFY(session()->renameRecord(Session::CatalogKind::Product, productId, QStringLiteral("Renamed camera")));
    QCOMPARE(ws()->product(productId)->name, QStringLiteral("Renamed camera"));
    QVERIFY(session()->undoStack()->canUndo());

    action("actionUndo")->trigger();
    QCOMPARE(ws()->product(productId)->name, name);
    QVERIFY(action("actionUndo")->isEnabled());
    action("actionUndo")->trigger(); // the verdict set before the rename
    QCOMPARE(verdictOf(item), before);
    action("actionRedo")->trigger();
    action("actionRedo")->trigger();
    QCOMPARE(verdictOf(item), changed);
    QCOMPARE(ws()->product(productId)->name, QStringLiteral("Renamed camera"));
}

void TestUndoEverywhere::removalsAreUndone()
{
    // Evidence without files: removed at once, undo brings it back with its link.
    const QString item = QStringLiteral("S1.1-03");
    m_window->showItem(item);
    const qsizetype evidenceBefore = session()->evidenceFor(item).size();
    QTest::mouseClick(find<QPushButton>(m_window->itemPage(), "addDocumentButton"), Qt::LeftButton);
    typeInto(find<QLineEdit>(m_window->evidenceEditor(), "titleEdit"), QStringLiteral("Privacy notice"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const qint64 id = session()->evidenceFor(item).constLast().id;
    m_window->itemPage()->selectEvidence(id);
    QTest::mouseClick(find<QPushButton>(m_window->itemPage(), "removeEvidenceButton"), Qt::LeftButton);
    QVERIFY(!ws()->evidence(id).has_value());
    QVERIFY(status().contains(QLatin1String("Undo")));
    action("actionUndo")->trigger();
    QCOMPARE(session()->evidenceFor(item).size(), evidenceBefore + 1);
    QCOMPARE(session()->evidenceFor(item).constLast().title, QStringLiteral("Privacy notice"));

    // A product and an organisation, with their fields.
    const qint64 organisation = session()->addOrganisation(QStringLiteral("Spare vendor"));
    const qint64 product = session()->addProduct(organisation, QStringLiteral("Spare"));
    Product p = *ws()->product(product);
    p.firmwareVersion = QStringLiteral("9.9.9");
    session()->editProduct(p);
    QVERIFY(session()->removeRecord(Session::CatalogKind::Product, product));
    QVERIFY(session()->removeRecord(Session::CatalogKind::Organisation, organisation));
    QVERIFY(!ws()->product(product) && !ws()->organisation(organisation));
    const auto findProduct = [this] {
        for (const Product &each : ws()->products()) {
            if (each.name == QLatin1String("Spare"))
                return std::optional<Product>(each);
        }
        return std::optional<Product>();
    };
    action("actionUndo")->trigger();
    action("actionUndo")->trigger();
    QVERIFY(findProduct().has_value());
    QCOMPARE(findProduct()->firmwareVersion, QStringLiteral("9.9.9"));
    QCOMPARE(ws()->organisation(findProduct()->organisationId)->name, QStringLiteral("Spare vendor"));
    // Redo removes them again, undo brings them back once more: the steps follow the new ids.
    action("actionRedo")->trigger();
    action("actionRedo")->trigger();
    QVERIFY(!findProduct().has_value());
    action("actionUndo")->trigger();
    action("actionUndo")->trigger();
    QVERIFY(findProduct().has_value());
    action("actionUndo")->trigger(); // the firmware version edited before the removal
    QCOMPARE(findProduct()->firmwareVersion, QString());
    QVERIFY(MessageBox::shownMessages().isEmpty());
}

void TestUndoEverywhere::labelEditIsUndone()
{
    m_window->showDeclaration(m_ids.completeDeclaration);
    m_window->showLabelLifecycle();
    auto *page = find<LabelLifecyclePage>(m_window.get(), "labelLifecyclePage");
    const QString before = ws()->labelRecord(m_ids.completeDeclaration)->applicationNumber;
    typeInto(find<QLineEdit>(page, "applicationNumberEdit"), QStringLiteral("APP-2026-0042"));
    QCOMPARE(ws()->labelRecord(m_ids.completeDeclaration)->applicationNumber, QStringLiteral("APP-2026-0042"));
    action("actionUndo")->trigger();
    QCOMPARE(ws()->labelRecord(m_ids.completeDeclaration)->applicationNumber, before);
    QCOMPARE(find<QLineEdit>(page, "applicationNumberEdit")->text(), before);
    action("actionRedo")->trigger();
    QCOMPARE(ws()->labelRecord(m_ids.completeDeclaration)->applicationNumber, QStringLiteral("APP-2026-0042"));
}

void TestUndoEverywhere::itemOpensAtItsTop()
{
    m_window->showItem(QStringLiteral("S1.1-01"));
    auto *scroll = find<QScrollArea>(m_window->itemPage(), "itemFormScroll");
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
    action("actionNextItem")->trigger();
    QCOMPARE(m_window->itemPage()->itemId(), QStringLiteral("S1.1-02"));
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);

    // At 1024×700 nothing scrolls sideways, and nothing is cut off at the right either.
    m_window->resize(1024, 700);
    for (const CriteriaItem &item : session()->snapshot()->criteria.items) {
        m_window->showItem(item.id);
        // The column widens to what the form needs once the layout has run.
        const auto fits = [scroll] {
            return !scroll->horizontalScrollBar()->isVisible() && scroll->widget()->width() <= scroll->viewport()->width()
                   && scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width();
        };
        for (int wait = 0; wait < 100 && !fits(); ++wait)
            QTest::qWait(10);
        QVERIFY2(fits(), qPrintable(QStringLiteral("%1: form %2 px wide (needs %3), column %4 px")
                                        .arg(item.id)
                                        .arg(scroll->widget()->width())
                                        .arg(scroll->widget()->minimumSizeHint().width())
                                        .arg(scroll->viewport()->width())));
    }
}

QTEST_MAIN(TestUndoEverywhere)
#include "testundoeverywhere.moc"
