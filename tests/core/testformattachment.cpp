// SPDX-License-Identifier: Apache-2.0
// An official form attached to a declaration (core/officialform/formattachment.h): detected and
// stored, refused when unreadable, checked by the submission gate (FormRules), filled by the
// export (package and evidence archive), and its evaluation points laid over the declaration's
// criteria set. Workbooks come from formcore's generator (tests/support/formfixtures.h).
#include "demo/demoworkspace.h"
#include "export/exportjob.h"
#include "exportzipedit.h"
#include "formfixtures.h"
#include "gate/submissiongate.h"
#include "officialform/formattachment.h"
#include "officialform/workbookreader.h"
#include "storage/workspace.h"
#include "util/hashstream.h"
#include "verify/archiveverifier.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using namespace hoshi::officialform;

namespace {

QStringList codes(const QList<GateProblem> &problems, const QString &prefix = QStringLiteral("form-"))
{
    QStringList list;
    for (const GateProblem &p : problems) {
        if (p.code.startsWith(prefix) && p.isBlocking())
            list << p.code + QLatin1Char(' ') + p.itemId;
    }
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFormAttachment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoIds m_ids;
    std::unique_ptr<Workspace> m_ws;
    QString m_forms;        // from the declaration's own set
    QString m_lacking;      // without S1.1-05
    QString m_threePoints;  // three official points under S1.1-04

    [[nodiscard]] QList<GateProblem> gate(qint64 declarationId)
    {
        QString error;
        const std::optional<DeclarationSnapshot> s = m_ws->snapshot(declarationId, Workspace::ContentCheck::Skip, &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s ? SubmissionGate::check(*s) : QList<GateProblem>();
    }

    // A fresh copy of the demo's complete declaration (same product), so tests do not share a form.
    qint64 freshDeclaration()
    {
        QString error;
        const Declaration d = *m_ws->declaration(m_ids.completeDeclaration);
        QStringList review;
        const qint64 id = m_ws->carryOverDeclaration(d.id, d.criteriaSetId, &review, &error);
        if (id < 0)
            qWarning("carry-over: %s", qPrintable(error));
        return id;
    }

private Q_SLOTS:
    void initTestCase();
    void attachDetectsStoresAndKeepsBytes();
    void unreadableWorkbookChangesNothing();
    void formLackingAnItemBlocks();
    void extraItemInProfileBlocks();
    void unmappedVocabularyBlocks();
    void valueBreakingValidationBlocks();
    void officialPointsFromTheFormApply();
    void removingTheFormRemovesItsPoints();
    void exportFillsPackageAndArchive();
    void sharedProfileRoundTrip();
};

void TestFormAttachment::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (testsupport::pythonWithOpenpyxl().isEmpty())
        QSKIP("python3 with openpyxl is needed to make the checklist workbooks (python3-openpyxl)");
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("demo.hoshi"));
    QVERIFY2(DemoWorkspace::create(path, &m_ids, &error), qPrintable(error));
    m_ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
    QVERIFY2(m_ws, qPrintable(error));
    const CriteriaSet set = *m_ws->criteriaFor(m_ids.completeDeclaration);
    m_forms = m_dir.filePath(QStringLiteral("forms"));
    m_lacking = m_dir.filePath(QStringLiteral("lacking"));
    m_threePoints = m_dir.filePath(QStringLiteral("three"));
    QVERIFY2(testsupport::makeForms(set, {}, m_forms, &error), qPrintable(error));
    QVERIFY2(testsupport::makeForms(set, {{QStringLiteral("S1.1-05")}, {}}, m_lacking, &error), qPrintable(error));
    testsupport::FormVariant three;
    three.pointTexts.insert(QStringLiteral("S1.1-04"),
                            {QStringLiteral("脆弱性情報の受付窓口を公開している"),
                             QStringLiteral("受け付けた脆弱性情報を管理する手順がある"),
                             QStringLiteral("対応結果を報告者に通知する手順がある")});
    QVERIFY2(testsupport::makeForms(set, three, m_threePoints, &error), qPrintable(error));
    // The demo's complete declaration passes the gate before any form is attached.
    QCOMPARE(SubmissionGate::blockingCount(gate(m_ids.completeDeclaration)), 0);
}

void TestFormAttachment::attachDetectsStoresAndKeepsBytes()
{
    const qint64 id = freshDeclaration();
    QVERIFY(id > 0);
    AttachOutcome outcome;
    QString error;
    const QString file = m_forms + QStringLiteral("/form-b.xlsm");
    QVERIFY2(FormAttachment::attach(*m_ws, id, file, QString(), &outcome, &error), qPrintable(error));
    QVERIFY2(outcome.profile.problems.isEmpty(), qPrintable(outcome.profile.problems.value(0).message));
    QCOMPARE(outcome.profile.templateName, QStringLiteral("form-b.xlsm"));
    const std::optional<AttachedForm> stored = m_ws->attachedForm(id, true, &error);
    QVERIFY(stored);
    QCOMPARE(stored->templateBytes, readAll(file)); // the user's file exactly, macros and all
    QCOMPARE(stored->sha256, HashStream::hexOf(readAll(file)));
    LoadedForm loaded;
    QVERIFY2(FormAttachment::load(*m_ws, id, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.profile.items.size(), m_ws->criteriaFor(id)->items.size());
    QVERIFY(loaded.extraItems.isEmpty());
    QCOMPARE(codes(gate(id)), QStringList());
}

void TestFormAttachment::unreadableWorkbookChangesNothing()
{
    const qint64 id = freshDeclaration();
    QString error;
    const qsizetype history = m_ws->history(id).size();
    const qint64 blobs = m_ws->storedBlobCount();
    const QString notAWorkbook = m_dir.filePath(QStringLiteral("notes.xlsx"));
    QFile f(notAWorkbook);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not a zip at all") > 0);
    f.close();
    const QStringList bad = {notAWorkbook, m_dir.filePath(QStringLiteral("missing.xlsx")),
                             m_forms + QStringLiteral("/hostile/") + QDir(m_forms + QStringLiteral("/hostile")).entryList(QDir::Files).value(0)};
    for (const QString &path : bad) {
        AttachOutcome outcome;
        QVERIFY2(!FormAttachment::attach(*m_ws, id, path, QString(), &outcome, &error), qPrintable(path));
        QVERIFY(!error.isEmpty());
    }
    // A profile that is not one is refused too.
    QVERIFY(!FormAttachment::attach(*m_ws, id, m_forms + QStringLiteral("/form-a.xlsx"), notAWorkbook, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("not a form profile")), qPrintable(error));
    QVERIFY(!m_ws->attachedForm(id, false));
    QCOMPARE(m_ws->history(id).size(), history);
    QCOMPARE(m_ws->storedBlobCount(), blobs);
}

void TestFormAttachment::formLackingAnItemBlocks()
{
    const qint64 id = freshDeclaration();
    QString error;
    AttachOutcome outcome;
    QVERIFY2(FormAttachment::attach(*m_ws, id, m_lacking + QStringLiteral("/form-a.xlsx"), QString(), &outcome, &error),
             qPrintable(error));
    QVERIFY(!outcome.profile.problems.isEmpty());
    const QList<GateProblem> problems = gate(id);
    QVERIFY2(codes(problems).contains(QStringLiteral("form-item-missing S1.1-05")), qPrintable(codes(problems).join(u',')));
    // Export refuses and writes nothing.
    ExportJob::Request request;
    request.declarationId = id;
    request.outputDir = m_dir.filePath(QStringLiteral("refused"));
    ExportJob::Outcome result;
    QVERIFY(!ExportJob::run(*m_ws, request, &result, &error));
    QVERIFY(result.blocked);
    QVERIFY(!QFileInfo::exists(request.outputDir));
}

void TestFormAttachment::extraItemInProfileBlocks()
{
    const qint64 id = freshDeclaration();
    QString error;
    QVERIFY(FormAttachment::attach(*m_ws, id, m_forms + QStringLiteral("/form-a.xlsx"), QString(), nullptr, &error));
    LoadedForm form;
    QVERIFY(FormAttachment::load(*m_ws, id, &form, &error));
    // A profile naming an item the set does not have (a form of another criteria version).
    form.profile.item(QStringLiteral("S1.1-16"))->itemId = QStringLiteral("S1.1-99");
    QVERIFY2(FormAttachment::saveProfile(*m_ws, id, form.profile, &error), qPrintable(error));
    const QStringList found = codes(gate(id));
    QVERIFY2(found.contains(QStringLiteral("form-item-extra S1.1-99")), qPrintable(found.join(u',')));
    QVERIFY2(found.contains(QStringLiteral("form-item-missing S1.1-16")), qPrintable(found.join(u',')));
}

void TestFormAttachment::unmappedVocabularyBlocks()
{
    const qint64 id = freshDeclaration();
    QString error;
    QVERIFY(FormAttachment::attach(*m_ws, id, m_forms + QStringLiteral("/form-a.xlsx"), QString(), nullptr, &error));
    LoadedForm form;
    QVERIFY(FormAttachment::load(*m_ws, id, &form, &error));
    QCOMPARE(codes(gate(id)), QStringList());
    form.profile.vocabulary.entries.removeIf(
        [](const VocabularyEntry &e) { return e.verdict == Verdict::NonConforming; });
    QVERIFY2(FormAttachment::saveProfile(*m_ws, id, form.profile, &error), qPrintable(error));
    QVERIFY2(codes(gate(id)).contains(QStringLiteral("form-vocabulary-unmapped ")), qPrintable(codes(gate(id)).join(u',')));
}

void TestFormAttachment::valueBreakingValidationBlocks()
{
    // form-a with a length limit of 10 characters on the remarks column (H).
    const QString limited = m_dir.filePath(QStringLiteral("limited.xlsx"));
    QString error;
    QVERIFY2(testsupport::runOpenpyxl(
                 QStringLiteral("import sys, openpyxl\n"
                                "from openpyxl.worksheet.datavalidation import DataValidation\n"
                                "wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]\n"
                                "dv = DataValidation(type='textLength', operator='lessThanOrEqual', formula1='10')\n"
                                "ws.add_data_validation(dv); dv.add('H5:H40'); wb.save(sys.argv[2])\n"),
                 {m_forms + QStringLiteral("/form-a.xlsx"), limited}, &error),
             qPrintable(error));
    const qint64 id = freshDeclaration();
    const Assessment a = m_ws->assessment(id, QStringLiteral("S1.1-02"));
    QVERIFY(m_ws->setAssessment(id, QStringLiteral("S1.1-02"), a.verdict, a.justification,
                                QStringLiteral("この備考は十文字より長い説明です"), &error));
    QVERIFY2(FormAttachment::attach(*m_ws, id, limited, QString(), nullptr, &error), qPrintable(error));
    const QList<GateProblem> problems = gate(id);
    QVERIFY2(codes(problems).contains(QStringLiteral("form-value-too-long S1.1-02")), qPrintable(codes(problems).join(u',')));
    // Short enough: the problem goes.
    QVERIFY(m_ws->setAssessment(id, QStringLiteral("S1.1-02"), a.verdict, a.justification, QStringLiteral("短い"), &error));
    QVERIFY(!codes(gate(id)).contains(QStringLiteral("form-value-too-long S1.1-02")));
}

void TestFormAttachment::officialPointsFromTheFormApply()
{
    const qint64 id = freshDeclaration();
    QString error;
    AttachOutcome outcome;
    QVERIFY2(FormAttachment::attach(*m_ws, id, m_threePoints + QStringLiteral("/form-a.xlsx"), QString(), &outcome,
                                    &error),
             qPrintable(error));
    QVERIFY(outcome.overlaySet);
    const std::optional<PointOverlay> overlay = m_ws->pointOverlay(id);
    QVERIFY(overlay);
    QCOMPARE(overlay->source.sha256, HashStream::hexOf(readAll(m_threePoints + QStringLiteral("/form-a.xlsx"))));
    QVERIFY(overlay->source.note.contains(QStringLiteral("official")));
    const CriteriaItem *item = m_ws->criteriaFor(id)->item(QStringLiteral("S1.1-04"));
    QVERIFY(item);
    QCOMPARE(item->points.size(), 3);
    for (const EvaluationPoint &p : item->points)
        QVERIFY(p.official);
    QCOMPARE(item->points.at(1).text.ja, QStringLiteral("受け付けた脆弱性情報を管理する手順がある"));
    // The gate judges the official points: evidence is linked to none of the three yet.
    const QList<GateProblem> problems = gate(id);
    int onS104 = 0;
    for (const GateProblem &p : problems)
        onS104 += p.itemId == QLatin1String("S1.1-04") && p.code == QLatin1String("point-without-evidence");
    QVERIFY2(onS104 >= 2, qPrintable(codes(problems, QString()).join(u',')));
}

void TestFormAttachment::removingTheFormRemovesItsPoints()
{
    const qint64 id = freshDeclaration();
    QString error;
    QVERIFY(FormAttachment::attach(*m_ws, id, m_threePoints + QStringLiteral("/form-a.xlsx"), QString(), nullptr, &error));
    QVERIFY(m_ws->pointOverlay(id));
    QVERIFY2(FormAttachment::remove(*m_ws, id, &error), qPrintable(error));
    QVERIFY(!m_ws->attachedForm(id, false));
    QVERIFY(!m_ws->pointOverlay(id));
    QCOMPARE(m_ws->criteriaFor(id)->item(QStringLiteral("S1.1-04"))->points.size(), 1);
    for (const GateProblem &p : gate(id))
        QVERIFY2(!(p.itemId == QLatin1String("S1.1-04") && p.code == QLatin1String("point-without-evidence")),
                 qPrintable(p.message));
}

void TestFormAttachment::exportFillsPackageAndArchive()
{
    const qint64 id = m_ids.completeDeclaration;
    QString error;
    const QString file = m_forms + QStringLiteral("/form-a.xlsx");
    QVERIFY2(FormAttachment::attach(*m_ws, id, file, QString(), nullptr, &error), qPrintable(error));
    const QList<GateProblem> problems = gate(id);
    QVERIFY2(SubmissionGate::blockingCount(problems) == 0, qPrintable(codes(problems, QString()).join(u',')));
    ExportJob::Request request;
    request.declarationId = id;
    request.outputDir = m_dir.filePath(QStringLiteral("export"));
    request.formPdf = false;
    ExportJob::Outcome outcome;
    QVERIFY2(ExportJob::run(*m_ws, request, &outcome, &error), qPrintable(error));
    const Product product = *m_ws->product(m_ws->declaration(id)->productId);
    const QString name = QStringLiteral("form-a-%1.xlsx").arg(product.modelNumbers.first());
    QCOMPARE(outcome.formFile, name);
    QVERIFY(outcome.package.files.contains(name));
    const QByteArray filled = readAll(QDir(outcome.package.folder).filePath(name));
    QVERIFY(!filled.isEmpty());
    QVERIFY(filled != readAll(file));
    Workbook wb;
    QVERIFY2(WorkbookReader().readBytes(filled, name, &wb, &error), qPrintable(error));
    // The archive holds the same bytes, hashed in the manifest, and names the template.
    const VerificationResult v = ArchiveVerifier::verify(outcome.archive.path);
    QCOMPARE(v.status, VerificationResult::Status::Intact);
    QCOMPARE(v.bagInfoValue(QStringLiteral("Hoshi-Form-Template-SHA256")), HashStream::hexOf(readAll(file)));
    const QString payload = v.bagInfoValue(QStringLiteral("Hoshi-Form-File"));
    QVERIFY(payload.startsWith(QStringLiteral("data/form/")));
    const QMap<QString, QByteArray> entries = exporttest::readZip(outcome.archive.path, &error);
    QByteArray manifest, stored;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it.key().endsWith(QLatin1String("/manifest-sha256.txt")))
            manifest = it.value();
        if (it.key().endsWith(QLatin1Char('/') + payload))
            stored = it.value();
    }
    QCOMPARE(stored, filled);
    QVERIFY2(manifest.contains(QByteArray(HashStream::hexOf(filled).toLatin1() + "  " + payload.toUtf8())), manifest.constData());
    QVERIFY(readAll(QDir(outcome.package.folder).filePath(QStringLiteral("README.txt"))).contains(name.toUtf8()));
    QVERIFY2(m_ws->removeForm(id, &error), qPrintable(error));
}

void TestFormAttachment::sharedProfileRoundTrip()
{
    const qint64 first = freshDeclaration();
    const qint64 second = freshDeclaration();
    QString error;
    QVERIFY(FormAttachment::attach(*m_ws, first, m_forms + QStringLiteral("/form-c.xlsx"), QString(), nullptr, &error));
    LoadedForm form;
    QVERIFY(FormAttachment::load(*m_ws, first, &form, &error));
    form.profile.item(QStringLiteral("S1.1-01"))->origin = Origin::User;
    QVERIFY(FormAttachment::saveProfile(*m_ws, first, form.profile, &error));
    const QString shared = m_dir.filePath(QStringLiteral("shared-profile.json"));
    QVERIFY2(FormAttachment::exportProfile(*m_ws, first, shared, &error), qPrintable(error));
    AttachOutcome outcome;
    QVERIFY2(FormAttachment::attach(*m_ws, second, m_forms + QStringLiteral("/form-c.xlsx"), shared, &outcome, &error),
             qPrintable(error));
    QVERIFY(outcome.profileImported);
    QVERIFY(outcome.importedForSha256.isEmpty()); // the same file
    QCOMPARE(outcome.profile.item(QStringLiteral("S1.1-01"))->origin, Origin::User);
    QCOMPARE(m_ws->attachedForm(second, false)->profileJson, m_ws->attachedForm(first, false)->profileJson);
    // Exporting a profile of a declaration without a form says so and writes nothing.
    const QString none = m_dir.filePath(QStringLiteral("none.json"));
    QVERIFY(!FormAttachment::exportProfile(*m_ws, m_ids.star3Declaration, none, &error));
    QVERIFY(!QFileInfo::exists(none));
}

QTEST_MAIN(TestFormAttachment)
#include "testformattachment.moc"
