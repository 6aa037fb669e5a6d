// SPDX-License-Identifier: Apache-2.0
// hoshi-cli form attach|show|export|remove and export --form: the user's copy of IPA's
// checklist workbook kept with a declaration, and filled into the application package and the
// evidence archive. Workbooks come from formcore's generator (tests/support/formfixtures.h).
#include "clirun.h"
#include "demo/demoworkspace.h"
#include "exportzipedit.h"
#include "formfixtures.h"
#include "storage/workspace.h"
#include "util/hashstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::describe;
using exporttest::ToolRun;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The entry of an archive whose path ends with `suffix`.
QByteArray entry(const QMap<QString, QByteArray> &entries, const QString &suffix)
{
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it.key().endsWith(suffix))
            return it.value();
    }
    return {};
}

} // namespace

class TestCliForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_forms;
    QString m_lacking;
    QString m_three; // three official points under S1.1-04
    QString m_model;
    int m_items = 0; // items of the ★1 set the demo uses
    DemoIds m_ids;

    // hoshi-cli in English with an optional PATH in front (a stand-in LibreOffice) or none.
    [[nodiscard]] ToolRun cli(const QStringList &args, const QString &path = QStringLiteral("/usr/bin:/bin")) const
    {
        return exporttest::runTool(QStringLiteral(HOSHI_CLI_PATH), args, {},
                                   {QStringLiteral("HOSHI_LANG=en"), QStringLiteral("PATH=") + path});
    }
    [[nodiscard]] QString declaration(qint64 id) const { return QString::number(id); }

private Q_SLOTS:
    void initTestCase();
    void attachShowExportRemove();
    void refusalsChangeNothing();
    void exportWithGivenFormFillsPackageAndArchive();
    void exportBlockedByFormLackingAnItem();
    void pdfThroughLibreOffice();
    void officialPointsShownByCriteriaShow();
};

void TestCliForm::initTestCase()
{
    if (testsupport::pythonWithOpenpyxl().isEmpty())
        QSKIP("python3 with openpyxl is needed to make the checklist workbooks (python3-openpyxl)");
    QString error;
    m_ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
    QVERIFY2(DemoWorkspace::create(m_ws, &m_ids, &error), qPrintable(error));
    std::unique_ptr<Workspace> ws = Workspace::open(m_ws, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    m_model = ws->product(ws->declaration(m_ids.completeDeclaration)->productId)->modelNumbers.value(0);
    m_forms = m_dir.filePath(QStringLiteral("forms"));
    m_lacking = m_dir.filePath(QStringLiteral("lacking"));
    const CriteriaSet set = *ws->criteriaFor(m_ids.completeDeclaration);
    m_items = int(set.items.size());
    QVERIFY2(testsupport::makeForms(set, {}, m_forms, &error), qPrintable(error));
    QVERIFY2(testsupport::makeForms(set, {{QStringLiteral("S1.1-05")}, {}}, m_lacking, &error), qPrintable(error));
    m_three = m_dir.filePath(QStringLiteral("three"));
    testsupport::FormVariant three;
    three.pointTexts.insert(QStringLiteral("S1.1-04"), {QStringLiteral("窓口を公開している"), QStringLiteral("受付を記録している"),
                                                        QStringLiteral("報告者に回答している")});
    QVERIFY2(testsupport::makeForms(set, three, m_three, &error), qPrintable(error));
}

void TestCliForm::attachShowExportRemove()
{
    const QString d = declaration(m_ids.inProgressDeclaration);
    const QString form = m_forms + QStringLiteral("/form-d.xlsx");
    ToolRun run = cli({QStringLiteral("form"), QStringLiteral("attach"), m_ws, QStringLiteral("--declaration"), d, form});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("form: form-d.xlsx"), qPrintable(describe(run)));
    QVERIFY2(run.out.contains("mapping: complete"), qPrintable(describe(run)));
    QVERIFY(run.out.contains(HashStream::hexOf(readAll(form)).toLatin1()));

    run = cli({QStringLiteral("form"), QStringLiteral("show"), m_ws, QStringLiteral("--declaration"), d, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(shown.value(QStringLiteral("file")).toString(), QStringLiteral("form-d.xlsx"));
    QCOMPARE(shown.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("items")).toInt(), m_items);

    const QString profile = m_dir.filePath(QStringLiteral("profile.json"));
    run = cli({QStringLiteral("form"), QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), d,
               QStringLiteral("--out"), profile});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject json = QJsonDocument::fromJson(readAll(profile)).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("hoshi-form-profile"));

    run = cli({QStringLiteral("form"), QStringLiteral("remove"), m_ws, QStringLiteral("--declaration"), d});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = cli({QStringLiteral("form"), QStringLiteral("show"), m_ws, QStringLiteral("--declaration"), d});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no official form attached"), qPrintable(describe(run)));

    // The exported profile attaches again with the same mapping.
    run = cli({QStringLiteral("form"), QStringLiteral("attach"), m_ws, QStringLiteral("--declaration"), d, form,
               QStringLiteral("--profile"), profile});
    QVERIFY2(run.exitCode == 0 && run.out.contains("mapping: complete"), qPrintable(describe(run)));
    QVERIFY2(cli({QStringLiteral("form"), QStringLiteral("remove"), m_ws, QStringLiteral("--declaration"), d}).exitCode == 0,
             "remove");
}

void TestCliForm::refusalsChangeNothing()
{
    const QString d = declaration(m_ids.inProgressDeclaration);
    // What the workspace holds about the declaration, before and after the refused commands.
    const auto state = [this] {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(m_ws, Workspace::Access::ReadOnly, &error);
        if (!ws)
            return QStringList{error};
        return QStringList{QString::number(ws->history(m_ids.inProgressDeclaration).size()),
                           QString::number(ws->storedBlobCount()),
                           ws->attachedForm(m_ids.inProgressDeclaration, false) ? QStringLiteral("form") : QString()};
    };
    const QStringList before = state();
    const QString text = m_dir.filePath(QStringLiteral("notes.xlsx"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("plain text") > 0);
    f.close();
    const QList<QStringList> refused = {
        {QStringLiteral("form"), QStringLiteral("attach"), m_ws, QStringLiteral("--declaration"), d, text},
        {QStringLiteral("form"), QStringLiteral("attach"), m_ws, QStringLiteral("--declaration"), QStringLiteral("999"),
         m_forms + QStringLiteral("/form-a.xlsx")},
        {QStringLiteral("form"), QStringLiteral("attach"), m_ws, QStringLiteral("--declaration"), d},
        {QStringLiteral("form"), QStringLiteral("attach"), m_ws, QStringLiteral("--declaration"), d,
         m_forms + QStringLiteral("/form-a.xlsx"), QStringLiteral("--profile"), text},
        {QStringLiteral("form"), QStringLiteral("remove"), m_ws, QStringLiteral("--declaration"), d},
        {QStringLiteral("form"), QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), d},
        {QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), d, QStringLiteral("--out"),
         m_dir.filePath(QStringLiteral("x")), QStringLiteral("--profile"), text},
    };
    for (const QStringList &args : refused) {
        const ToolRun run = cli(args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + QLatin1Char('\n') + describe(run)));
        QVERIFY2(run.err.startsWith("error:") || run.err.contains("usage:"), qPrintable(describe(run)));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
    QCOMPARE(state(), before);
}

void TestCliForm::exportWithGivenFormFillsPackageAndArchive()
{
    const QString out = m_dir.filePath(QStringLiteral("export-given"));
    const QString form = m_forms + QStringLiteral("/form-b.xlsm");
    // A PATH without LibreOffice (whether or not this machine has it).
    const QString empty = m_dir.filePath(QStringLiteral("empty-path"));
    QVERIFY(QDir().mkpath(empty));
    const ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                             declaration(m_ids.completeDeclaration), QStringLiteral("--out"), out, QStringLiteral("--form"), form},
                            empty);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString name = QStringLiteral("form-b-%1.xlsm").arg(m_model);
    QVERIFY2(run.err.contains(QString(QStringLiteral("official form filled: ") + name).toUtf8()), qPrintable(describe(run)));
    // Without LibreOffice on PATH the output and the README say so.
    QVERIFY2(run.err.contains("LibreOffice is not installed"), qPrintable(describe(run)));
    const QStringList folders = QDir(out).entryList({QStringLiteral("*-application")}, QDir::Dirs);
    QCOMPARE(folders.size(), 1);
    const QDir package(QDir(out).filePath(folders.first()));
    const QByteArray filled = readAll(package.filePath(name));
    QVERIFY(!filled.isEmpty() && filled != readAll(form));
    const QByteArray readme = readAll(package.filePath(QStringLiteral("README.txt")));
    QVERIFY(readme.contains(name.toUtf8()));
    QVERIFY(readme.contains("LibreOffice is not installed"));
    QVERIFY(readme.contains(HashStream::hexOf(readAll(form)).toLatin1()));

    const QStringList archives = QDir(out).entryList({QStringLiteral("*-evidence.zip")}, QDir::Files);
    QCOMPARE(archives.size(), 1);
    QString error;
    const QMap<QString, QByteArray> entries = exporttest::readZip(QDir(out).filePath(archives.first()), &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    const QByteArray bagInfo = entry(entries, QStringLiteral("/bag-info.txt"));
    QVERIFY2(bagInfo.contains(QByteArray("Hoshi-Form-Template-SHA256: " + HashStream::hexOf(readAll(form)).toLatin1())), bagInfo.constData());
    const QByteArray manifest = entry(entries, QStringLiteral("/manifest-sha256.txt"));
    const QString payload = QStringLiteral("data/form/form-b-%1.xlsm").arg(m_model);
    QCOMPARE(entry(entries, QLatin1Char('/') + payload), filled);
    QVERIFY2(manifest.contains(QByteArray(HashStream::hexOf(filled).toLatin1() + "  " + payload.toUtf8())), manifest.constData());
    const ToolRun verify = cli({QStringLiteral("verify"), QDir(out).filePath(archives.first())});
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    // The given form was used for this export only.
    const ToolRun show = cli({QStringLiteral("form"), QStringLiteral("show"), m_ws, QStringLiteral("--declaration"),
                              declaration(m_ids.completeDeclaration)});
    QCOMPARE(show.exitCode, 2);
}

void TestCliForm::exportBlockedByFormLackingAnItem()
{
    const QString out = m_dir.filePath(QStringLiteral("export-blocked"));
    const ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                             declaration(m_ids.completeDeclaration), QStringLiteral("--out"), out, QStringLiteral("--form"),
                             m_lacking + QStringLiteral("/form-a.xlsx")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("BLOCKING\tS1.1-05\tform-item-missing"), qPrintable(describe(run)));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliForm::pdfThroughLibreOffice()
{
    // A stand-in for soffice that checks how it is called and writes a PDF where LibreOffice
    // would: it tests Hoshi's side of the conversion (arguments, private profile, output
    // picked up), not LibreOffice.
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    QFile stub(bin + QStringLiteral("/soffice"));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\n"
               "case \"$1\" in -env:UserInstallation=file:///*) ;; *) echo \"no private profile: $1\" >&2; exit 3;; esac\n"
               "[ \"$2\" = --headless ] || exit 4\n"
               "while [ $# -gt 1 ]; do case \"$1\" in --outdir) out=$2;; esac; shift; done\n"
               "base=$(basename \"$1\"); printf '%%PDF-1.4 stand-in for %s\\n' \"$base\" > \"$out/${base%.*}.pdf\"\n");
    stub.close();
    QVERIFY(QFile::setPermissions(stub.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString out = m_dir.filePath(QStringLiteral("export-pdf"));
    const ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                             declaration(m_ids.completeDeclaration), QStringLiteral("--out"), out, QStringLiteral("--form"),
                             m_forms + QStringLiteral("/form-a.xlsx"), QStringLiteral("--no-archive")},
                            bin + QStringLiteral(":/usr/bin:/bin"));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(!run.err.contains("LibreOffice"), qPrintable(describe(run)));
    const QStringList folders = QDir(out).entryList({QStringLiteral("*-application")}, QDir::Dirs);
    QCOMPARE(folders.size(), 1);
    const QByteArray pdf = readAll(QDir(QDir(out).filePath(folders.first())).filePath(QStringLiteral("form-a-%1.pdf").arg(m_model)));
    QVERIFY2(pdf.startsWith("%PDF-1.4 stand-in for form-a-"), pdf.constData());
}

void TestCliForm::officialPointsShownByCriteriaShow()
{
    const QString d = declaration(m_ids.inProgressDeclaration);
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_ws, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const QString setId = ws->declaration(m_ids.inProgressDeclaration)->criteriaSetId;
    ws.reset();
    ToolRun run = cli({QStringLiteral("form"), QStringLiteral("attach"), m_ws, QStringLiteral("--declaration"), d,
                       m_three + QStringLiteral("/form-a.xlsx")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("official evaluation points:"), qPrintable(describe(run)));
    run = cli({QStringLiteral("criteria"), QStringLiteral("show"), setId, QStringLiteral("--workspace"), m_ws,
               QStringLiteral("--declaration"), d, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject set = QJsonDocument::fromJson(run.out).object();
    QJsonArray points;
    for (const QJsonValue &item : set.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == QLatin1String("S1.1-04"))
            points = item.toObject().value(QStringLiteral("evaluationPoints")).toArray();
    }
    QCOMPARE(points.size(), 3);
    for (const QJsonValue &p : points)
        QCOMPARE(p.toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("official"));
    QVERIFY(run.out.contains("受付を記録している"));
    // Removing the form takes its points away again.
    run = cli({QStringLiteral("form"), QStringLiteral("remove"), m_ws, QStringLiteral("--declaration"), d});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = cli({QStringLiteral("criteria"), QStringLiteral("show"), setId, QStringLiteral("--workspace"), m_ws,
               QStringLiteral("--declaration"), d, QStringLiteral("--json")});
    QVERIFY2(!run.out.contains("受付を記録している"), qPrintable(describe(run)));
}

QTEST_GUILESS_MAIN(TestCliForm)
#include "testcliform.moc"
