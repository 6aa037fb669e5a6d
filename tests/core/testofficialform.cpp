// SPDX-License-Identifier: Apache-2.0
// Official forms (core/officialform): four checklist workbooks in plausible layouts, built by
// tests/core/data/officialform/makeforms.py with openpyxl, are detected, filled with the demo's
// complete declaration and read back by openpyxl (formcheck.py); every part but the touched
// worksheets must keep its bytes, and LibreOffice must open the result. Hostile workbooks are
// refused with their reason and nothing is written.
#include "demo/demoworkspace.h"
#include "export/exporttext.h"
#include "officialform/formdetector.h"
#include "officialform/formfiller.h"
#include "storage/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using namespace hoshi::officialform;

namespace {

const QString DataDir = QStringLiteral(HOSHI_SOURCE_DIR "/tests/core/data/officialform");

QString pythonWithOpenpyxl()
{
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

class TestOfficialForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_python;
    QString m_forms;
    QString m_workspace;
    QJsonObject m_manifest;
    DemoIds m_ids;
    std::optional<DeclarationSnapshot> m_snapshot;

    QByteArray runPython(const QStringList &args)
    {
        QProcess p;
        p.start(m_python, args);
        if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning().noquote() << p.readAllStandardError();
            return {};
        }
        return p.readAllStandardOutput();
    }

    QJsonObject check(const QStringList &args)
    {
        return QJsonDocument::fromJson(runPython(QStringList{DataDir + QStringLiteral("/formcheck.py")} + args)).object();
    }

    Workbook read(const QString &name)
    {
        Workbook wb;
        QString error;
        if (!WorkbookReader().readFile(m_forms + QLatin1Char('/') + name, &wb, &error))
            qWarning().noquote() << error;
        return wb;
    }

    // A copy of the demo declaration with one item declared not applicable (the demo's complete
    // declaration has none), so the reason cell gets written too.
    DeclarationSnapshot answersSnapshot() const
    {
        DeclarationSnapshot s = *m_snapshot;
        for (Assessment &a : s.assessments) {
            if (a.itemId == QLatin1String("S1.1-16")) {
                a.verdict = Verdict::NotApplicable;
                a.justification = QStringLiteral("製品にデバッグ用インタフェースがないため / no such interface & <none>");
            }
        }
        return s;
    }

    // The value each answer cell must hold, computed from the snapshot rather than from the
    // answers handed to the filler; *answerCells also gets the field cells.
    QHash<QString, QString> expectedValues(const FormProfile &profile, const DeclarationSnapshot &snapshot,
                                           QSet<QString> *answerCells)
    {
        QHash<QString, QString> expected;
        for (const FormItem &item : profile.items) {
            const Assessment *a = snapshot.assessmentOf(item.itemId);
            if (!a)
                return {};
            const QString word = *profile.vocabulary.wordFor(a->verdict);
            const CriteriaItem *ci = snapshot.criteria.item(item.itemId);
            bool perPoint = false;
            for (const FormPoint &p : item.points) {
                if (!p.verdictCell.isValid())
                    continue;
                perPoint = true;
                const bool relied = ci->pointMode == PointMode::All
                                    || snapshot.chosenPoints.value(item.itemId).contains(ci->points.at(p.number - 1).id);
                expected.insert(p.verdictCell.toString(), relied ? word : QString());
            }
            if (!perPoint)
                expected.insert(item.verdictCell.toString(), word);
            QStringList lines;
            QList<Evidence> evidence = snapshot.evidence.value(item.itemId);
            std::sort(evidence.begin(), evidence.end(), [](const Evidence &x, const Evidence &y) { return x.id < y.id; });
            for (const Evidence &e : evidence)
                lines << ExportText::evidenceLine(e);
            expected.insert(item.evidenceCell.toString(), lines.join(QLatin1Char('\n')));
            const QString reason = a->verdict == Verdict::NotApplicable ? a->justification : QString();
            if (item.reasonCell.isValid())
                expected.insert(item.reasonCell.toString(), reason);
            if (item.remarksCell.isValid())
                expected.insert(item.remarksCell.toString(),
                                item.reasonCell.isValid() || reason.isEmpty() ? a->notes
                                                                               : reason + (a->notes.isEmpty() ? QString() : QLatin1Char('\n') + a->notes));
        }
        const QHash<QString, QString> fieldValues{
            {QStringLiteral("product.name"), snapshot.product.name},
            {QStringLiteral("product.modelNumbers"), snapshot.product.modelNumbers.join(QStringLiteral(", "))},
            {QStringLiteral("manufacturer.name"), snapshot.organisation.name},
            {QStringLiteral("manufacturer.corporateNumber"), snapshot.organisation.corporateNumber},
            {QStringLiteral("product.firmwareVersion"), snapshot.product.firmwareVersion},
            {QStringLiteral("declaration.evaluationCompletedOn"), snapshot.declaration.evaluationCompletedOn.toString(Qt::ISODate)},
            {QStringLiteral("criteria.id"), QStringLiteral("JST-CR-01-01-2024R1")},
            {QStringLiteral("manufacturer.contact"),
             QStringLiteral("%1 <%2>").arg(snapshot.organisation.contactName, snapshot.organisation.contactEmail)},
        };
        for (const FormField &f : profile.fields) {
            if (!fieldValues.contains(f.key))
                return {};
            expected.insert(f.valueCell.toString(), fieldValues.value(f.key));
            answerCells->insert(f.valueCell.toString());
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            answerCells->insert(it.key());
        return expected;
    }

    // Every part but the touched worksheets keeps its bytes; inside those only answer cells differ.
    void checkOnlyAnswerCellsDiffer(const QString &form, const Workbook &wb, const QString &filled,
                                    const QSet<QString> &answerCells)
    {
        // workbook.xml only gets fullCalcOnLoad where the template has formulas.
        const Workbook out = [&] {
            Workbook w;
            QString e;
            if (!WorkbookReader().readFile(filled, &w, &e))
                qWarning().noquote() << e;
            return w;
        }();
        QCOMPARE(out.parts.size(), wb.parts.size());
        QSet<QString> touched;
        for (const QString &cell : std::as_const(answerCells))
            touched.insert(wb.sheet(CellRef::parse(cell)->sheet)->partPath);
        QSet<QString> differing;
        for (int i = 0; i < wb.parts.size(); ++i) {
            QCOMPARE(out.parts.at(i).path, wb.parts.at(i).path);
            if (out.parts.at(i).data != wb.parts.at(i).data)
                differing.insert(wb.parts.at(i).path);
        }
        QSet<QString> allowed = touched;
        if (wb.hasFormulas)
            allowed.insert(wb.workbookPartPath);
        QCOMPARE(differing, allowed);
        if (form == QLatin1String("form-c.xlsx")) {
            QVERIFY(out.part(QStringLiteral("xl/workbook.xml"))->data.contains("fullCalcOnLoad=\"1\""));
            QVERIFY(wb.part(QStringLiteral("xl/sharedStrings.xml")));
        }

        // Inside the touched worksheets only answer cells differ.
        for (const QString &part : std::as_const(touched)) {
            const QJsonObject diff = check({QStringLiteral("xmldiff"), m_forms + QLatin1Char('/') + form, filled, part});
            QVERIFY2(diff.value(QStringLiteral("other")).toArray().isEmpty(), qPrintable(part));
            const QString sheet = [&] {
                for (const WorkbookSheet &s : wb.sheets) {
                    if (s.partPath == part)
                        return s.name;
                }
                return QString();
            }();
            QVERIFY(!diff.value(QStringLiteral("cells")).toArray().isEmpty());
            for (const QJsonValue &c : diff.value(QStringLiteral("cells")).toArray())
                QVERIFY2(answerCells.contains(CellRef::quotedSheet(sheet) + QLatin1Char('!') + c.toString()),
                         qPrintable(c.toString()));
        }
    }

    void checkLibreOfficeOpens(const QString &form, const QString &filled)
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("soffice is not installed (Debian: libreoffice-calc-nogui); the LibreOffice check is skipped");
        const QString pdfDir = m_dir.filePath(QStringLiteral("pdf-") + form);
        QProcess office;
        office.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo-profile")),
                               QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                               QStringLiteral("--outdir"), pdfDir, filled});
        QVERIFY(office.waitForFinished(180000));
        const QString pdf = pdfDir + QLatin1Char('/') + QFileInfo(filled).completeBaseName() + QStringLiteral(".pdf");
        QVERIFY2(QFileInfo(pdf).size() > 1000, qPrintable(QString::fromUtf8(office.readAllStandardError())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_python = pythonWithOpenpyxl();
        QVERIFY2(!m_python.isEmpty(), "python3 with openpyxl is required (packaging/install-deps.sh installs python3-openpyxl)");
        QString error;
        m_workspace = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QVERIFY2(DemoWorkspace::create(m_workspace, &m_ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        m_snapshot = ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY2(m_snapshot, qPrintable(error));
        m_forms = m_dir.filePath(QStringLiteral("forms"));
        // The generator lays the forms out from the items of the demo's criteria set.
        QJsonArray items;
        for (const CriteriaItem &item : m_snapshot->criteria.items) {
            QJsonArray points;
            for (const EvaluationPoint &p : item.points)
                points.append(QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("ja"), p.text.ja}, {QStringLiteral("en"), p.text.en}}}});
            items.append(QJsonObject{
                {QStringLiteral("id"), item.id},
                {QStringLiteral("title"), QJsonObject{{QStringLiteral("ja"), item.title.ja}, {QStringLiteral("en"), item.title.en}}},
                {QStringLiteral("requirement"), QJsonObject{{QStringLiteral("ja"), item.requirement.ja}, {QStringLiteral("en"), item.requirement.en}}},
                {QStringLiteral("evaluationPoints"), QJsonObject{{QStringLiteral("points"), points}}}});
        }
        const QString criteria = m_dir.filePath(QStringLiteral("criteria.json"));
        QFile criteriaFile(criteria);
        QVERIFY(criteriaFile.open(QIODevice::WriteOnly));
        criteriaFile.write(QJsonDocument(QJsonObject{{QStringLiteral("id"), m_snapshot->criteria.id}, {QStringLiteral("items"), items}}).toJson());
        criteriaFile.close();
        runPython({DataDir + QStringLiteral("/makeforms.py"), m_forms, criteria});
        QFile manifest(m_forms + QStringLiteral("/manifest.json"));
        QVERIFY2(manifest.open(QIODevice::ReadOnly), "makeforms.py wrote no manifest");
        m_manifest = QJsonDocument::fromJson(manifest.readAll()).object();
        QCOMPARE(m_manifest.value(QStringLiteral("forms")).toObject().size(), 4);
    }

    void detectsEveryItemAndField_data()
    {
        QTest::addColumn<QString>("form");
        for (const char *name : {"form-a.xlsx", "form-b.xlsm", "form-c.xlsx", "form-d.xlsx"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void detectsEveryItemAndField()
    {
        QFETCH(QString, form);
        const Workbook wb = read(form);
        QVERIFY(!wb.parts.isEmpty());
        QCOMPARE(wb.macroEnabled, form.endsWith(QLatin1String(".xlsm")));
        const FormProfile profile = FormDetector::detect(wb, m_snapshot->criteria);
        for (const FormProblem &p : profile.problems)
            qWarning().noquote() << p.code << p.itemId << p.message;
        QVERIFY(profile.problems.isEmpty());
        const QJsonObject expected = m_manifest.value(QStringLiteral("forms")).toObject().value(form).toObject();
        const QJsonArray items = expected.value(QStringLiteral("items")).toArray();
        QCOMPARE(profile.items.size(), items.size());
        for (const QJsonValue &v : items) {
            const QJsonObject e = v.toObject();
            const QString id = e.value(QStringLiteral("id")).toString();
            const FormItem *item = profile.item(id);
            QVERIFY2(item, qPrintable(id));
            auto cellOf = [](const CellRef &ref) { return ref.isValid() ? ref.toString() : QString(); };
            QCOMPARE(cellOf(item->verdictCell), e.value(QStringLiteral("verdictCell")).toString());
            QCOMPARE(cellOf(item->evidenceCell), e.value(QStringLiteral("evidenceCell")).toString());
            QCOMPARE(cellOf(item->reasonCell), e.value(QStringLiteral("reasonCell")).toString());
            QCOMPARE(cellOf(item->remarksCell), e.value(QStringLiteral("remarksCell")).toString());
            QCOMPARE(item->points.size(), e.value(QStringLiteral("points")).toInt());
            const QJsonArray perPoint = e.value(QStringLiteral("pointVerdictCells")).toArray();
            for (int i = 0; i < perPoint.size(); ++i)
                QCOMPARE(item->points.at(i).verdictCell.toString(), perPoint.at(i).toString());
            QVERIFY(item->points.first().text.contains(QStringLiteral("1")));
        }
        const QJsonObject fields = expected.value(QStringLiteral("fields")).toObject();
        QCOMPARE(profile.fields.size(), fields.size());
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const FormField *field = profile.field(it.key());
            QVERIFY2(field, qPrintable(it.key()));
            QCOMPARE(field->valueCell.toString(), it.value().toString());
        }
        const QJsonObject words = expected.value(QStringLiteral("vocabulary")).toObject();
        for (auto it = words.begin(); it != words.end(); ++it)
            QCOMPARE(profile.vocabulary.wordFor(*verdictFromKey(it.key())).value_or(QString()), it.value().toString());
    }

    void fillsAnswersAndNothingElse_data() { detectsEveryItemAndField_data(); }

    void fillsAnswersAndNothingElse()
    {
        QFETCH(QString, form);
        const Workbook wb = read(form);
        const FormProfile profile = FormDetector::detect(wb, m_snapshot->criteria);
        QVERIFY(profile.problems.isEmpty());
        const DeclarationSnapshot snapshot = answersSnapshot();
        QList<FormProblem> problems;
        const FormAnswers answers = FormAnswersBuilder::fromSnapshot(snapshot, profile, &problems);
        QVERIFY(problems.isEmpty());
        const QString filled = m_dir.filePath(QStringLiteral("filled-") + form);
        QString error;
        QVERIFY2(FormFiller::fillToFile(wb, profile, answers, filled, &problems, &error), qPrintable(error));

        QSet<QString> answerCells;
        const QHash<QString, QString> expected = expectedValues(profile, snapshot, &answerCells);
        QVERIFY(!expected.isEmpty());
        const QJsonObject values = check(QStringList{QStringLiteral("values"), filled} + QStringList(expected.keys()));
        QCOMPARE(values.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(values.value(it.key()).toString(), it.value());

        checkOnlyAnswerCellsDiffer(form, wb, filled, answerCells);
        if (QTest::currentTestFailed())
            return;
        // Data validations, merged ranges, protection, column widths: as in the template.
        QCOMPARE(check({QStringLiteral("features"), filled}), check({QStringLiteral("features"), m_forms + QLatin1Char('/') + form}));

        checkLibreOfficeOpens(form, filled);
    }

    void profileJsonRoundTrip()
    {
        const Workbook wb = read(QStringLiteral("form-b.xlsm"));
        const FormProfile profile = FormDetector::detect(wb, m_snapshot->criteria);
        const QByteArray json = FormProfileJson::toBytes(profile);
        FormProfile again;
        QString error;
        QVERIFY2(FormProfileJson::fromBytes(json, &again, &error), qPrintable(error));
        QCOMPARE(FormProfileJson::toBytes(again), json);
        QVERIFY(FormDetector::recheck(again, wb, m_snapshot->criteria).isEmpty());

        auto refusedWith = [&](const QByteArray &bad, const QString &pointer) {
            FormProfile p;
            QString e;
            const bool ok = FormProfileJson::fromBytes(bad, &p, &e);
            if (ok || !e.startsWith(pointer))
                qWarning().noquote() << e;
            return !ok && e.startsWith(pointer);
        };
        QByteArray duplicate = json;
        duplicate.replace("\"criteriaSetId\":", "\"criteriaSetId\": \"x\", \"criteriaSetId\":");
        QVERIFY(refusedWith(duplicate, QStringLiteral("/criteriaSetId")));
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(2).toObject();
        first.insert(QStringLiteral("verdictCell"), QStringLiteral("no cell"));
        items.replace(2, first);
        root.insert(QStringLiteral("items"), items);
        QVERIFY(refusedWith(QJsonDocument(root).toJson(), QStringLiteral("/items/2/verdictCell")));
        root = QJsonDocument::fromJson(json).object();
        root.insert(QStringLiteral("formatVersion"), 2);
        QVERIFY(refusedWith(QJsonDocument(root).toJson(), QStringLiteral("/formatVersion")));
        root = QJsonDocument::fromJson(json).object();
        root.insert(QStringLiteral("surprise"), true);
        QVERIFY(refusedWith(QJsonDocument(root).toJson(), QStringLiteral("/surprise")));
    }

    void recheckAndEdit()
    {
        const Workbook wb = read(QStringLiteral("form-a.xlsx"));
        FormProfile profile = FormDetector::detect(wb, m_snapshot->criteria);
        const CellRef verdict = profile.item(QStringLiteral("S1.1-03"))->verdictCell;
        QCOMPARE(FormProfileEditor::roleOf(profile, verdict).role, CellRole::Verdict);
        QString error;
        QVERIFY2(FormProfileEditor::assignCell(&profile, wb, verdict, CellRole::None, {}, 0, &error), qPrintable(error));
        QList<FormProblem> problems = FormDetector::recheck(profile, wb, m_snapshot->criteria);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("verdict-cell-missing"));
        QCOMPARE(problems.first().itemId, QStringLiteral("S1.1-03"));
        // "The verdicts are in column E": every item gets it back, marked as the user's.
        QVERIFY2(FormProfileEditor::assignColumn(&profile, wb, verdict.sheet, verdict.column, CellRole::Verdict, &error), qPrintable(error));
        QVERIFY(FormDetector::recheck(profile, wb, m_snapshot->criteria).isEmpty());
        QCOMPARE(profile.item(QStringLiteral("S1.1-03"))->verdictCell, verdict);
        QCOMPARE(profile.item(QStringLiteral("S1.1-03"))->origin, Origin::User);
        // A cell of another sheet that does not exist, a word not in the list: refused.
        QVERIFY(!FormProfileEditor::assignCell(&profile, wb, {QStringLiteral("Nope"), 1, 1}, CellRole::Remarks,
                                               QStringLiteral("S1.1-01"), 0, &error));
        QVERIFY(!FormProfileEditor::assignWord(&profile, Verdict::Conforming, QStringLiteral("OK"), &error));
        QVERIFY(FormProfileEditor::roleCells(profile).size() >= 16 * 4);
        // An item the detector missed is given by its row; it takes its neighbours' columns.
        const FormItem lost = *profile.item(QStringLiteral("S1.1-05"));
        profile.items.removeIf([](const FormItem &i) { return i.itemId == QLatin1String("S1.1-05"); });
        problems = FormDetector::recheck(profile, wb, m_snapshot->criteria);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("item-missing"));
        QVERIFY2(FormProfileEditor::assignRow(&profile, wb, lost.sheet, lost.firstRow, CellRole::ItemId, lost.itemId, &error),
                 qPrintable(error));
        QVERIFY(FormDetector::recheck(profile, wb, m_snapshot->criteria).isEmpty());
        QCOMPARE(profile.item(lost.itemId)->verdictCell, lost.verdictCell);
        QCOMPARE(profile.item(lost.itemId)->remarksCell, lost.remarksCell);
        // A verdict without its word, then given one of the list's words.
        profile.vocabulary.entries.removeIf([](const VocabularyEntry &e) { return e.verdict == Verdict::NotApplicable; });
        problems = FormDetector::recheck(profile, wb, m_snapshot->criteria);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("vocabulary-unmapped"));
        QVERIFY2(FormProfileEditor::assignWord(&profile, Verdict::NotApplicable, QStringLiteral("対象外"), &error), qPrintable(error));
        QVERIFY(FormDetector::recheck(profile, wb, m_snapshot->criteria).isEmpty());
        QCOMPARE(profile.vocabulary.origin, Origin::User);
        // A field cell the template has no label for.
        QVERIFY(FormDetector::missingFields(profile).contains(QStringLiteral("manufacturer.corporateNumber")));
        const CellRef corporate{verdict.sheet, 2, 4};
        QVERIFY2(FormProfileEditor::assignCell(&profile, wb, corporate, CellRole::Field, QStringLiteral("manufacturer.corporateNumber"), 0, &error),
                 qPrintable(error));
        QCOMPARE(FormProfileEditor::roleOf(profile, corporate).role, CellRole::Field);
        QVERIFY(!FormDetector::missingFields(profile).contains(QStringLiteral("manufacturer.corporateNumber")));
        QVERIFY(!FormProfileEditor::assignCell(&profile, wb, corporate, CellRole::Field, QStringLiteral("no.such"), 0, &error));
        // The profile of one template does not fit another.
        const Workbook other = read(QStringLiteral("form-d.xlsx"));
        problems = FormDetector::recheck(profile, other, m_snapshot->criteria);
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const FormProblem &p) { return p.code == QLatin1String("template-changed"); }));
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const FormProblem &p) { return p.code == QLatin1String("cell-missing"); }));
    }

    void valuesBreakingValidationAreProblems()
    {
        const Workbook wb = read(QStringLiteral("form-c.xlsx"));
        const FormProfile profile = FormDetector::detect(wb, m_snapshot->criteria);
        FormAnswers answers = FormAnswersBuilder::fromSnapshot(*m_snapshot, profile);
        answers.items[0].verdictWord = QStringLiteral("適合"); // the form takes 〇/×/－
        answers.items[1].evidence = QString(2001, QLatin1Char('x')); // textLength <= 2000
        answers.items[2].remarks = QString(FormFiller::MaxCellCharacters + 1, QLatin1Char('y'));
        QList<FormProblem> problems = FormFiller::check(wb, profile, answers);
        QStringList codes;
        for (const FormProblem &p : problems)
            codes << p.code + QLatin1Char(' ') + p.cell;
        codes.sort();
        QCOMPARE(codes, QStringList({QStringLiteral("value-not-in-list ") + profile.items[0].verdictCell.toString(),
                                     QStringLiteral("value-too-long ") + profile.items[1].evidenceCell.toString(),
                                     QStringLiteral("value-too-long ") + profile.items[2].remarksCell.toString()}));
        const QString target = m_dir.filePath(QStringLiteral("never.xlsx"));
        QString error;
        QVERIFY(!FormFiller::fillToFile(wb, profile, answers, target, &problems, &error));
        QVERIFY(!QFile::exists(target));

        // An answer cell holding a formula is never overwritten.
        FormProfile withFormula = profile;
        const WorkbookSheet *sheet = wb.sheet(profile.items[0].sheet);
        CellRef formulaCell;
        for (const WorkbookCell &c : sheet->cells) {
            if (c.hasFormula)
                formulaCell = {sheet->name, c.row, c.column};
        }
        QVERIFY(formulaCell.isValid());
        QVERIFY(FormProfileEditor::assignCell(&withFormula, wb, formulaCell, CellRole::Remarks, profile.items[3].itemId, 0, &error));
        answers = FormAnswersBuilder::fromSnapshot(*m_snapshot, withFormula);
        answers.items[3].remarks = QStringLiteral("note");
        problems = FormFiller::check(wb, withFormula, answers);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("formula-cell"));
    }

    void hostileFormsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zip bomb") << "bomb.xlsx" << "zip bomb";
        QTest::newRow("DTD") << "dtd.xlsx" << "DTD";
        QTest::newRow("external link part") << "externallink.xlsx" << "external links are refused";
        QTest::newRow("external relationship") << "externalrelationship.xlsx" << "external links are refused";
        QTest::newRow("million rows") << "millionrows.xlsx" << "more than 100000 rows";
        QTest::newRow("missing sheet") << "missingsheet.xlsx" << "xl/worksheets/sheet1.xml is missing";
        QTest::newRow("missing content types") << "missingcontenttypes.xlsx" << "[Content_Types].xml is missing";
        QTest::newRow("duplicated part") << "duplicatepart.xlsx" << "appears more than once";
        QTest::newRow("merged range out of bounds") << "mergeoutofbounds.xlsx" << "beyond the sheet limits";
    }

    void hostileFormsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QVERIFY(m_manifest.value(QStringLiteral("hostile")).toObject().contains(file));
        const QString path = m_forms + QStringLiteral("/hostile/") + file;
        Workbook wb;
        QString error;
        QVERIFY(!WorkbookReader().readFile(path, &wb, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(wb.parts.isEmpty());
        // Through the CLI: refused (exit 2), nothing written.
        const QString target = m_dir.filePath(QStringLiteral("hostile-out.xlsx"));
        QProcess cli;
        cli.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("form"), QStringLiteral("fill"), path, m_workspace,
                                                   QStringLiteral("--declaration"), QString::number(m_ids.completeDeclaration),
                                                   QStringLiteral("--out"), target, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(reason));
        QVERIFY(!QFile::exists(target));
    }

    void cliDetect()
    {
        auto run = [&](const QStringList &args, int *code) {
            QProcess cli;
            cli.start(QStringLiteral(HOSHI_CLI_PATH), QStringList{QStringLiteral("form"), QStringLiteral("detect")} + args
                                                          + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
            cli.waitForFinished(120000);
            *code = cli.exitCode();
            return cli.readAllStandardOutput();
        };
        int code = -1;
        const QByteArray json = run({m_forms + QStringLiteral("/form-c.xlsx"), QStringLiteral("--criteria"), m_snapshot->criteria.id,
                                     QStringLiteral("--json")}, &code);
        QCOMPARE(code, 0);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("items")).toArray().size(), 16);
        QCOMPARE(root.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("verdictCell")).toString(),
                 QStringLiteral("'チェックシート'!C3"));
        QCOMPARE(root.value(QStringLiteral("fields")).toArray().size(), 8);
        const QString text = QString::fromUtf8(run({m_forms + QStringLiteral("/form-a.xlsx"), QStringLiteral("--criteria"),
                                                    m_snapshot->criteria.id}, &code));
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QStringLiteral("Detection is complete")), qPrintable(text));
        // Against the ★3 draft, the ★1 form lacks every item: incomplete, exit 3.
        const QString star3 = QString::fromUtf8(run({m_forms + QStringLiteral("/form-a.xlsx"), QStringLiteral("--criteria"),
                                                     QStringLiteral("JST-CR-03-COMM-DRAFT")}, &code));
        QCOMPARE(code, 3);
        QVERIFY2(star3.contains(QStringLiteral("No cell names the item C")), qPrintable(star3));
        run({m_forms + QStringLiteral("/hostile/dtd.xlsx")}, &code);
        QCOMPARE(code, 2);

        // The profile printed by detect fills the form through the CLI.
        const QString profile = m_dir.filePath(QStringLiteral("form-d-profile.json"));
        QFile profileFile(profile);
        QVERIFY(profileFile.open(QIODevice::WriteOnly));
        profileFile.write(run({m_forms + QStringLiteral("/form-d.xlsx"), QStringLiteral("--criteria"), m_snapshot->criteria.id,
                               QStringLiteral("--json")}, &code));
        profileFile.close();
        QCOMPARE(code, 0);
        const QString out = m_dir.filePath(QStringLiteral("cli-filled.xlsx"));
        QProcess fill;
        fill.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("form"), QStringLiteral("fill"), m_forms + QStringLiteral("/form-d.xlsx"),
                                                    m_workspace, QStringLiteral("--profile"), profile, QStringLiteral("--declaration"),
                                                    QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), out});
        QVERIFY(fill.waitForFinished(120000));
        QVERIFY2(fill.exitCode() == 0, fill.readAllStandardError().constData());
        const QJsonObject values = check({QStringLiteral("values"), out, QStringLiteral("Application!B2"), QStringLiteral("Checklist!D4")});
        QCOMPARE(values.value(QStringLiteral("Application!B2")).toString(), m_snapshot->product.name);
        QCOMPARE(values.value(QStringLiteral("Checklist!D4")).toString(), QStringLiteral("Conforming"));
    }
};

QTEST_GUILESS_MAIN(TestOfficialForm)
#include "testofficialform.moc"
