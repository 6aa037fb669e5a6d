// SPDX-License-Identifier: Apache-2.0
// File ▸ Synchronise… in the desktop window: two copies of the demo (one pulled from the other)
// worked on apart, previewed (counts per record type, nothing written), synchronised on the
// worker thread and equal afterwards; the same field changed on both listed in the conflict view
// with both values, nothing written until decided, then "the other copy" or an edited value
// taken; a bad location refused with a message; the status bar naming the last synchronisation.
#include "clirun.h"
#include "formstest.h"
#include "syncdump.h"

#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "sync/syncconflictview.h"
#include "sync/syncdialog.h"
#include "util/displaydate.h"

#include <QAction>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace hoshi;
using exporttest::cliInEnglish;
using exporttest::describe;
using exporttest::ToolRun;

namespace {

constexpr qint64 DeclarationId = 2;
const QString ItemOne = QStringLiteral("S1.1-02");
const QString ItemTwo = QStringLiteral("S1.1-03");

bool setJustification(const QString &path, const QString &item, const QString &text, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, error);
    return ws && ws->setAssessment(DeclarationId, item, Verdict::Conforming, text, {}, error);
}

QString justification(const QString &path, const QString &item)
{
    QString error;
    const std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
    return ws ? ws->assessment(DeclarationId, item).justification : QStringLiteral("ERROR ") + error;
}

// The row of the counts table for one record type, as "to this copy/to the other copy".
QString countsOf(const QTableWidget *table, const QString &type)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, SyncDialog::TypeColumn)->text() == type)
            return table->item(row, SyncDialog::ToThisColumn)->text() + QLatin1Char('/')
                   + table->item(row, SyncDialog::ToOtherColumn)->text();
    return QStringLiteral("none");
}

} // namespace

class TestSyncGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewThenSynchroniseMergesBothWays();
    void conflictWaitsForADecision();
    void editedValueGoesToBoth();
    void badLocationIsRefused();

private:
    void makePair(const QString &name, QString *a, QString *b);
    // A window on `a` showing the demo declaration, with the dialog set to `b` and previewed.
    void openAndPreview(MainWindow &window, SyncDialog &dialog, const QString &a, const QString &b);
    void synchroniseAndWait(SyncDialog &dialog);

    QTemporaryDir m_dir;
    QString m_origin;
};

void TestSyncGui::initTestCase()
{
    formstest::initApplication();
    QVERIFY(m_dir.isValid());
    m_origin = m_dir.filePath(QStringLiteral("origin.hoshi"));
    const ToolRun demo = cliInEnglish({QStringLiteral("demo"), m_origin});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
}

void TestSyncGui::makePair(const QString &name, QString *a, QString *b)
{
    *a = m_dir.filePath(name + QStringLiteral("-a.hoshi"));
    *b = m_dir.filePath(name + QStringLiteral("-b.hoshi"));
    QVERIFY(QFile::copy(m_origin, *a));
    const ToolRun pull = cliInEnglish({QStringLiteral("pull"), *a, QStringLiteral("--organisation"), QStringLiteral("1"), *b});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
}

void TestSyncGui::openAndPreview(MainWindow &window, SyncDialog &dialog, const QString &a, const QString &b)
{
    Q_UNUSED(window);
    dialog.setOtherLocation(b);
    QVERIFY(dialog.countsTable()->rowCount() == 0);
    dialog.preview();
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.countsTable()->rowCount() > 0, 60000);
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
    Q_UNUSED(a);
}

void TestSyncGui::synchroniseAndWait(SyncDialog &dialog)
{
    QVERIFY(dialog.synchroniseButton()->isEnabled());
    QTest::mouseClick(dialog.synchroniseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.summaryText().startsWith(QLatin1String("Synchronised")),
                             60000);
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
}

void TestSyncGui::previewThenSynchroniseMergesBothWays()
{
    QString a, b, error;
    makePair(QStringLiteral("merge"), &a, &b);
    QVERIFY2(setJustification(a, ItemOne, QStringLiteral("A: the manual is silent"), &error), qPrintable(error));
    QVERIFY2(setJustification(b, ItemTwo, QStringLiteral("B: checked on site"), &error), qPrintable(error));

    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(a));
    window.showDeclaration(DeclarationId);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSynchronise"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("S&ynchronise…"));
    // The menu command opens the dialog (modal; closed here once it shows).
    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        if (auto *shown = qobject_cast<SyncDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            shown->reject();
        }
    });
    action->trigger();
    QVERIFY(opened);
    auto *status = formstest::find<QLabel>(&window, "statusSync");
    QVERIFY(status);
    // The pull only read this copy: it has not synchronised with anything yet.
    QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));

    const auto beforeA = syncdump::dump(a);
    const auto beforeB = syncdump::dump(b);
    SyncDialog dialog(window.session(), &window);
    dialog.show();
    openAndPreview(window, dialog, a, b);
    // One assessment each way; the history entries of both edits go across too.
    QCOMPARE(countsOf(dialog.countsTable(), QStringLiteral("Assessments")), QStringLiteral("1/1"));
    QVERIFY(countsOf(dialog.countsTable(), QStringLiteral("History entries")) != QLatin1String("none"));
    QVERIFY(dialog.itemsTable()->rowCount() >= 2);
    QCOMPARE(dialog.conflictView()->conflictCount(), 0);
    // A preview writes nothing.
    QVERIFY(syncdump::dump(a) == beforeA);
    QVERIFY(syncdump::dump(b) == beforeB);

    synchroniseAndWait(dialog);
    QCOMPARE(justification(b, ItemOne), QStringLiteral("A: the manual is silent"));
    QCOMPARE(justification(a, ItemTwo), QStringLiteral("B: checked on site"));
    // The window's own connection sees what the worker wrote.
    QCOMPARE(window.session()->assessment(ItemTwo).justification, QStringLiteral("B: checked on site"));
    const auto afterA = syncdump::dump(a);
    const auto afterB = syncdump::dump(b);
    QVERIFY2(afterA == afterB, qPrintable(syncdump::firstDifference(afterA, afterB)));

    // The status bar names the other copy and today's date in the display format.
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Synchronised with merge-b.hoshi at ")));
    QVERIFY2(status->text().contains(DisplayDate::date(QDate::currentDate())), qPrintable(status->text()));

    // Previewed again: nothing to do, and nothing to synchronise.
    dialog.preview();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("nothing to do")), qPrintable(dialog.summaryText()));
    QVERIFY(!dialog.synchroniseButton()->isEnabled());
}

void TestSyncGui::conflictWaitsForADecision()
{
    QString a, b, error;
    makePair(QStringLiteral("conflict"), &a, &b);
    QVERIFY2(setJustification(a, ItemOne, QStringLiteral("mine"), &error), qPrintable(error));
    QVERIFY2(setJustification(b, ItemOne, QStringLiteral("theirs"), &error), qPrintable(error));
    const auto beforeA = syncdump::dump(a);
    const auto beforeB = syncdump::dump(b);

    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(a));
    window.showDeclaration(DeclarationId);
    SyncDialog dialog(window.session(), &window);
    dialog.show();
    openAndPreview(window, dialog, a, b);
    SyncConflictView *view = dialog.conflictView();
    QCOMPARE(view->conflictCount(), 1);
    auto *table = view->findChild<QTableWidget *>(QStringLiteral("syncConflictTable"));
    QVERIFY(table);
    QCOMPARE(table->item(0, SyncConflictView::FieldColumn)->text(), QStringLiteral("Justification"));
    QCOMPARE(table->item(0, SyncConflictView::ThisColumn)->text(), QStringLiteral("mine"));
    QCOMPARE(table->item(0, SyncConflictView::OtherColumn)->text(), QStringLiteral("theirs"));
    // Both copies came from the origin: the value they agreed on is known.
    const QString base = justification(m_origin, ItemOne);
    QCOMPARE(table->item(0, SyncConflictView::BaseColumn)->text(), base.isEmpty() ? QStringLiteral("(empty)") : base);
    QVERIFY(SyncConflictView::canEdit(view->conflicts().at(0)));

    // Undecided: the button rests and asking anyway writes nothing.
    QVERIFY(!dialog.synchroniseButton()->isEnabled());
    dialog.synchronise();
    QVERIFY(!dialog.isRunning());
    QVERIFY(syncdump::dump(a) == beforeA);
    QVERIFY(syncdump::dump(b) == beforeB);

    view->setChoice(0, SyncConflictView::Choice::OtherCopy);
    synchroniseAndWait(dialog);
    QCOMPARE(justification(a, ItemOne), QStringLiteral("theirs"));
    QCOMPARE(justification(b, ItemOne), QStringLiteral("theirs"));
    QCOMPARE(window.session()->assessment(ItemOne).justification, QStringLiteral("theirs"));
    const auto afterA = syncdump::dump(a);
    const auto afterB = syncdump::dump(b);
    QVERIFY2(afterA == afterB, qPrintable(syncdump::firstDifference(afterA, afterB)));
}

void TestSyncGui::editedValueGoesToBoth()
{
    QString a, b, error;
    makePair(QStringLiteral("edited"), &a, &b);
    QVERIFY2(setJustification(a, ItemOne, QStringLiteral("mine"), &error), qPrintable(error));
    QVERIFY2(setJustification(b, ItemOne, QStringLiteral("theirs"), &error), qPrintable(error));
    MainWindow window;
    QVERIFY(window.openWorkspace(a));
    window.showDeclaration(DeclarationId);
    SyncDialog dialog(window.session(), &window);
    openAndPreview(window, dialog, a, b);
    QCOMPARE(dialog.conflictView()->conflictCount(), 1);
    dialog.conflictView()->setChoice(0, SyncConflictView::Choice::Edited, QStringLiteral("mine and theirs"));
    QCOMPARE(dialog.conflictView()->choice(0), SyncConflictView::Choice::Edited);
    synchroniseAndWait(dialog);
    QCOMPARE(justification(a, ItemOne), QStringLiteral("mine and theirs"));
    QCOMPARE(justification(b, ItemOne), QStringLiteral("mine and theirs"));
}

void TestSyncGui::badLocationIsRefused()
{
    QString a, b;
    makePair(QStringLiteral("refused"), &a, &b);
    const QString missing = m_dir.filePath(QStringLiteral("no-such-copy.hoshi"));
    const QString notAWorkspace = m_dir.filePath(QStringLiteral("notes.hoshi"));
    {
        QFile file(notAWorkspace);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a workspace");
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(a));
    const auto beforeA = syncdump::dump(a);
    for (const QString &location : {missing, notAWorkspace}) {
        MessageBox::clearShownMessages();
        SyncDialog dialog(window.session(), &window);
        dialog.setOtherLocation(location);
        dialog.preview();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(dialog.problemText().startsWith(QLatin1String("Nothing was written.")), qPrintable(dialog.problemText()));
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY(!dialog.synchroniseButton()->isEnabled());
        QCOMPARE(dialog.countsTable()->rowCount(), 0);
    }
    QVERIFY(!QFile::exists(missing));
    QVERIFY(syncdump::dump(a) == beforeA);
    // The workspace open here is not "the other copy".
    SyncDialog dialog(window.session(), &window);
    dialog.setOtherLocation(a);
    dialog.preview();
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.problemText().isEmpty());
}

QTEST_MAIN(TestSyncGui)
#include "testsyncgui.moc"
