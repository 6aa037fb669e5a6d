// SPDX-License-Identifier: Apache-2.0
// The findings file format: strict reading, writing with and without a detached CMS signature,
// and the tie to the evidence archive the findings are about.
#include "demo/demoworkspace.h"
#include "export/cmssigner.h"
#include "export/exportjob.h"
#include "export/keygenerator.h"
#include "findings/findingsarchive.h"
#include "findings/findingsfile.h"
#include "storage/workspace.h"
#include "verify/archiveverifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

class TestFindingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void strictReading_data();
    void strictReading();
    void signedFileVerifies();
    void tamperedSignedFileIsRefused();
    void strippedSignatureIsRefused();
    void unsignedWriteRemovesOldSignature();
    void startsFromAnIntactArchive();
    void findingsBesideTheArchive();

private:
    [[nodiscard]] FindingsDocument sample() const;
    [[nodiscard]] static QByteArray edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit);
    [[nodiscard]] static QByteArray readAll(const QString &path);
    static void writeAll(const QString &path, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_archive;
    KeyGenerator::Result m_key;
};

void TestFindingsFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    DemoIds ids;
    const QString wsPath = m_dir.filePath(QStringLiteral("demo.hoshi"));
    QVERIFY2(DemoWorkspace::create(wsPath, &ids, &error), qPrintable(error));
    std::unique_ptr<Workspace> ws = Workspace::open(wsPath, Workspace::Access::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error));
    ExportJob::Request request;
    request.declarationId = ids.completeDeclaration;
    request.outputDir = m_dir.filePath(QStringLiteral("out"));
    request.package = false;
    ExportJob::Outcome outcome;
    QVERIFY2(ExportJob::run(*ws, request, &outcome, &error), qPrintable(error));
    m_archive = outcome.archive.path;
    QVERIFY(QFile::exists(m_archive));
    QVERIFY2(KeyGenerator::generate(m_dir.filePath(QStringLiteral("keys")), QStringLiteral("Auditor Test"),
                                    KeyGenerator::DefaultValidDays, &m_key, &error),
             qPrintable(error));
}

FindingsDocument TestFindingsFile::sample() const
{
    FindingsDocument d;
    d.archive = {QStringLiteral("X-evidence.zip"), QStringLiteral("0b6c1d9e-1111-4222-8333-944455556666"),
                 QString(64, QLatin1Char('a'))};
    d.declaration.declarationId = 1;
    d.declaration.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    d.declaration.criteriaSetId = QStringLiteral("JST-CR-01-01-2024R1");
    d.declaration.organisation = QStringLiteral("さくらネットワーク機器株式会社");
    d.declaration.product = QStringLiteral("さくらホームルータ SR-200");
    d.declaration.modelNumbers = {QStringLiteral("SR-200"), QStringLiteral("SR-200W")};
    d.reviewer = QStringLiteral("山田 花子 (監査)");
    d.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0, 5), Qt::UTC);
    d.remarks = QStringLiteral("全体として良好です。");
    d.setFinding(QStringLiteral("S1.1-01"), FindingStatus::Accepted, QString());
    d.setFinding(QStringLiteral("S1.1-02"), FindingStatus::Question, QStringLiteral("初期パスワードの生成方法は？\n2行目"));
    d.setFinding(QStringLiteral("S1.1-04"), FindingStatus::MoreEvidence, QStringLiteral("試験ログを追加してください。"));
    return d;
}

QByteArray TestFindingsFile::edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

QByteArray TestFindingsFile::readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestFindingsFile::writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestFindingsFile::roundTrip()
{
    const FindingsDocument d = sample();
    QString error;
    const std::optional<FindingsDocument> back = FindingsFile::fromBytes(FindingsFile::toBytes(d), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->archive.exportId, d.archive.exportId);
    QCOMPARE(back->archive.payloadManifestSha256, d.archive.payloadManifestSha256);
    QCOMPARE(back->declaration.declarationId, qint64(1));
    QCOMPARE(back->declaration.createdAt, d.declaration.createdAt);
    QCOMPARE(back->declaration.modelNumbers, d.declaration.modelNumbers);
    QCOMPARE(back->reviewer, d.reviewer);
    QCOMPARE(back->createdAt, d.createdAt);
    QCOMPARE(back->remarks, d.remarks);
    QCOMPARE(back->findings.size(), 3);
    QCOMPARE(back->findings.at(1).status, FindingStatus::Question);
    QCOMPARE(back->findings.at(1).text, d.findings.at(1).text);
    QCOMPARE(back->findings.at(2).status, FindingStatus::MoreEvidence);
    QVERIFY(!back->signedDetached);
    // Deterministic: the same findings give the same bytes.
    QCOMPARE(FindingsFile::toBytes(*back), FindingsFile::toBytes(d));
}

void TestFindingsFile::strictReading_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the message
    const QByteArray good = FindingsFile::toBytes(sample());
    const auto findingsEdit = [](const std::function<void(QJsonArray &)> &f) {
        return [f](QJsonObject &o) {
            QJsonArray a = o.value(QStringLiteral("findings")).toArray();
            f(a);
            o.insert(QStringLiteral("findings"), a);
        };
    };
    const auto setFirst = [](const QString &key, const QJsonValue &v) {
        return [key, v](QJsonArray &a) {
            QJsonObject f = a.at(1).toObject();
            f.insert(key, v);
            a[1] = f;
        };
    };
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    // JSON keeps one of two values of a repeated key; which verdict the reviewer meant is unknown.
    QTest::newRow("duplicate key") << QByteArray(good).replace("\"reviewer\": ", "\"reviewer\": \"Someone else\", \"reviewer\": ")
                                   << QStringLiteral("the key \"reviewer\" appears twice in one object (/reviewer)");
    QTest::newRow("other format") << edited(good, [](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("x")); })
                                  << QStringLiteral("not a Hoshi findings file");
    QTest::newRow("newer version") << edited(good, [](QJsonObject &o) { o.insert(QStringLiteral("formatVersion"), 2); })
                                   << QStringLiteral("format version 2");
    QTest::newRow("unknown field") << edited(good, [](QJsonObject &o) { o.insert(QStringLiteral("extra"), 1); })
                                   << QStringLiteral("unknown field \"extra\"");
    QTest::newRow("no reviewer") << edited(good, [](QJsonObject &o) { o.insert(QStringLiteral("reviewer"), QStringLiteral(" ")); })
                                 << QStringLiteral("\"reviewer\" is empty");
    QTest::newRow("local time") << edited(good, [](QJsonObject &o) { o.insert(QStringLiteral("createdAt"), QStringLiteral("2026-11-30T08:00:00")); })
                                << QStringLiteral("not a UTC time");
    QTest::newRow("bad hash") << edited(good, [](QJsonObject &o) {
        QJsonObject a = o.value(QStringLiteral("archive")).toObject();
        a.insert(QStringLiteral("payloadManifestSha256"), QStringLiteral("ABC"));
        o.insert(QStringLiteral("archive"), a);
    }) << QStringLiteral("payloadManifestSha256");
    QTest::newRow("no export id") << edited(good, [](QJsonObject &o) {
        QJsonObject a = o.value(QStringLiteral("archive")).toObject();
        a.remove(QStringLiteral("exportId"));
        o.insert(QStringLiteral("archive"), a);
    }) << QStringLiteral("\"exportId\" must be a text");
    QTest::newRow("declaration id text") << edited(good, [](QJsonObject &o) {
        QJsonObject d = o.value(QStringLiteral("declaration")).toObject();
        d.insert(QStringLiteral("id"), QStringLiteral("1"));
        o.insert(QStringLiteral("declaration"), d);
    }) << QStringLiteral("positive whole number");
    QTest::newRow("unknown status") << edited(good, findingsEdit(setFirst(QStringLiteral("status"), QStringLiteral("rejected"))))
                                    << QStringLiteral("unknown status \"rejected\"");
    QTest::newRow("question without text") << edited(good, findingsEdit(setFirst(QStringLiteral("text"), QString())))
                                           << QStringLiteral("needs a text");
    QTest::newRow("control character") << edited(good, findingsEdit(setFirst(QStringLiteral("itemId"), QStringLiteral("S1\x01"))))
                                       << QStringLiteral("control characters");
    QTest::newRow("too long") << edited(good, findingsEdit(setFirst(QStringLiteral("text"), QString(FindingsFile::MaxTextLength + 1, QLatin1Char('x')))))
                              << QStringLiteral("longer than");
    QTest::newRow("duplicate item") << edited(good, findingsEdit([](QJsonArray &a) { a.append(a.at(0)); }))
                                    << QStringLiteral("has a finding already");
    QTest::newRow("finding not an object") << edited(good, findingsEdit([](QJsonArray &a) { a.append(3); }))
                                           << QStringLiteral("must be an object");
    QTest::newRow("empty") << edited(good, [](QJsonObject &o) {
        o.insert(QStringLiteral("findings"), QJsonArray());
        o.insert(QStringLiteral("remarks"), QString());
    }) << QStringLiteral("no findings and no remarks");
    QTest::newRow("bad signature kind") << edited(good, [](QJsonObject &o) { o.insert(QStringLiteral("signature"), QStringLiteral("pgp")); })
                                        << QStringLiteral("\"signature\" must be");
}

void TestFindingsFile::strictReading()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!FindingsFile::fromBytes(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // Through a file the same message arrives, naming the file.
    const QString path = m_dir.filePath(QStringLiteral("bad-findings.json"));
    writeAll(path, json);
    QVERIFY(!FindingsFile::read(path, &error));
    QVERIFY2(error.contains(QStringLiteral("bad-findings.json")) && error.contains(expected), qPrintable(error));
}

void TestFindingsFile::signedFileVerifies()
{
    QString error;
    std::unique_ptr<CmsSigner> signer = CmsSigner::load(m_key.keyPath, m_key.certificatePath, {}, &error);
    QVERIFY2(signer, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("signed-findings.json"));
    QVERIFY2(FindingsFile::write(path, sample(), signer.get(), &error), qPrintable(error));
    QVERIFY(QFile::exists(FindingsFile::signaturePath(path)));
    const std::optional<LoadedFindings> loaded = FindingsFile::read(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->document.signedDetached);
    QCOMPARE(loaded->signature.state, SignatureInfo::State::Valid);
    QCOMPARE(loaded->signature.fingerprint, m_key.fingerprint);
    QVERIFY(loaded->signature.signer.contains(QStringLiteral("Auditor Test")));
}

void TestFindingsFile::tamperedSignedFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("signed-findings.json"));
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.contains("S1.1-04"));
    bytes.replace(QStringLiteral("試験ログを追加してください。").toUtf8(), QStringLiteral("問題ありません。").toUtf8());
    const QString tampered = m_dir.filePath(QStringLiteral("tampered-findings.json"));
    writeAll(tampered, bytes);
    QVERIFY(QFile::copy(FindingsFile::signaturePath(path), FindingsFile::signaturePath(tampered)));
    QString error;
    QVERIFY(!FindingsFile::read(tampered, &error));
    QVERIFY2(error.contains(QStringLiteral("does not verify")), qPrintable(error));
}

void TestFindingsFile::strippedSignatureIsRefused()
{
    const QString stripped = m_dir.filePath(QStringLiteral("stripped-findings.json"));
    writeAll(stripped, readAll(m_dir.filePath(QStringLiteral("signed-findings.json"))));
    QString error;
    QVERIFY(!FindingsFile::read(stripped, &error));
    QVERIFY2(error.contains(QStringLiteral("signature")) && error.contains(QStringLiteral("missing")), qPrintable(error));
}

void TestFindingsFile::unsignedWriteRemovesOldSignature()
{
    const QString path = m_dir.filePath(QStringLiteral("signed-findings.json"));
    QString error;
    QVERIFY2(FindingsFile::write(path, sample(), nullptr, &error), qPrintable(error));
    QVERIFY(!QFile::exists(FindingsFile::signaturePath(path)));
    const std::optional<LoadedFindings> loaded = FindingsFile::read(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->signature.state, SignatureInfo::State::Absent);
}

void TestFindingsFile::startsFromAnIntactArchive()
{
    const VerificationResult result = ArchiveVerifier::verify(m_archive);
    QCOMPARE(result.status, VerificationResult::Status::Intact);
    QString error;
    const std::optional<FindingsDocument> doc = FindingsArchive::start(m_archive, result, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->archive.exportId, result.bagInfoValue(QStringLiteral("Hoshi-Export-Id")));
    QCOMPARE(doc->declaration.declarationId, result.declaration->snapshot.declaration.id);
    QCOMPARE(doc->declaration.product, result.declaration->snapshot.product.name);
    QCOMPARE(doc->archive.payloadManifestSha256.size(), 64);
    QCOMPARE(FindingsFile::pathForArchive(m_archive), m_archive.chopped(4) + QStringLiteral("-findings.json"));

    VerificationResult broken = result;
    broken.status = VerificationResult::Status::NotIntact;
    QVERIFY(!FindingsArchive::start(m_archive, broken, &error));
    QVERIFY2(error.contains(QStringLiteral("intact")), qPrintable(error));
}

void TestFindingsFile::findingsBesideTheArchive()
{
    const VerificationResult result = ArchiveVerifier::verify(m_archive);
    QString error;
    std::optional<FindingsDocument> doc = FindingsArchive::start(m_archive, result, &error);
    QVERIFY2(doc, qPrintable(error));
    LoadedFindings loaded;
    QString why;
    QCOMPARE(FindingsArchive::loadBeside(m_archive, *doc, &loaded, &why), FindingsArchive::Beside::None);
    doc->reviewer = QStringLiteral("Reviewer");
    doc->createdAt = QDateTime::currentDateTimeUtc();
    doc->setFinding(QStringLiteral("S1.1-01"), FindingStatus::Question, QStringLiteral("Why?"));
    QVERIFY2(FindingsFile::write(FindingsFile::pathForArchive(m_archive), *doc, nullptr, &error), qPrintable(error));
    QCOMPARE(FindingsArchive::loadBeside(m_archive, *doc, &loaded, &why), FindingsArchive::Beside::Loaded);
    QCOMPARE(loaded.document.findings.size(), 1);
    // Findings on another payload are not this archive's.
    FindingsDocument other = *doc;
    other.archive.payloadManifestSha256 = QString(64, QLatin1Char('0'));
    QCOMPARE(FindingsArchive::loadBeside(m_archive, other, &loaded, &why), FindingsArchive::Beside::Unusable);
    QVERIFY2(why.contains(QStringLiteral("another payload")), qPrintable(why));
    QVERIFY(QFile::remove(FindingsFile::pathForArchive(m_archive)));
}

// QTEST_MAIN creates a QGuiApplication: the export writes a PDF.
QTEST_MAIN(TestFindingsFile)
#include "testfindingsfile.moc"
