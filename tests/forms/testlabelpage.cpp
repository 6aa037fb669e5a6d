// SPDX-License-Identifier: Apache-2.0
// The label lifecycle page: reached from the declaration page, the record saved through the
// core (a bad value shows the core's message and changes nothing), the status history, the
// re-test plan after a firmware change, reminders and the label page preview.
#include "formstest.h"

#include "demo/demoworkspace.h"
#include "label/labellifecyclepage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace hoshi;
using formstest::find;
using formstest::typeInto;

namespace {

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

class TestLabelPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }

    void recordFromTheDeclarationPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("label.hoshi"));
        DemoIds ids;
        QString error;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openWorkspace(path));
        window.showDeclaration(ids.completeDeclaration);
        window.showDeclarationDetails();
        QTest::mouseClick(find<QPushButton>(&window, "labelLifecycleButton"), Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Label);
        auto *page = find<LabelLifecyclePage>(&window, "labelLifecyclePage");
        page->setToday(QDate(2026, 12, 1));

        // A 15-digit number: the core's message is shown and nothing is stored.
        typeInto(find<QLineEdit>(page, "issuedOnEdit"), QStringLiteral("2026-03-01"));
        typeInto(find<QLineEdit>(page, "registrationNumberEdit"), QStringLiteral("202503050000152"));
        QVERIFY(find<QLabel>(page, "labelErrorLabel")->text().contains(QLatin1String("16")));
        QVERIFY(window.session()->workspace()->labelRecord(ids.completeDeclaration)->registrationNumber.isEmpty());

        typeInto(find<QLineEdit>(page, "registrationNumberEdit"), QStringLiteral("2025030500001527"));
        QVERIFY(find<QLabel>(page, "labelErrorLabel")->text().isEmpty());
        const LabelRecord stored = *window.session()->workspace()->labelRecord(ids.completeDeclaration);
        QCOMPARE(stored.validUntil, QDate(2028, 3, 1));
        QCOMPARE(find<QLineEdit>(page, "validUntilEdit")->text(), QStringLiteral("2028-03-01"));
        QVERIFY(find<QLabel>(page, "effectiveStatusLabel")->text().contains(labelStatusName(LabelStatus::Active)));
        const QString history = texts(find<QListWidget>(page, "labelHistoryList")).join(QLatin1Char('\n'));
        QVERIFY2(history.contains(QStringLiteral("→")), qPrintable(history));

        // Withdrawn: a status change in the history.
        auto *status = find<QComboBox>(page, "statusEdit");
        status->setCurrentIndex(status->findData(int(LabelStatus::Withdrawn)));
        QTest::mouseClick(find<QPushButton>(page, "saveLabelButton"), Qt::LeftButton);
        QCOMPARE(window.session()->workspace()->labelRecord(ids.completeDeclaration)->status, LabelStatus::Withdrawn);
        QVERIFY(texts(find<QListWidget>(page, "labelHistoryList")).first().contains(labelStatusName(LabelStatus::Withdrawn)));

        // The label page preview shows the registration number, and what is missing as missing.
        const QString preview = find<QTextBrowser>(page, "labelPagePreview")->toPlainText();
        QVERIFY(preview.contains(QLatin1String("2025030500001527")));
        QVERIFY(preview.contains(QLatin1String("not recorded")));

        // A firmware change lists the device tests to run again.
        Product p = window.session()->snapshot()->product;
        p.firmwareVersion = QStringLiteral("1.5.0");
        window.session()->editProduct(p);
        const QString plan = texts(find<QListWidget>(page, "retestPlanList")).join(QLatin1Char('\n'));
        QVERIFY2(plan.contains(QLatin1String("S1.1-04")) && plan.contains(QLatin1String("1.4.2")), qPrintable(plan));

        find<QPushButton>(page, "labelBackButton")->click();
        QCOMPARE(window.currentPage(), MainWindow::Page::Declaration);
    }
};

QTEST_MAIN(TestLabelPage)
#include "testlabelpage.moc"
