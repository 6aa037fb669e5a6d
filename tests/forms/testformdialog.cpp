// SPDX-License-Identifier: Apache-2.0
// The form dialog (IPA's checklist workbook) driven by objectName as a user would: opened from
// the declaration's menu entry, a workbook attached through it, each sheet shown with the
// detected roles coloured from the palette, a role assigned to a cell and to a column with the
// role picker (re-checked and saved into the workspace at once), a verdict word chosen, and the
// form removed only after confirmation.
#include "formstest.h"

#include "common/filedialog.h"
#include "common/statuscolours.h"
#include "demo/demoworkspace.h"
#include "formfixtures.h"
#include "formmapping/formmappingdialog.h"
#include "formmapping/formroles.h"
#include "mainwindow/mainwindow.h"
#include "officialform/formprofile.h"
#include "session/session.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace hoshi;
using namespace hoshi::officialform;
using formstest::find;

namespace {

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList listed(const QListWidget *list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

FormProfile storedProfile(Session &session)
{
    FormProfile profile;
    QString error;
    const std::optional<AttachedForm> form =
        session.workspace()->attachedForm(session.currentDeclarationId(), false, &error);
    if (!form || !FormProfileJson::fromBytes(form->profileJson, &profile, &error))
        qWarning("stored profile: %s", qPrintable(error));
    return profile;
}

} // namespace

class TestFormDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_forms;
    DemoIds m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        if (testsupport::pythonWithOpenpyxl().isEmpty())
            QSKIP("python3 with openpyxl is needed to make the checklist workbooks (python3-openpyxl)");
        m_workspace = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_workspace, &m_ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        m_forms = m_dir.filePath(QStringLiteral("forms"));
        QVERIFY2(testsupport::makeForms(*ws->criteriaFor(m_ids.completeDeclaration), {}, m_forms, &error),
                 qPrintable(error));
    }

    void attachMapAndRemove()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspace));
        window.showDeclaration(m_ids.completeDeclaration);
        Session &session = *window.session();

        // From the declaration's menu entry; nothing attached yet.
        auto *action = window.findChild<QAction *>(QStringLiteral("actionOfficialForm"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        FormMappingDialog *dialog = window.formMappingDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(find<QLabel>(dialog, "formHeader")->text().contains(QStringLiteral("JC-STAR application page")));
        QVERIFY(!find<QPushButton>(dialog, "removeFormButton")->isEnabled());

        // Attach through the dialog (the file dialog answered by the test seam).
        const QString workbook = m_forms + QStringLiteral("/form-a.xlsx");
        FileDialog::setNextFileName(workbook);
        click(find<QPushButton>(dialog, "attachWorkbookButton"));
        QVERIFY2(find<QLabel>(dialog, "formHeader")->text().contains(QStringLiteral("Mapping complete")),
                 qPrintable(find<QLabel>(dialog, "formHeader")->text()));
        QVERIFY(session.snapshot()->form);
        const QList<QString> everything = listed(find<QListWidget>(dialog, "problemList"));
        QCOMPARE(everything, QStringList{QStringLiteral("Every item, field and verdict word was found.")});

        // The sheet grid: texts as read, the verdict cell coloured as a verdict.
        const FormProfile detected = storedProfile(session);
        const FormItem &first = detected.items.first();
        auto *view = find<QTableView>(dialog, "sheetView-0");
        QVERIFY(view);
        QCOMPARE(view->model()->index(first.idCell.row - 1, first.idCell.column - 1).data().toString(), first.itemId);
        const QModelIndex verdict = view->model()->index(first.verdictCell.row - 1, first.verdictCell.column - 1);
        QCOMPARE(verdict.data(Qt::BackgroundRole).value<QColor>(),
                 StatusColours::background(roleTone(CellRole::Verdict), QGuiApplication::palette()));
        QVERIFY(verdict.data(Qt::ToolTipRole).toString().contains(first.itemId));
        QVERIFY(!view->model()->index(1, 0).data(Qt::BackgroundRole).isValid() || first.idCell.row == 2);

        // The verdict cell of the first item taken away with the role picker: re-checked and saved at once.
        auto *role = find<QComboBox>(dialog, "rolePicker");
        role->setCurrentIndex(role->findData(int(CellRole::None)));
        view->setCurrentIndex(verdict);
        click(find<QPushButton>(dialog, "assignCellButton"));
        QVERIFY(!storedProfile(session).item(first.itemId)->verdictCell.isValid());
        const QStringList problems = listed(find<QListWidget>(dialog, "problemList"));
        QVERIFY2(problems.join(u'\n').contains(first.itemId), qPrintable(problems.join(u'\n')));
        QVERIFY(find<QLabel>(dialog, "formHeader")->text().contains(QStringLiteral("blocked")));
        QVERIFY(session.blockingCount() > 0); // the gate sees it too

        // Given back as the verdict column of every item: complete again, marked as the user's.
        view = find<QTableView>(dialog, "sheetView-0");
        role->setCurrentIndex(role->findData(int(CellRole::Verdict)));
        view->setCurrentIndex(view->model()->index(first.verdictCell.row - 1, first.verdictCell.column - 1));
        click(find<QPushButton>(dialog, "assignColumnButton"));
        const FormProfile mapped = storedProfile(session);
        QCOMPARE(mapped.item(first.itemId)->verdictCell, first.verdictCell);
        QVERIFY(mapped.item(first.itemId)->origin == Origin::User);
        QCOMPARE(listed(find<QListWidget>(dialog, "problemList")), everything);
        QCOMPARE(session.blockingCount(), 0);

        // A verdict word chosen from the workbook's own list.
        auto *words = find<QComboBox>(dialog, "word-non-conforming");
        QVERIFY(words && words->isEnabled());
        QCOMPARE(words->currentText(), QStringLiteral("不適合"));
        QVERIFY(dialog->assignWord(Verdict::NonConforming, QStringLiteral("不適合")));

        // Removal asks first: "No" keeps the form, "Yes" removes it.
        MessageBox::setNextAnswer(QMessageBox::No);
        click(find<QPushButton>(dialog, "removeFormButton"));
        QVERIFY(session.snapshot()->form);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(find<QPushButton>(dialog, "removeFormButton"));
        QVERIFY(!session.snapshot()->form);
        QVERIFY(!find<QPushButton>(dialog, "removeFormButton")->isEnabled());
        QCOMPARE(find<QTabWidget>(dialog, "sheetTabs")->count(), 0);
    }

    void unreadableFileIsReportedAndNothingChanges()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspace));
        window.showDeclaration(m_ids.inProgressDeclaration);
        window.showFormMapping();
        FormMappingDialog *dialog = window.formMappingDialog();
        QVERIFY(dialog);
        MessageBox::clearShownMessages();
        const QString bad = m_dir.filePath(QStringLiteral("bad.xlsx"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("no workbook") > 0);
        f.close();
        FileDialog::setNextFileName(bad);
        click(find<QPushButton>(dialog, "attachWorkbookButton"));
        QVERIFY(!window.session()->snapshot()->form);
        QVERIFY(!MessageBox::shownMessages().isEmpty());
    }
};

QTEST_MAIN(TestFormDialog)
#include "testformdialog.moc"
