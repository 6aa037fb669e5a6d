// SPDX-License-Identifier: Apache-2.0
// Every control has a name a screen reader speaks, and one item goes from verdict to evidence
// to export with the keyboard only (no mouse, no direct widget calls beyond the file-dialog seam).
#include "formstest.h"

#include "common/accessiblenames.h"
#include "common/filedialog.h"
#include "demo/demoworkspace.h"
#include "export/exportdialog.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hoshi;
using formstest::find;

namespace {

// Controls on screen without a spoken name, as "objectName (class)".
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && AccessibleNames::isControl(w) && AccessibleNames::spokenName(w).isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QLatin1String(w->metaObject()->className()));
    }
    return unnamed;
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Moves the focus with Tab until it reaches the named control, as a keyboard user does.
bool tabTo(const char *objectName)
{
    for (int i = 0; i < 80; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String(objectName))
            return true;
        press(Qt::Key_Tab);
    }
    qWarning("tabTo: %s not reached; focus on %s", objectName,
             QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "nothing");
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName();
    void keyboardOnlyFromVerdictToExport();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    DemoIds m_ids;
};

void TestAccessibility::initTestCase()
{
    formstest::initApplication();
    AccessibleNames::install();
    m_workspace = m_dir.filePath(QStringLiteral("demo.hoshi"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_workspace, &m_ids, &error), qPrintable(error));
}

void TestAccessibility::everyControlHasAName()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_workspace));
    window.showDeclaration(m_ids.inProgressDeclaration);
    QStringList unnamed = unnamedControls(&window);
    window.showItem(QStringLiteral("S1.1-03"));
    unnamed += unnamedControls(&window);
    window.showDeclaration(m_ids.completeDeclaration);
    window.showItem(QStringLiteral("S1.1-01"));
    press(Qt::Key_E, Qt::ControlModifier); // a new document evidence: the evidence editor
    unnamed += unnamedControls(&window);
    // Left empty, Esc does not keep it (an empty record would block the next test's export).
    press(Qt::Key_Escape);
    QCOMPARE(window.currentPage(), MainWindow::Page::Item);
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); // product details
    QCOMPARE(window.currentPage(), MainWindow::Page::Product);
    unnamed += unnamedControls(&window);
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); // declaration details
    unnamed += unnamedControls(&window);
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

void TestAccessibility::keyboardOnlyFromVerdictToExport()
{
    const QString copy = m_dir.filePath(QStringLiteral("keyboard.hoshi"));
    QVERIFY(QFile::copy(m_workspace, copy));
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(copy));
    window.showDeclaration(m_ids.completeDeclaration);
    Workspace *ws = window.session()->workspace();
    const qint64 declaration = m_ids.completeDeclaration;

    // Find the item, open it, change the verdict and back.
    press(Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("S1.1-07"));
    press(Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::Page::Item);
    QCOMPARE(window.itemPage()->itemId(), QStringLiteral("S1.1-07"));
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(ws->assessment(declaration, QStringLiteral("S1.1-07")).verdict, Verdict::NonConforming);
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(ws->assessment(declaration, QStringLiteral("S1.1-07")).verdict, Verdict::Conforming);

    // New document evidence: title and page typed, committed with Return.
    const qsizetype before = ws->evidenceFor(declaration, QStringLiteral("S1.1-07")).size();
    press(Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Evidence);
    QVERIFY(tabTo("titleEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard manual"));
    press(Qt::Key_Return);
    QVERIFY(tabTo("pagesEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
    press(Qt::Key_Return);
    QList<Evidence> evidence = ws->evidenceFor(declaration, QStringLiteral("S1.1-07"));
    QCOMPARE(evidence.size(), before + 1);
    QCOMPARE(evidence.constLast().title, QStringLiteral("Keyboard manual"));
    QCOMPARE(evidence.constLast().pages, QStringLiteral("7"));
    QCOMPARE(window.session()->blockingCount(), 0);

    // Export: the dialog by shortcut, the folder through its button (the file dialog seam
    // answers), the export by its button, all reached with Tab and pressed with Space.
    const QString out = m_dir.filePath(QStringLiteral("keyboard-out"));
    QVERIFY(QDir().mkpath(out));
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.exportDialog());
    ExportDialog *dialog = window.exportDialog();
    QApplication::setActiveWindow(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    QCOMPARE(dialog->state(), ExportDialog::State::Options);
    QVERIFY(unnamedControls(dialog).isEmpty());
    FileDialog::setNextFileName(out);
    QVERIFY(tabTo("chooseFolderButton"));
    press(Qt::Key_Space);
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(dialog, "outputFolderEdit")->text()), out);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QVERIFY(tabTo("exportButton"));
    press(Qt::Key_Space);
    QVERIFY(finished.wait(120000));
    QCOMPARE(dialog->state(), ExportDialog::State::Done);
    QVERIFY(!QDir(out).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "testaccessibility.moc"
