// SPDX-License-Identifier: Apache-2.0
// Small things a first-time user trips over: criteria drafts told apart, the criteria library's
// status against today's date, the checklist filter that hides rows, history lines for one new
// record, optional label-page fields, the help window on a small screen, message lines that keep
// their place, and the portfolio's urgency in view.
#include "formstest.h"

#include "checklist/checklistpage.h"
#include "common/fieldmarker.h"
#include "common/historylines.h"
#include "criteria/criteriastatustext.h"
#include "declaration/newdeclarationdialog.h"
#include "lifecycle/labelpage.h"
#include "mainwindow/helpdialog.h"
#include "mainwindow/mainwindow.h"
#include "portfolio/portfoliotable.h"
#include "session/session.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>

using namespace hoshi;
using formstest::find;

namespace {

CriteriaLibraryEntry entry(const QString &id, const QString &published, const QStringList &supersedes = {})
{
    CriteriaLibraryEntry e;
    e.set.id = id;
    e.set.published = published;
    e.set.status = QStringLiteral("draft");
    e.set.supersedes = supersedes;
    return e;
}

HistoryEntry history(const QString &action, const QString &actor, const QDateTime &at, const QString &summary)
{
    HistoryEntry h;
    h.action = action;
    h.actor = actor;
    h.at = at;
    h.itemId = QStringLiteral("S1.1-01");
    h.summary = summary;
    return h;
}

} // namespace

class TestGuiPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }

    void newDeclarationTellsDraftsApart()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::create(dir.filePath(QStringLiteral("d.hoshi")), &error);
        QVERIFY2(ws, qPrintable(error));
        Organisation o;
        o.name = QStringLiteral("O");
        Product p;
        p.organisationId = ws->addOrganisation(o, &error);
        p.name = QStringLiteral("P");
        const qint64 product = ws->addProduct(p, &error);
        NewDeclarationDialog dialog(ws.get(), product);
        auto *criteria = find<QComboBox>(&dialog, "criteriaCombo");
        // One entry per official set (its data revisions are Hoshi's, not a choice): ★1 and two ★3 drafts.
        QVERIFY(criteria->count() >= 3);
        QSet<QString> texts;
        for (int i = 0; i < criteria->count(); ++i) {
            const QString text = criteria->itemText(i);
            QVERIFY2(text.contains(criteria->itemData(i).toString()), qPrintable(text)); // the id
            QVERIFY2(text.contains(QStringLiteral("draft")) || text.contains(QStringLiteral("published")),
                     qPrintable(text)); // the status
            texts.insert(text);
        }
        QCOMPARE(texts.size(), criteria->count()); // no two entries read the same
    }

    void criteriaStatusAgainstToday()
    {
        // An older draft that lists a newer one in "supersedes" does not replace it.
        const CriteriaLibraryEntry newer = entry(QStringLiteral("NEW"), QStringLiteral("2026-02"));
        const CriteriaLibraryEntry olderClaiming =
            entry(QStringLiteral("OLD-rev2"), QStringLiteral("2025-11-27"), {QStringLiteral("NEW")});
        QList<CriteriaLibraryEntry> all{newer, olderClaiming};
        QCOMPARE(criteriaReplacement(newer, all), QString());
        QVERIFY(!criteriaStatusText(newer, all, QDate(2026, 12, 7)).contains(QStringLiteral("superseded")));
        // A newer one that does replace an older one is believed.
        const CriteriaLibraryEntry old = entry(QStringLiteral("OLD"), QStringLiteral("2025-11"));
        const CriteriaLibraryEntry fix =
            entry(QStringLiteral("OLD-fix"), QStringLiteral("2025-11-27"), {QStringLiteral("OLD")});
        all = {old, fix};
        QCOMPARE(criteriaReplacement(old, all), QStringLiteral("OLD-fix"));
        QVERIFY(criteriaStatusText(old, all, QDate(2026, 1, 1)).contains(QStringLiteral("superseded by OLD-fix")));

        // A public-comment period is open, closed or yet to come depending on the date passed in.
        CriteriaLibraryEntry draft = entry(QStringLiteral("D"), QStringLiteral("2025-11-27"));
        draft.set.publicCommentFrom = QStringLiteral("2025-11-27");
        draft.set.publicCommentTo = QStringLiteral("2025-12-12");
        all = {draft};
        QVERIFY(criteriaStatusText(draft, all, QDate(2026, 12, 7)).contains(QStringLiteral("closed 2025-12-12")));
        QVERIFY(criteriaStatusText(draft, all, QDate(2025, 12, 1)).contains(QStringLiteral("open until 2025-12-12")));
        QVERIFY(criteriaStatusText(draft, all, QDate(2025, 11, 1)).contains(QStringLiteral("from 2025-11-27")));
    }

    void checklistFilterIsShownAndResetForTheNextDeclaration()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDemo());
        ChecklistPage *page = window.checklistPage();
        auto *findField = find<QLineEdit>(page, "checklistFind");
        auto *note = find<QLabel>(page, "checklistFilterNote");
        QVERIFY(!note->isVisible());
        findField->setText(QStringLiteral("S1.1-0"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("of 16")), qPrintable(note->text()));
        const int shown = page->view()->model()->rowCount();
        QVERIFY(shown < 16);
        QVERIFY(note->text().contains(QString::number(shown)));

        // Another declaration: the filter does not follow it.
        qint64 other = -1;
        for (const Declaration &d : window.session()->workspace()->declarations()) {
            if (d.id != window.session()->currentDeclarationId())
                other = d.id;
        }
        QVERIFY(other > 0);
        window.showDeclaration(other);
        QCOMPARE(findField->text(), QString());
        QVERIFY(!note->isVisible());
    }

    void historyOfOneNewRecordIsOneLine()
    {
        const QDateTime t(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        QList<HistoryEntry> entries;
        entries << history(QStringLiteral("evidence-added"), QStringLiteral("A"), t, QStringLiteral("Evidence added"));
        for (int i = 1; i <= 10; ++i)
            entries << history(QStringLiteral("evidence-edited"), QStringLiteral("A"), t.addSecs(20 * i),
                               QStringLiteral("Evidence edited: Manual v%1").arg(i));
        // Later, and by someone else: lines of their own.
        entries << history(QStringLiteral("evidence-edited"), QStringLiteral("B"), t.addSecs(300),
                           QStringLiteral("Evidence edited: Manual v10"));
        entries << history(QStringLiteral("evidence-edited"), QStringLiteral("B"), t.addSecs(3 * 3600),
                           QStringLiteral("Evidence edited: Manual v11"));
        const QList<HistoryLines::Line> lines = HistoryLines::coalesce(entries);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1).count, 10);
        QVERIFY2(lines.at(1).summary().contains(QStringLiteral("Manual v10")), qPrintable(lines.at(1).summary()));
        QVERIFY2(lines.at(1).summary().contains(QStringLiteral("10")), qPrintable(lines.at(1).summary()));
        QCOMPARE(lines.at(0).count, 1);
        QCOMPARE(lines.at(2).count, 1);
        QCOMPARE(lines.at(3).count, 1);
    }

    void optionalLabelFieldsAreNotMissing()
    {
        LabelPageView view;
        view.level = 1;
        view.product = {{QStringLiteral("製品名 / Product name"), QString()},
                        {QStringLiteral("構成図 / Configuration diagram"), QString(), true}};
        const QString html = LabelPage::html(view);
        // The required field is shown as missing once; the optional one as a dash.
        QCOMPARE(html.count(LabelPage::missingText().toHtmlEscaped()) >= 1, true);
        const int before = html.count(LabelPage::missingText().toHtmlEscaped());
        view.product.removeFirst();
        QCOMPARE(LabelPage::html(view).count(LabelPage::missingText().toHtmlEscaped()), before - 1);
    }

    void helpFitsASmallScreen()
    {
        MainWindow window;
        window.show();
        const QRect available = window.screen()->availableGeometry();
        HelpDialog shortcuts(QStringLiteral("Keys"), QStringLiteral("<p>line</p>").repeated(400), &window);
        QVERIFY(shortcuts.height() <= available.height());
        QVERIFY(shortcuts.height() <= 700 || available.height() > 700);
        const QString start = HelpDialog::gettingStartedHtml();
        QVERIFY(start.contains(QStringLiteral("Export")));
        QVERIFY(find<QAction>(&window, "actionGettingStarted"));
    }

    void messageLinesKeepTheirPlace()
    {
        QWidget form;
        auto *layout = new QFormLayout(&form);
        auto *edit = new QLineEdit(&form);
        edit->setObjectName(QStringLiteral("urlEdit"));
        auto *message = new QLabel(&form);
        message->setObjectName(QStringLiteral("urlMessage"));
        auto *below = new QLineEdit(&form);
        layout->addRow(QStringLiteral("URL"), edit);
        layout->addRow(QString(), message);
        layout->addRow(QStringLiteral("Next"), below);
        form.show();
        FieldMarker::clear(edit, message);
        QApplication::processEvents();
        const int y = below->y();
        FieldMarker::mark(edit, message, FieldMarker::Level::Warning, QStringLiteral("Not a web address."));
        QApplication::processEvents();
        QCOMPARE(below->y(), y);
        FieldMarker::clear(edit, message);
        QApplication::processEvents();
        QCOMPARE(below->y(), y);
        QVERIFY(message->text().isEmpty());
    }

    void portfolioUrgencyComesFirst()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDemo());
        auto *view = find<QTableView>(&window, "portfolioView");
        QVERIFY(view);
        QCOMPARE(view->horizontalHeader()->visualIndex(PortfolioTable::Urgency), 0);
    }
};

QTEST_MAIN(TestGuiPolish)
#include "testguipolish.moc"
