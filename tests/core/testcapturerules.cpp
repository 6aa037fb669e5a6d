// SPDX-License-Identifier: Apache-2.0
// The gate rule on captured evidence (CaptureRules, hooked into SubmissionGate::check): a
// conforming item whose current capture contradicts it gets a warning per unanswered finding.
#include "capture/captureresult.h"
#include "criteria/criteriaregistry.h"
#include "gate/capturerules.h"
#include "gate/submissiongate.h"

#include <QJsonDocument>
#include <QTest>

using namespace hoshi;

namespace {

const QString Item = QStringLiteral("S1.1-13");

Evidence captured(qint64 id)
{
    CaptureResult r;
    r.tool = CaptureTool::Nmap;
    r.findings << CaptureFinding{QStringLiteral("port-23/tcp"), QStringLiteral("low"), QStringLiteral("Open port 23/tcp telnet"),
                                 QStringLiteral("開いているポート 23/tcp telnet"), true}
               << CaptureFinding{QStringLiteral("port-443/tcp"), QStringLiteral("low"), QStringLiteral("Open port 443/tcp https"),
                                 QStringLiteral("開いているポート 443/tcp https"), true}
               << CaptureFinding{QStringLiteral("note-only"), QStringLiteral("info"), QStringLiteral("informational"),
                                 QStringLiteral("情報"), false};
    Evidence e;
    e.id = id;
    e.kind = EvidenceKind::DeviceTest;
    e.summary = QStringLiteral("scan");
    e.testedOn = QDate(2026, 12, 1);
    e.firmwareVersion = QStringLiteral("1.0");
    e.tool = QStringLiteral("nmap");
    e.captureFindings = QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
    return e;
}

DeclarationSnapshot snapshot(Verdict verdict, const QString &justification, const QList<Evidence> &evidence)
{
    DeclarationSnapshot s;
    s.criteria = *CriteriaRegistry::withBuiltins().find(QStringLiteral("JST-CR-01-01-2024R1"));
    s.product.firmwareVersion = QStringLiteral("1.0");
    Assessment a;
    a.itemId = Item;
    a.verdict = verdict;
    a.justification = justification;
    s.assessments << a;
    s.evidence[Item] = evidence;
    return s;
}

QStringList captureWarnings(const DeclarationSnapshot &s)
{
    QStringList out;
    for (const GateProblem &p : SubmissionGate::check(s)) {
        if (p.code == QLatin1String("capture-finding")) {
            if (p.isBlocking())
                out << QStringLiteral("BLOCKING");
            out << p.message;
        }
    }
    return out;
}

} // namespace

class TestCaptureRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnsForEachUnansweredPortNotDeclared()
    {
        const QStringList w = captureWarnings(snapshot(Verdict::Conforming, QStringLiteral("Only 443/tcp (HTTPS) is open."),
                                                       {captured(7)}));
        QCOMPARE(w.size(), 1); // 443/tcp is named in the justification, 23/tcp is not
        QVERIFY2(w.first().contains(QStringLiteral("port 23/tcp open")), qPrintable(w.first()));
        QVERIFY(w.first().startsWith(Item));
    }

    void aNoteAnswersTheFinding()
    {
        Evidence e = captured(7);
        e.findingNotes = QStringLiteral(R"({"port-23/tcp": "closed in production builds by the factory script"})");
        QVERIFY(captureWarnings(snapshot(Verdict::Conforming, QStringLiteral("443/tcp"), {e})).isEmpty());
        e.findingNotes = QStringLiteral(R"({"port-23/tcp": "   "})"); // a blank note answers nothing
        QCOMPARE(captureWarnings(snapshot(Verdict::Conforming, QStringLiteral("443/tcp"), {e})).size(), 1);
    }

    void onlyConformingItemsAndCurrentCaptures()
    {
        QVERIFY(captureWarnings(snapshot(Verdict::NonConforming, {}, {captured(7)})).isEmpty());
        QVERIFY(captureWarnings(snapshot(Verdict::NotAssessed, {}, {captured(7)})).isEmpty());
        Evidence old = captured(7);
        old.supersededBy = 8;
        QVERIFY(captureWarnings(snapshot(Verdict::Conforming, {}, {old})).isEmpty());
        // A port number inside another number does not count as named.
        QCOMPARE(captureWarnings(snapshot(Verdict::Conforming, QStringLiteral("1443/tcp and 123/tcp"), {captured(7)})).size(), 2);
    }

    void typedEvidenceIsLeftAlone()
    {
        Evidence typed = captured(7);
        typed.tool.clear();
        QVERIFY(captureWarnings(snapshot(Verdict::Conforming, {}, {typed})).isEmpty());
    }
};

QTEST_MAIN(TestCaptureRules)
#include "testcapturerules.moc"
