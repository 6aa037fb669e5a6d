// SPDX-License-Identifier: Apache-2.0
// Every page of the desktop application in Japanese, on the demo workspace: what a person sees
// (labels, buttons, table and tree cells, combo boxes, placeholders) must not show the stored keys
// of verdicts ("conforming", "non-conforming", "not-applicable") or criteria fields
// ("evaluationPoints"): they are shown by their translated names. Also the review panel's
// sign-off table (typed name beside the operating-system account, the same-account warning)
// and the question before approving with one's own comments open.
#include "formstest.h"

#include "demo/demoworkspace.h"
#include "export/exportjob.h"
#include "mainwindow/mainwindow.h"
#include "review/reviewpanel.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "util/accountname.h"
#include "util/language.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>

using namespace hoshi;
using formstest::find;

namespace {

void addModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *texts, int depth = 0)
{
    if (!model || depth > 4)
        return;
    for (int c = 0; c < model->columnCount(parent); ++c)
        *texts << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            *texts << model->data(index, Qt::DisplayRole).toString();
            if (c == 0 && model->hasChildren(index))
                addModelTexts(model, index, texts, depth + 1);
        }
    }
}

// The texts a person can read in a window: every visible widget's own text and every cell of
// every visible view.
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root->window()) && w != root)
            continue;
        if (const auto *l = qobject_cast<const QLabel *>(w))
            texts << l->text();
        else if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            texts << b->text();
        else if (const auto *e = qobject_cast<const QLineEdit *>(w))
            texts << e->text() << e->placeholderText();
        else if (const auto *t = qobject_cast<const QTextEdit *>(w))
            texts << t->toPlainText() << t->placeholderText();
        else if (const auto *p = qobject_cast<const QPlainTextEdit *>(w))
            texts << p->toPlainText() << p->placeholderText();
        else if (const auto *box = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
        } else if (const auto *g = qobject_cast<const QGroupBox *>(w))
            texts << g->title();
        else if (const auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(w))
            addModelTexts(view->model(), view->rootIndex(), &texts);
    }
    texts.removeAll(QString());
    return texts;
}

// A stored key standing on its own ("“non-conforming”", "evaluationPoints"), not part of a
// longer word or of an identifier such as an object name.
QStringList rawKeys(const QStringList &texts, const QString &where)
{
    static const QRegularExpression key(
        QStringLiteral("(?<![\\w-])(conforming|non-conforming|not-applicable|not-assessed|evaluationPoints)(?![\\w-])"));
    QStringList found;
    for (const QString &text : texts) {
        const QRegularExpressionMatch m = key.match(text);
        if (m.hasMatch())
            found << QStringLiteral("%1: \"%2\" in: %3").arg(where, m.captured(1), text.left(200));
    }
    return found;
}

} // namespace

class TestJapanesePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        setUiLanguage(QStringLiteral("ja"));
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(m_translator.load(QStringLiteral(":/i18n-test/hoshi_ja.qm")));
        QCoreApplication::installTranslator(&m_translator);
        // Stored keys the catalogue must translate, as a check that the Japanese one is in use.
        QCOMPARE(verdictName(Verdict::NonConforming), QCoreApplication::translate("hoshi::Model", "Non-conforming"));
        QVERIFY(verdictName(Verdict::NonConforming) != QLatin1String("Non-conforming"));
    }

    void everyPageShowsNamesNotKeys()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDemo());
        Workspace *ws = window.session()->workspace();
        // Something for the "changes" and review views to show: a verdict changed after an
        // approval (the change line names both verdicts).
        const qint64 declaration = window.session()->currentDeclarationId();
        QString error;
        const QString item = ws->assessments(declaration).first().itemId;
        QVERIFY2(ws->setAssessment(declaration, item, Verdict::Conforming, QStringLiteral("ok"), {}, &error), qPrintable(error));
        QVERIFY2(ws->requestReview(declaration, QStringLiteral("Alice"), &error), qPrintable(error));
        QVERIFY2(ws->approve(declaration, QStringLiteral("Bob"), &error), qPrintable(error));
        QVERIFY2(ws->setAssessment(declaration, item, Verdict::NonConforming, QStringLiteral("no"), {}, &error), qPrintable(error));
        window.session()->refresh();

        QStringList found;
        const auto look = [&](const QString &where) {
            QCoreApplication::processEvents();
            found << rawKeys(visibleTexts(&window), where);
        };
        for (const qint64 id : {declaration, qint64(1), qint64(2), qint64(3)}) {
            if (!ws->declaration(id))
                continue;
            window.showDeclaration(id);
            window.showChecklist();
            look(QStringLiteral("checklist %1").arg(id));
            for (const Assessment &a : ws->assessments(id)) {
                window.showItem(a.itemId);
                look(QStringLiteral("item %1 of %2").arg(a.itemId).arg(id));
            }
            window.showDeclarationDetails();
            look(QStringLiteral("declaration %1").arg(id));
            window.showLabelLifecycle();
            look(QStringLiteral("label %1").arg(id));
        }
        window.showDeclaration(declaration);
        const std::optional<Declaration> d = ws->declaration(declaration);
        QVERIFY(d);
        window.showProduct(d->productId);
        look(QStringLiteral("product"));
        window.showOrganisation(ws->organisations().first().id);
        look(QStringLiteral("organisation"));
        for (const Evidence &e : ws->evidenceOfDeclaration(declaration)) {
            window.showEvidence(e.id);
            look(QStringLiteral("evidence %1").arg(e.id));
        }
        window.showPortfolio();
        look(QStringLiteral("portfolio"));
        find<QAction>(&window, "actionCriteriaLibrary")->trigger();
        auto *library = find<QDialog>(&window, "criteriaLibraryDialog");
        QVERIFY(library);
        QCoreApplication::processEvents();
        found << rawKeys(visibleTexts(library), QStringLiteral("criteria library"));
        // Its comparison of two versions lists changed fields, evaluation points among them.
        auto *older = library->findChild<QComboBox *>(QStringLiteral("compareOlder"));
        auto *newer = library->findChild<QComboBox *>(QStringLiteral("compareNewer"));
        QVERIFY(older && newer);
        {
            older->setCurrentIndex(older->findData(QStringLiteral("JST-CR-01-01-2024R1")));
            newer->setCurrentIndex(newer->findData(QStringLiteral("JST-CR-01-01-2024R1-rev2")));
            QCoreApplication::processEvents();
            found << rawKeys(visibleTexts(library), QStringLiteral("criteria library, 2024R1 → rev2"));
        }
        library->close();

        // The auditor mode on an archive of the declaration that passes the gate.
        QTemporaryDir out;
        QString archive;
        for (const Declaration &candidate : ws->declarations()) {
            ExportJob::Request request;
            request.declarationId = candidate.id;
            request.outputDir = out.filePath(QString::number(candidate.id));
            request.package = false;
            ExportJob::Outcome outcome;
            if (ExportJob::run(*ws, request, &outcome, &error)) {
                archive = outcome.archive.path;
                break;
            }
        }
        QVERIFY(!archive.isEmpty());
        QVERIFY(window.openArchive(archive));
        look(QStringLiteral("auditor"));
        window.closeArchive();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void signOffTableShowsTheAccountAndWarns()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        Workspace *ws = window.session()->workspace();
        const qint64 declaration = window.session()->currentDeclarationId();
        QString error;
        QVERIFY2(ws->requestReview(declaration, QStringLiteral("Alice"), &error), qPrintable(error));
        QVERIFY2(ws->approve(declaration, QStringLiteral("Bob"), &error), qPrintable(error));
        window.session()->refresh();
        auto *panel = window.findChild<ReviewPanel *>();
        QVERIFY(panel);
        auto *list = find<QTreeWidget>(panel, "signOffList");
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Bob"));
        QCOMPARE(list->topLevelItem(1)->text(2), AccountName::osAccount());
        // Alice asked, "Bob" approved, from one account: the panel says so.
        auto *warning = find<QLabel>(panel, "reviewSameAccount");
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(AccountName::osAccount()), qPrintable(warning->text()));
    }

    void approvingWithOwnOpenCommentsAsksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        Workspace *ws = window.session()->workspace();
        const qint64 declaration = window.session()->currentDeclarationId();
        QString error;
        ws->setActor(QStringLiteral("Alice"));
        QVERIFY2(ws->requestReview(declaration, QStringLiteral("Alice"), &error), qPrintable(error));
        ws->setActor(QStringLiteral("Bob"));
        QVERIFY(ws->addComment(declaration, QString(), QStringLiteral("Bob"), QStringLiteral("Is the manual current?"), &error) > 0);
        window.session()->refresh();
        auto *panel = window.findChild<ReviewPanel *>();
        QVERIFY(panel);
        const int before = int(ws->signOffs(declaration).size());
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!panel->approve()); // Bob's own question is open: "No" keeps it unapproved
        QCOMPARE(int(ws->signOffs(declaration).size()), before);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(panel->approve());
        QCOMPARE(ws->reviewState(declaration), ReviewState::Approved);
    }

private:
    QTranslator m_translator;
};

QTEST_MAIN(TestJapanesePages)
#include "testjapanesepages.moc"
