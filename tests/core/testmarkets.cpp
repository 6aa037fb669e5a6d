// SPDX-License-Identifier: Apache-2.0
// Recognition that follows the label: the UK deems a valid ★1 label under JST-CR-01-01-2024R1
// compliant until the label's validity end and not after, nor for another criteria version, a
// ★3 label, no label, or a withdrawn one; Singapore's simplified route is marked secondary. The
// reminders carry the UK recognition's end, and the UK compliance record's PDF and JSON hold
// what an importer needs (checked with pdftotext).
#include "demo/demoworkspace.h"
#include "lifecycle/reminders.h"
#include "markets/marketsservice.h"
#include "markets/recognition.h"
#include "markets/ukrecord.h"
#include "storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using namespace hoshi::markets;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

LabelRecord label(const QDate &issuedOn)
{
    LabelRecord r;
    r.declarationId = 1;
    r.registrationNumber = QStringLiteral("2026011000000042");
    r.issuedOn = issuedOn;
    r.submittedOn = issuedOn.addDays(-20);
    return LabelRules::normalised(r); // Active, valid two years
}

RecognitionInput star1(const LabelRecord &r)
{
    return {Star1, 1, r};
}

} // namespace

class TestMarkets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void ukDeemedUntilTheLabelEnds()
    {
        const LabelRecord r = label(QDate(2026, 1, 10));
        QCOMPARE(r.validUntil, QDate(2028, 1, 10));
        MarketStatus uk = Recognition::uk(star1(r), QDate(2026, 6, 1));
        QVERIFY(uk.recognised);
        QCOMPARE(uk.reason, RecognitionReason::Recognised);
        QCOMPARE(uk.until, r.validUntil);
        QVERIFY2(uk.statement.contains(QLatin1String("deemed compliant under Condition B until 2028-01-10")),
                 qPrintable(uk.statement));
        QCOMPARE(uk.sourceKind, SourceKind::Official);
        QVERIFY(uk.legalBasis.contains(QLatin1String("SI 2025/1267")));
        QVERIFY(Recognition::uk(star1(r), QDate(2028, 1, 10)).recognised); // its last day
        uk = Recognition::uk(star1(r), QDate(2028, 1, 11));
        QVERIFY(!uk.recognised);
        QCOMPARE(uk.reason, RecognitionReason::Expired);
        QVERIFY(!uk.until.isValid());
        QVERIFY(uk.statement.contains(QLatin1String("not deemed")));
        QVERIFY(uk.statement.contains(QLatin1String("2028-01-10")));
        // An extension in progress keeps IPA's grace status, but the label is not current.
        LabelRecord grace = r;
        grace.status = LabelStatus::ExtensionInProgress;
        QCOMPARE(Recognition::uk(star1(grace), QDate(2028, 2, 1)).reason, RecognitionReason::Expired);
        QVERIFY(Recognition::uk(star1(grace), QDate(2027, 2, 1)).recognised);
    }

    void ukWhyNot()
    {
        const LabelRecord r = label(QDate(2026, 1, 10));
        const QDate today(2026, 6, 1);
        QCOMPARE(Recognition::uk({QStringLiteral("JST-CR-01-01-2024"), 1, r}, today).reason,
                 RecognitionReason::OtherCriteriaVersion);
        QCOMPARE(Recognition::uk({QStringLiteral("JST-CR-03-comm-equipment-draft"), 3, r}, today).reason,
                 RecognitionReason::NotStar1);
        QCOMPARE(Recognition::uk(star1(LabelRecord{}), today).reason, RecognitionReason::NoLabel);
        LabelRecord applied;
        applied.applicationNumber = QStringLiteral("A-1");
        applied.submittedOn = QDate(2026, 5, 1);
        QCOMPARE(Recognition::uk(star1(applied), today).reason, RecognitionReason::NoLabel);
        LabelRecord withdrawn = r;
        withdrawn.status = LabelStatus::Withdrawn;
        QCOMPARE(Recognition::uk(star1(withdrawn), today).reason, RecognitionReason::Withdrawn);
        LabelRecord revoked = r;
        revoked.status = LabelStatus::Revoked;
        QCOMPARE(Recognition::uk(star1(revoked), today).reason, RecognitionReason::Revoked);
        // Before SI 2025/1267 came into force nothing was deemed.
        const LabelRecord early = label(QDate(2025, 6, 1));
        QCOMPARE(Recognition::uk(star1(early), QDate(2025, 12, 3)).reason, RecognitionReason::NotYetInForce);
        QVERIFY(Recognition::uk(star1(early), QDate(2025, 12, 4)).recognised);
        for (const MarketStatus &s : {Recognition::uk(star1(LabelRecord{}), today)})
            QCOMPARE(s.toJson().value(QStringLiteral("reason")).toString(), QStringLiteral("no-label"));
    }

    void singaporeIsSecondaryAndStartsWhenReported()
    {
        const LabelRecord r = label(QDate(2026, 1, 10));
        MarketStatus sg = Recognition::singapore(star1(r), QDate(2026, 5, 31));
        QCOMPARE(sg.reason, RecognitionReason::NotYetInForce);
        sg = Recognition::singapore(star1(r), QDate(2026, 6, 1));
        QVERIFY(sg.recognised);
        QCOMPARE(sg.until, r.validUntil);
        QCOMPARE(sg.sourceKind, SourceKind::Secondary);
        QVERIFY(sg.statement.contains(QLatin1String("simplified application possible")));
        QVERIFY(sg.statement.contains(QLatin1String("secondary")));
        QVERIFY(sg.source.contains(QLatin1String("Brightsight")));
        QCOMPARE(sg.toJson().value(QStringLiteral("sourceKind")).toString(), QStringLiteral("secondary"));
        QCOMPARE(Recognition::all(star1(r), QDate(2026, 6, 1)).size(), 2);
    }

    void remindersCarryTheUkEnd()
    {
        ReminderSubject s;
        s.declarationId = 4;
        s.product = QStringLiteral("SR-200");
        s.criteriaId = Star1;
        s.level = 1;
        s.label = label(QDate(2026, 1, 10));
        QList<Reminder> due = Reminders::due({s}, QDate(2027, 11, 1));
        bool found = false;
        for (const Reminder &r : due) {
            if (r.kind != ReminderKind::UkRecognitionEnding)
                continue;
            found = true;
            QCOMPARE(r.due, QDate(2028, 1, 10));
            QCOMPARE(Reminders::kindKey(r.kind), QStringLiteral("uk-recognition-ending"));
        }
        QVERIFY(found);
        QVERIFY(Reminders::due({s}, QDate(2026, 6, 1)).isEmpty()); // not yet within 90 days
        const QByteArray ics = Reminders::icalendar({s}, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(ics.contains("-uk-recognition-end@hoshi"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 4); // -90, -30, label end, UK recognition end
        s.criteriaId = QStringLiteral("JST-CR-01-01-2024"); // another version: no UK reminder
        for (const Reminder &r : Reminders::due({s}, QDate(2027, 11, 1)))
            QVERIFY(r.kind != ReminderKind::UkRecognitionEnding);
        QVERIFY(!Reminders::icalendar({s}, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)).contains("uk-recognition"));
    }

    void ukRecordHoldsWhatAnImporterNeeds()
    {
        DemoIds ids;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        LabelRecord r = label(QDate(2026, 1, 10));
        r.declarationId = ids.completeDeclaration;
        r.productPageUrl = QStringLiteral("https://www.ipa.go.jp/jc-star/products/2026011000000042");
        QVERIFY2(ws->setLabelRecord(r, &error), qPrintable(error));

        // Not deemed (no label on the other declaration): refused, nothing written.
        const QString refusedPdf = m_dir.filePath(QStringLiteral("refused.pdf"));
        QVERIFY(!MarketsService::writeUkRecord(*ws, ids.inProgressDeclaration, QDate(2026, 6, 1), refusedPdf, &error));
        QVERIFY2(error.contains(QLatin1String("not deemed")), qPrintable(error));
        QVERIFY(!QFile::exists(refusedPdf));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.json"))));

        const QString pdf = m_dir.filePath(QStringLiteral("uk-record.pdf"));
        QVERIFY2(MarketsService::writeUkRecord(*ws, ids.completeDeclaration, QDate(2026, 6, 1), pdf, &error),
                 qPrintable(error));
        const std::optional<DeclarationSnapshot> s = ws->snapshot(ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(s);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString shown = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(shown.contains(QLatin1String("2026011000000042")), qPrintable(shown));
        QVERIFY(!s->product.modelNumbers.isEmpty());
        for (const QString &model : s->product.modelNumbers)
            QVERIFY2(shown.contains(model), qPrintable(model));
        QVERIFY(shown.contains(QLatin1String("2028-01-10")));
        QVERIFY(shown.contains(QLatin1String("SI 2025/1267")));
        QVERIFY(shown.contains(QLatin1String("Condition B")));
        QVERIFY(shown.contains(Star1));
        QVERIFY(shown.contains(QLatin1String("What this record is not")));

        QFile jsonFile(m_dir.filePath(QStringLiteral("uk-record.json")));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
        const QJsonObject labelJson = json.value(QStringLiteral("label")).toObject();
        QCOMPARE(labelJson.value(QStringLiteral("registrationNumber")).toString(), QStringLiteral("2026011000000042"));
        QCOMPARE(labelJson.value(QStringLiteral("validUntil")).toString(), QStringLiteral("2028-01-10"));
        QCOMPARE(labelJson.value(QStringLiteral("criteriaId")).toString(), Star1);
        QCOMPARE(labelJson.value(QStringLiteral("level")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("deemedCompliantUntil")).toString(), QStringLiteral("2028-01-10"));
        QVERIFY(json.value(QStringLiteral("deemedCompliant")).toBool());
        QCOMPARE(json.value(QStringLiteral("legalBasis")).toString(), QStringLiteral("UK SI 2025/1267, Condition B"));
        QStringList models;
        for (const QJsonValue &v : json.value(QStringLiteral("product")).toObject().value(QStringLiteral("models")).toArray())
            models << v.toString();
        QCOMPARE(models, s->product.modelNumbers);
        QVERIFY(shown.contains(json.value(QStringLiteral("manufacturer")).toObject().value(QStringLiteral("name")).toString()));

        // After the label ends, the same declaration is refused.
        QVERIFY(!MarketsService::writeUkRecord(*ws, ids.completeDeclaration, QDate(2028, 1, 11),
                                               m_dir.filePath(QStringLiteral("late.pdf")), &error));
        QVERIFY(error.contains(QLatin1String("expired")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("late.pdf"))));
    }
};

QTEST_MAIN(TestMarkets)
#include "testmarkets.moc"
