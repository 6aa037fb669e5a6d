// SPDX-License-Identifier: Apache-2.0
// The label page's "Other markets" tab: the status of each market with its source, follows the
// label and the date; the UK record button is enabled only while the UK deems the product
// compliant and writes the PDF and JSON through the core (the widget only asks for the name).
#include "formstest.h"

#include "common/filedialog.h"
#include "demo/demoworkspace.h"
#include "label/labellifecyclepage.h"
#include "mainwindow/mainwindow.h"
#include "markets/marketspanel.h"
#include "session/session.h"
#include "storage/workspace.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace hoshi;
using formstest::find;

class TestMarketsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }

    void statusFollowsTheLabelAndWritesTheUkRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("markets.hoshi"));
        DemoIds ids;
        QString error;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openWorkspace(path));
        window.showDeclaration(ids.completeDeclaration);
        window.showLabelLifecycle();
        auto *page = find<LabelLifecyclePage>(&window, "labelLifecyclePage");
        page->showTab(LabelLifecyclePage::Tab::Markets);
        page->setToday(QDate(2026, 7, 1));
        auto *button = find<QPushButton>(&window, "writeUkRecordButton");
        QVERIFY(!button->isEnabled()); // no label yet
        QVERIFY(find<QLabel>(&window, "marketStatus-uk-psti")->text().contains(QLatin1String("no label")));

        LabelRecord record;
        record.declarationId = ids.completeDeclaration;
        record.registrationNumber = QStringLiteral("2026011000000042");
        record.issuedOn = QDate(2026, 1, 10);
        QVERIFY2(window.session()->setLabelRecord(record, &error), qPrintable(error));
        page->reload();
        QVERIFY2(find<QLabel>(&window, "marketStatus-uk-psti")->text().contains(QLatin1String("until 2028-01-10")),
                 qPrintable(find<QLabel>(&window, "marketStatus-uk-psti")->text()));
        QVERIFY(find<QLabel>(&window, "marketStatus-sg-cls")->text().contains(QLatin1String("secondary")));
        QVERIFY(button->isEnabled());

        const QString pdf = m_dir.filePath(QStringLiteral("importer.pdf"));
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("importer.json"))));
        QVERIFY(find<QLabel>(&window, "ukRecordResult")->text().contains(QLatin1String("importer.json")));

        page->setToday(QDate(2028, 1, 11)); // the label has ended: so has the recognition
        QVERIFY(!button->isEnabled());
        QVERIFY(find<QLabel>(&window, "marketStatus-uk-psti")->text().contains(QLatin1String("expired")));
    }
};

QTEST_MAIN(TestMarketsPanel)
#include "testmarketspanel.moc"
