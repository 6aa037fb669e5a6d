// SPDX-License-Identifier: Apache-2.0
// The application package: searchable Japanese PDFs, an XLSX a standard reader opens with one
// row per item, a CSV with BOM, JSON application data, a README of what is still missing, and
// the whole-export job that refuses blocked declarations.
#include "testserver.h"
#include "demo/demoworkspace.h"
#include "export/applicationpackageexporter.h"
#include "export/checklisttable.h"
#include "export/exportjob.h"
#include "export/exportpdf.h"
#include "storage/workspace.h"
#include "exportzipedit.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::runTool;

class TestApplicationPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packageFiles();
    void checklistPdfIsSearchable();
    void applicationDataPdfAndJson();
    void xlsxOpensWithOneRowPerItem();
    void csvHasBomAndOneRecordPerItem();
    void readmeListsWhatIsMissing();
    void zipHoldsTheFolder();
    void bagPdfIsDeterministic();
    void jobRefusesBlockedDeclaration();
    void jobWritesEverythingWithUniqueNames();
    void jobFailureRemovesPackage();

private:
    QTemporaryDir m_dir;
    QString m_workspacePath;
    DemoIds m_ids;
    std::unique_ptr<Workspace> m_ws;
    std::optional<DeclarationSnapshot> m_snapshot;
    ApplicationPackageExporter::Result m_package;
};

void TestApplicationPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A file, or a database on the test server (testapplicationpackage-server).
    m_workspacePath = testserver::newWorkspaceLocation(m_dir, QStringLiteral("demo.hoshi"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_workspacePath, &m_ids, &error), qPrintable(error));
    m_ws = Workspace::open(m_workspacePath, Workspace::Access::ReadOnly, &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_snapshot = m_ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
    QVERIFY2(m_snapshot, qPrintable(error));
    const QString out = m_dir.filePath(QStringLiteral("package"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY2(ApplicationPackageExporter::write(*m_snapshot, out, QStringLiteral("demo-application"),
                                               QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC), &m_package, &error),
             qPrintable(error));
    QString warning;
    (void)ExportPdf::fontFamily(&warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning)); // IPAPGothic is installed where the tests run
}

void TestApplicationPackage::packageFiles()
{
    QStringList names = QDir(m_package.folder).entryList(QDir::Files);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("README.txt"), QStringLiteral("application-data.json"),
                                 QStringLiteral("application-data.pdf"), QStringLiteral("checklist.csv"),
                                 QStringLiteral("checklist.pdf"), QStringLiteral("checklist.xlsx")}));
    QVERIFY(!QFileInfo::exists(m_package.folder + QStringLiteral(".partial")));
    QVERIFY(!QFileInfo::exists(m_package.zip + QStringLiteral(".partial")));
}

void TestApplicationPackage::checklistPdfIsSearchable()
{
    const auto text = runTool(QStringLiteral("pdftotext"),
                              {QDir(m_package.folder).filePath(QStringLiteral("checklist.pdf")), QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString s = QString::fromUtf8(text.out);
    // Every item id, and Japanese titles taken from the criteria file, come back as text.
    for (const CriteriaItem &item : m_snapshot->criteria.items)
        QVERIFY2(s.contains(item.id), qPrintable(item.id));
    QVERIFY(s.contains(QStringLiteral("S1.1-04")));
    const CriteriaItem *bruteForce = m_snapshot->criteria.item(QStringLiteral("S1.1-04"));
    QVERIFY(bruteForce && !bruteForce->title.ja.isEmpty());
    QVERIFY2(s.contains(bruteForce->title.ja), qPrintable(bruteForce->title.ja));
    // Every Japanese item title, each on one line of its cell (spaces aside).
    QString compact = s;
    compact.remove(QLatin1Char(' '));
    for (const CriteriaItem &item : m_snapshot->criteria.items) {
        QString title = item.title.ja;
        title.remove(QLatin1Char(' '));
        QVERIFY2(compact.contains(title), qPrintable(item.id + QLatin1Char(' ') + item.title.ja));
    }
    QVERIFY(s.contains(QStringLiteral("適合性チェックリスト")));
    QVERIFY(s.contains(m_snapshot->product.name));
    QVERIFY(s.contains(m_snapshot->criteria.id));
    QVERIFY(s.contains(QStringLiteral("2026-11-01"))); // the date in the header
    // A4 landscape pages.
    const auto info = runTool(QStringLiteral("pdfinfo"), {QDir(m_package.folder).filePath(QStringLiteral("checklist.pdf"))});
    QVERIFY2(info.out.contains("841.8 x 595.") || info.out.contains("842 x 595"), info.out.constData());
}

void TestApplicationPackage::applicationDataPdfAndJson()
{
    const auto text = runTool(QStringLiteral("pdftotext"),
                              {QDir(m_package.folder).filePath(QStringLiteral("application-data.pdf")), QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString s = QString::fromUtf8(text.out);
    const Product &p = m_snapshot->product;
    for (const QString &value : {p.name, p.category, p.firmwareVersion, p.vulnerabilityContact, m_snapshot->organisation.name})
        QVERIFY2(s.contains(value), qPrintable(value));
    QVERIFY(s.contains(QStringLiteral("脆弱性報告窓口")));

    QFile json(QDir(m_package.folder).filePath(QStringLiteral("application-data.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("hoshi-application-data"));
    const QJsonObject product = o.value(QStringLiteral("product")).toObject();
    QCOMPARE(product.value(QStringLiteral("name")).toString(), p.name);
    QCOMPARE(product.value(QStringLiteral("modelNumbers")).toArray().size(), p.modelNumbers.size());
    QCOMPARE(product.value(QStringLiteral("supportUntil")).toString(), p.supportUntil.toString(Qt::ISODate));
    for (const char *field : {"category", "firmwareName", "firmwareVersion", "versionNotice", "summary", "webPage",
                              "configurationDiagram", "productContact", "vulnerabilityContact", "vdpUrl",
                              "technicalConformityNumber", "otherCertifications", "otherSecurityInfo"})
        QVERIFY2(product.contains(QLatin1String(field)), field);
    QCOMPARE(o.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("id")).toString(), m_snapshot->criteria.id);
}

void TestApplicationPackage::xlsxOpensWithOneRowPerItem()
{
    // A standard reader (openpyxl) of the system Python.
    const QString script = QStringLiteral(
        "import sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "print('|'.join(wb.sheetnames))\n"
        "ws = wb['Checklist']\n"
        "print(ws.max_row)\n"
        "print(ws.cell(row=1, column=1).value)\n"
        "for row in ws.iter_rows(min_row=2, values_only=True): print(row[0], '\\t', row[3], '\\t', row[7])\n"
        "print('PRODUCT', [c.value for c in wb['Product']['B']])\n");
    const auto run = runTool(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"), script, QDir(m_package.folder).filePath(QStringLiteral("checklist.xlsx"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Product|Checklist"));
    const int items = int(m_snapshot->criteria.items.size());
    QCOMPARE(lines.at(1).toInt(), items + 1); // header + one row per item
    QCOMPARE(lines.at(2), QStringLiteral("ID"));
    for (int i = 0; i < items; ++i) {
        const CriteriaItem &item = m_snapshot->criteria.items.at(i);
        const QString row = lines.at(3 + i);
        QVERIFY2(row.startsWith(item.id) && row.contains(item.title.ja), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("適合")), qPrintable(row));
    }
    QVERIFY(run.out.contains(m_snapshot->product.name.toUtf8()));
}

void TestApplicationPackage::csvHasBomAndOneRecordPerItem()
{
    QFile file(QDir(m_package.folder).filePath(QStringLiteral("checklist.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes, ChecklistTable::csv(*m_snapshot));
    // Parsed by Python's csv module (cells may hold line breaks).
    const auto run = runTool(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import csv,sys\nrows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                                             "print(len(rows)); print(rows[0][0]); print(all(len(r)==len(rows[0]) for r in rows))\n"
                                             "print(rows[4][0], rows[4][3])"),
                              file.fileName()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0).toInt(), int(m_snapshot->criteria.items.size()) + 1);
    QCOMPARE(lines.at(1), QStringLiteral("ID"));
    QCOMPARE(lines.at(2), QStringLiteral("True"));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("S1.1-04")), qPrintable(lines.at(3)));
}

void TestApplicationPackage::readmeListsWhatIsMissing()
{
    QFile file(QDir(m_package.folder).filePath(QStringLiteral("README.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char *needle : {"申請確認書", "ラベル申請書", "委任状", "application confirmation form",
                               "label application form", "authorization letter", "proof of corporate status"})
        QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
}

void TestApplicationPackage::zipHoldsTheFolder()
{
    const auto list = runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), m_package.zip});
    QCOMPARE(list.exitCode, 0);
    QStringList inZip = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    inZip.sort();
    QStringList expected;
    for (const QString &name : QDir(m_package.folder).entryList(QDir::Files))
        expected << QStringLiteral("demo-application/") + name;
    expected.sort();
    QCOMPARE(inZip, expected);
    QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), m_package.zip}).exitCode, 0);
}

void TestApplicationPackage::bagPdfIsDeterministic()
{
    ExportPdf::Options options;
    options.fixedCreationDate = ExportPdf::stableDate(*m_snapshot);
    QByteArray first;
    QByteArray second;
    QString error;
    QVERIFY(ExportPdf::checklist(*m_snapshot, options, &first, &error));
    QTest::qWait(1100); // the clock moves on; the bytes must not
    QVERIFY(ExportPdf::checklist(*m_snapshot, options, &second, &error));
    QCOMPARE(first, second);
    QVERIFY(first.contains(options.fixedCreationDate.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()));
}

void TestApplicationPackage::jobRefusesBlockedDeclaration()
{
    const QString out = m_dir.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(out));
    ExportJob::Request request;
    request.declarationId = m_ids.inProgressDeclaration;
    request.outputDir = out;
    ExportJob::Outcome outcome;
    QString error;
    QVERIFY(!ExportJob::run(*m_ws, request, &outcome, &error));
    QVERIFY(outcome.blocked);
    QVERIFY(SubmissionGate::blockingCount(outcome.problems) > 0);
    QVERIFY(outcome.writtenPaths().isEmpty());
    QVERIFY(QDir(out).isEmpty());
}

void TestApplicationPackage::jobWritesEverythingWithUniqueNames()
{
    const QString out = m_dir.filePath(QStringLiteral("job"));
    QVERIFY(QDir().mkpath(out));
    ExportJob::Request request;
    request.declarationId = m_ids.completeDeclaration;
    request.outputDir = out;
    request.now = QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
    ExportJob::Outcome first;
    QString error;
    QVERIFY2(ExportJob::run(*m_ws, request, &first, &error), qPrintable(error));
    QCOMPARE(first.writtenPaths().size(), 3);
    for (const QString &path : first.writtenPaths())
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QVERIFY(first.archive.path.endsWith(QLatin1String("_20261102-evidence.zip")));
    // A second export the same day gets its own names; nothing is replaced.
    ExportJob::Outcome second;
    QVERIFY2(ExportJob::run(*m_ws, request, &second, &error), qPrintable(error));
    QVERIFY(second.archive.path.endsWith(QLatin1String("_20261102-2-evidence.zip")));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 6);
}

void TestApplicationPackage::jobFailureRemovesPackage()
{
    // The package is written first; when the archive then fails (here: a key that does not
    // exist is caught before anything; a damaged archive target is not), nothing may remain.
    const QString out = m_dir.filePath(QStringLiteral("failing"));
    QVERIFY(QDir().mkpath(out));
    ExportJob::Request request;
    request.declarationId = m_ids.completeDeclaration;
    request.outputDir = out;
    request.signingKey = m_dir.filePath(QStringLiteral("missing-key.pem"));
    request.signingCertificate = m_dir.filePath(QStringLiteral("missing-cert.pem"));
    ExportJob::Outcome outcome;
    QString error;
    QVERIFY(!ExportJob::run(*m_ws, request, &outcome, &error));
    QVERIFY(QDir(out).isEmpty());

    // Cancelled during the archive, after the package was complete.
    request.signingKey.clear();
    request.signingCertificate.clear();
    bool packageExisted = false;
    request.progress = [&](qint64, qint64) {
        packageExisted = !QDir(out).entryList(QStringList{QStringLiteral("*-application")}, QDir::Dirs).isEmpty();
        return false;
    };
    QVERIFY(!ExportJob::run(*m_ws, request, &outcome, &error));
    QVERIFY(packageExisted);
    QVERIFY2(QDir(out).isEmpty(), qPrintable(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' '))));
}

QTEST_MAIN(TestApplicationPackage)
#include "testapplicationpackage.moc"
