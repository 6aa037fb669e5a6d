// SPDX-License-Identifier: Apache-2.0
// checklist.xlsx as LibreOffice Calc and Excel print and show it: the workbook written for the
// demo's complete declaration is opened with openpyxl (tests/core/data/xlsx_print_check.py),
// which checks every sheet's print settings and that wrapped rows have heights that fit.
#include "demo/demoworkspace.h"
#include "export/checklistxlsx.h"
#include "storage/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

class TestChecklistXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printSettingsAndRowHeights()
    {
        // The first Python that has openpyxl (a pyenv python3 may come before Debian's on PATH).
        QString python;
        for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
            QProcess probe;
            probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
            if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
                python = candidate;
                break;
            }
        }
        if (python.isEmpty())
            QSKIP("python3 with openpyxl is not installed (Debian: python3-openpyxl)");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DemoIds ids;
        QString error;
        const QString workspace = dir.filePath(QStringLiteral("demo.hoshi"));
        QVERIFY2(DemoWorkspace::create(workspace, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(workspace, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        for (const qint64 declaration : {ids.completeDeclaration, ids.inProgressDeclaration}) {
            const auto snapshot = ws->snapshot(declaration, Workspace::ContentCheck::Skip, &error);
            QVERIFY2(snapshot, qPrintable(error));
            const QString xlsx = dir.filePath(QStringLiteral("checklist-%1.xlsx").arg(declaration));
            QVERIFY2(ChecklistXlsx::write(*snapshot, xlsx, &error), qPrintable(error));

            QProcess check;
            check.setProcessChannelMode(QProcess::MergedChannels);
            check.start(python, {QStringLiteral(HOSHI_SOURCE_DIR "/tests/core/data/xlsx_print_check.py"), xlsx});
            QVERIFY(check.waitForFinished(60000));
            const QString output = QString::fromUtf8(check.readAll());
            qInfo().noquote() << output.trimmed();
            QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, qPrintable(output));
            QVERIFY(output.contains(QStringLiteral("sheets: Product, Checklist")));
        }
    }
};

QTEST_GUILESS_MAIN(TestChecklistXlsx)
#include "testchecklistxlsx.moc"
