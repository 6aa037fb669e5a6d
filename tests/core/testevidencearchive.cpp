// SPDX-License-Identifier: Apache-2.0
// The retained evidence archive: BagIt layout that the standard tools accept, streaming with
// hash checks, deterministic manifests, signing, and commit-or-nothing on cancel and failure.
#include "testserver.h"
#include "archive/safezipreader.h"
#include "demo/demoworkspace.h"
#include "export/bagit.h"
#include "export/cmssigner.h"
#include "export/declarationjson.h"
#include "export/evidencearchiveexporter.h"
#include "export/evidenceplan.h"
#include "export/keygenerator.h"
#include "export/parallelhasher.h"
#include "gate/submissiongate.h"
#include "storage/workspace.h"
#include "util/hashstream.h"
#include "exportzipedit.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::readZip;
using exporttest::runTool;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, '\0'); // the last size % 4 bytes stay zero: same seed, same bytes
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

} // namespace

class TestEvidenceArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layoutPassesStandardTools();
    void contentMatchesWorkspace();
    void pathsAreAsciiAndShort();
    void fileNames_data();
    void fileNames();
    void manifestsAreDeterministic();
    void signatureVerifiesWithOpenssl();
    void cancelLeavesNothing();
    void corruptContentFailsAndLeavesNothing();
    void refusesToReplace();
    void parallelHasherMatchesHashStream();

private:
    [[nodiscard]] QString exportTo(const QString &dir, const EvidenceArchiveExporter::Options &options,
                                   EvidenceArchiveExporter::Result *result = nullptr);

    QTemporaryDir m_dir;
    QString m_workspacePath;
    DemoIds m_ids;
    std::unique_ptr<Workspace> m_ws;
    std::optional<DeclarationSnapshot> m_snapshot;
    QByteArray m_bigBinary;
    QByteArray m_bigText;
};

void TestEvidenceArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A file, or a database on the test server (testevidencearchive-server).
    m_workspacePath = testserver::newWorkspaceLocation(m_dir, QStringLiteral("demo.hoshi"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_workspacePath, &m_ids, &error), qPrintable(error));
    {
        // Multi-chunk files with Japanese names, one of them used twice (stored once).
        std::unique_ptr<Workspace> ws = Workspace::open(m_workspacePath, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        m_bigBinary = randomBytes(3 * Workspace::ChunkSize + 12345, 42);
        m_bigText = QByteArray("2026-10-07 12:00:00 sshd[100]: 設定ダンプ line\n").repeated(60000);
        const QString binaryPath = m_dir.filePath(QStringLiteral("ファームウェア解析 結果.bin"));
        QFile f(binaryPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(m_bigBinary), m_bigBinary.size());
        f.close();
        Evidence doc;
        doc.kind = EvidenceKind::DocumentReview;
        doc.title = QStringLiteral("ファームウェア解析報告");
        doc.documentNumber = QStringLiteral("FW-AN-7");
        doc.pages = QStringLiteral("3-4");
        const qint64 e1 = ws->addEvidence(m_ids.completeDeclaration, {QStringLiteral("S1.1-11")}, doc, &error);
        QVERIFY2(e1 > 0, qPrintable(error));
        QVERIFY2(ws->attachFile(e1, binaryPath, &error) > 0, qPrintable(error));
        QVERIFY2(ws->attachData(e1, QStringLiteral("設定ダンプ.txt"), m_bigText, &error) > 0, qPrintable(error));
        doc.title = QStringLiteral("通信設定の確認");
        const qint64 e2 = ws->addEvidence(m_ids.completeDeclaration, {QStringLiteral("S1.1-12")}, doc, &error);
        QVERIFY2(e2 > 0, qPrintable(error));
        QVERIFY2(ws->attachData(e2, QStringLiteral("設定ダンプ（コピー）.txt"), m_bigText, &error) > 0, qPrintable(error));
    }
    m_ws = Workspace::open(m_workspacePath, Workspace::Access::ReadOnly, &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_snapshot = m_ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
    QVERIFY2(m_snapshot, qPrintable(error));
    QCOMPARE(SubmissionGate::blockingCount(SubmissionGate::check(*m_snapshot)), 0);
}

QString TestEvidenceArchive::exportTo(const QString &dir, const EvidenceArchiveExporter::Options &options,
                                      EvidenceArchiveExporter::Result *result)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo-evidence.zip"));
    QString error;
    EvidenceArchiveExporter::Result r;
    if (!EvidenceArchiveExporter::write(*m_ws, *m_snapshot, path, options, &r, &error)) {
        qWarning("export failed: %s", qPrintable(error));
        return {};
    }
    if (result)
        *result = r;
    return path;
}

void TestEvidenceArchive::layoutPassesStandardTools()
{
    const QString dir = m_dir.filePath(QStringLiteral("tools"));
    EvidenceArchiveExporter::Result result;
    const QString zip = exportTo(dir, {}, &result);
    QVERIFY(!zip.isEmpty());
    QCOMPARE(result.bagName, QStringLiteral("demo-evidence"));

    const auto test = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), zip});
    QVERIFY2(test.exitCode == 0, test.out.constData());
    const auto unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir});
    QCOMPARE(unzip.exitCode, 0);
    const QString bag = QDir(dir).filePath(result.bagName);
    for (const QString &name : {QStringLiteral("bagit.txt"), QStringLiteral("bag-info.txt"), QStringLiteral("manifest-sha256.txt"),
                                QStringLiteral("manifest-sha512.txt"), QStringLiteral("tagmanifest-sha256.txt"),
                                QStringLiteral("tagmanifest-sha512.txt"), QStringLiteral("README-VERIFY.txt"),
                                QStringLiteral("data/declaration.json"), QStringLiteral("data/checklist.pdf"),
                                QStringLiteral("data/checklist.csv"), QStringLiteral("data/evidence-index.csv")})
        QVERIFY2(QFile::exists(QDir(bag).filePath(name)), qPrintable(name));

    // The commands README-VERIFY.txt gives, run for real inside the bag.
    for (const auto &[tool, manifest] : {std::pair{"sha256sum", "manifest-sha256.txt"}, std::pair{"sha256sum", "tagmanifest-sha256.txt"},
                                         std::pair{"sha512sum", "manifest-sha512.txt"}, std::pair{"sha512sum", "tagmanifest-sha512.txt"}}) {
        const auto check = runTool(QLatin1String(tool), {QStringLiteral("-c"), QLatin1String(manifest)}, bag);
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
        QVERIFY(!check.out.contains("FAILED"));
    }
    const auto complete = runTool(QStringLiteral("sh"),
                                  {QStringLiteral("-c"), QStringLiteral("find data -type f | sort > ../files.txt && cut -c 67- "
                                                                        "manifest-sha256.txt | sort | diff - ../files.txt && echo OK")},
                                  bag);
    QVERIFY2(complete.exitCode == 0 && complete.out.contains("OK"), QByteArray(complete.out + complete.err).constData());

    QFile bagit(QDir(bag).filePath(QStringLiteral("bagit.txt")));
    QVERIFY(bagit.open(QIODevice::ReadOnly));
    QCOMPARE(bagit.readAll(), QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));

    // Two spaces between hash and path, and Payload-Oxum that matches the payload.
    QFile manifest(QDir(bag).filePath(QStringLiteral("manifest-sha256.txt")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray manifestText = manifest.readAll();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}  data/declaration\\.json$"), QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(manifestText))
                .hasMatch());
    QFile info(QDir(bag).filePath(QStringLiteral("bag-info.txt")));
    QVERIFY(info.open(QIODevice::ReadOnly));
    const BagIt::Fields fields = BagIt::parseBagInfo(info.readAll());
    QString oxum;
    QStringList labels;
    for (const auto &[label, value] : fields) {
        labels << label;
        if (label == QLatin1String("Payload-Oxum"))
            oxum = value;
    }
    for (const char *label : {"Source-Organization", "Bagging-Date", "External-Identifier", "Bag-Software-Agent",
                              "Hoshi-Product", "Hoshi-Criteria-Id", "Hoshi-Export-Id"})
        QVERIFY2(labels.contains(QLatin1String(label)), label);
    qint64 bytes = 0;
    qint64 count = 0;
    QDirIterator it(QDir(bag).filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        bytes += QFileInfo(it.next()).size();
        ++count;
    }
    QCOMPARE(oxum, QStringLiteral("%1.%2").arg(bytes).arg(count));
    QCOMPARE(result.payloadFiles, count);

    // README-VERIFY holds both languages and the exact commands.
    QFile readme(QDir(bag).filePath(QStringLiteral("README-VERIFY.txt")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const char *needle : {"検証手順", "How to verify", "sha256sum -c manifest-sha256.txt", "shasum -a 256 -c",
                               "Get-FileHash -Algorithm SHA256", "hoshi-cli verify demo-evidence.zip", "cd demo-evidence"})
        QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
}

void TestEvidenceArchive::contentMatchesWorkspace()
{
    const QString zip = exportTo(m_dir.filePath(QStringLiteral("content")), {});
    QVERIFY(!zip.isEmpty());
    QString error;
    const QMap<QString, QByteArray> files = readZip(zip, &error);
    QVERIFY2(!files.isEmpty(), qPrintable(error));

    const EvidencePlan plan = EvidencePlan::make(*m_snapshot);
    QVERIFY(plan.files().size() >= 5);
    for (const PlannedFile &f : plan.files()) {
        const QByteArray content = files.value(QStringLiteral("demo-evidence/") + f.path);
        QCOMPARE(content.size(), f.size);
        QCOMPARE(HashStream::hexOf(content), f.sha256);
    }
    // The text used twice is stored once; the index lists both uses with the original names.
    int bigTextCopies = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        bigTextCopies += it.value() == m_bigText ? 1 : 0;
    QCOMPARE(bigTextCopies, 1);
    bool binaryFound = false;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        binaryFound = binaryFound || it.value() == m_bigBinary;
    QVERIFY(binaryFound);
    const QByteArray indexBytes = files.value(QStringLiteral("demo-evidence/data/evidence-index.csv"));
    QVERIFY(indexBytes.startsWith("\xEF\xBB\xBF"));
    const QString index = QString::fromUtf8(indexBytes);
    QVERIFY(index.contains(QStringLiteral("設定ダンプ.txt")));
    QVERIFY(index.contains(QStringLiteral("設定ダンプ（コピー）.txt")));
    QVERIFY(index.contains(QStringLiteral("ファームウェア解析 結果.bin")));
    QCOMPARE(index.count(HashStream::hexOf(m_bigText)), 2);

    // declaration.json round-trips into the auditor's view of the declaration.
    const auto archived = DeclarationJson::fromBytes(files.value(QStringLiteral("demo-evidence/data/declaration.json")), &error);
    QVERIFY2(archived, qPrintable(error));
    QCOMPARE(archived->snapshot.criteria.items.size(), m_snapshot->criteria.items.size());
    QCOMPARE(archived->snapshot.assessments.size(), m_snapshot->criteria.items.size());
    QCOMPARE(archived->snapshot.product.name, m_snapshot->product.name);
    for (auto it = archived->filePaths.cbegin(); it != archived->filePaths.cend(); ++it)
        QVERIFY2(files.contains(QStringLiteral("demo-evidence/") + it.value()), qPrintable(it.value()));
    QCOMPARE(SubmissionGate::blockingCount(SubmissionGate::check(archived->snapshot)), 0);
}

void TestEvidenceArchive::pathsAreAsciiAndShort()
{
    const EvidencePlan plan = EvidencePlan::make(*m_snapshot);
    static const QRegularExpression ascii(QStringLiteral("^data/evidence/[A-Za-z0-9._-]+/[0-9]{3}_[A-Za-z0-9._-]+\\.[a-z0-9]+$"));
    for (const PlannedFile &f : plan.files()) {
        QVERIFY2(ascii.match(f.path).hasMatch(), qPrintable(f.path));
        QVERIFY(f.path.size() <= EvidencePlan::MaxPathLength);
    }
}

void TestEvidenceArchive::fileNames_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("japanese") << QStringLiteral("ログイン試験.log") << "text/plain" << "001_file.log";
    QTest::newRow("mixed") << QStringLiteral("試験 v2 結果.TXT") << "text/plain" << "001_v2.txt";
    QTest::newRow("accents") << QStringLiteral("résumé.pdf") << "application/pdf" << "001_resume.pdf";
    QTest::newRow("no-extension") << QStringLiteral("写真") << "image/png" << "001_file.png";
    QTest::newRow("japanese-extension") << QStringLiteral("記録.テキスト") << "text/plain" << "001_file.txt";
    QTest::newRow("with-path") << QStringLiteral("../../etc/passwd") << "text/plain" << "001_passwd.txt";
    QTest::newRow("windows-path") << QStringLiteral("C:\\Users\\試験\\log 1.txt") << "text/plain" << "001_log-1.txt";
}

void TestEvidenceArchive::fileNames()
{
    QFETCH(QString, original);
    QFETCH(QString, mediaType);
    QFETCH(QString, expected);
    QCOMPARE(EvidencePlan::fileName(1, original, mediaType, 100), expected);
    const QString longName = EvidencePlan::fileName(7, QString(300, QLatin1Char('a')) + QStringLiteral(".log"),
                                                    QStringLiteral("text/plain"), 50);
    QVERIFY(longName.size() <= 50);
    QVERIFY(longName.startsWith(QLatin1String("007_a")) && longName.endsWith(QLatin1String(".log")));
}

void TestEvidenceArchive::manifestsAreDeterministic()
{
    EvidenceArchiveExporter::Options first;
    first.now = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    EvidenceArchiveExporter::Options second;
    second.now = QDateTime(QDate(2026, 6, 30), QTime(18, 30), Qt::UTC);
    const QString a = exportTo(m_dir.filePath(QStringLiteral("det-a")), first);
    const QString b = exportTo(m_dir.filePath(QStringLiteral("det-b")), second);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QString error;
    const QMap<QString, QByteArray> fa = readZip(a, &error);
    const QMap<QString, QByteArray> fb = readZip(b, &error);
    const QString root = QStringLiteral("demo-evidence/");
    QCOMPARE(fa.value(root + QStringLiteral("manifest-sha256.txt")), fb.value(root + QStringLiteral("manifest-sha256.txt")));
    QCOMPARE(fa.value(root + QStringLiteral("manifest-sha512.txt")), fb.value(root + QStringLiteral("manifest-sha512.txt")));
    QVERIFY(!fa.value(root + QStringLiteral("manifest-sha256.txt")).isEmpty());
    // ... while the export itself is told apart in bag-info.txt.
    QVERIFY(fa.value(root + QStringLiteral("bag-info.txt")) != fb.value(root + QStringLiteral("bag-info.txt")));
}

void TestEvidenceArchive::signatureVerifiesWithOpenssl()
{
    const QString keys = m_dir.filePath(QStringLiteral("keys"));
    KeyGenerator::Result generated;
    QString error;
    QVERIFY2(KeyGenerator::generate(keys, QStringLiteral("株式会社さくらデバイス"), 30, &generated, &error), qPrintable(error));
    QVERIFY((QFile::permissions(generated.keyPath) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    std::unique_ptr<CmsSigner> signer = CmsSigner::load(generated.keyPath, generated.certificatePath, {}, &error);
    QVERIFY2(signer, qPrintable(error));
    QCOMPARE(signer->fingerprint(), generated.fingerprint);

    EvidenceArchiveExporter::Options options;
    options.signer = signer.get();
    const QString dir = m_dir.filePath(QStringLiteral("signed"));
    const QString zip = exportTo(dir, options);
    QVERIFY(!zip.isEmpty());
    QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), dir}).exitCode, 0);
    const QString bag = QDir(dir).filePath(QStringLiteral("demo-evidence"));
    const QStringList verifyArgs = {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                                    QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                    QStringLiteral("signatures/tagmanifest-sha256.txt.p7s"), QStringLiteral("-content"),
                                    QStringLiteral("tagmanifest-sha256.txt"), QStringLiteral("-CAfile"),
                                    QStringLiteral("signatures/signer-cert.pem"), QStringLiteral("-out"),
                                    QStringLiteral("/dev/null")};
    const auto good = runTool(QStringLiteral("openssl"), verifyArgs, bag);
    QVERIFY2(good.exitCode == 0, good.err.constData());
    QVERIFY(good.err.contains("Verification successful"));
    // The certificate is listed in the tag manifest; the signature can not be.
    QFile tagManifest(QDir(bag).filePath(QStringLiteral("tagmanifest-sha256.txt")));
    QVERIFY(tagManifest.open(QIODevice::ReadWrite));
    const QByteArray tags = tagManifest.readAll();
    QVERIFY(tags.contains("  signatures/signer-cert.pem\n"));
    QVERIFY(!tags.contains(".p7s"));
    // The fingerprint printed in README-VERIFY is the certificate's.
    QFile readme(QDir(bag).filePath(QStringLiteral("README-VERIFY.txt")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(readme.readAll().contains(generated.fingerprint.toLatin1()));

    // Any change to the signed tag manifest breaks the signature.
    tagManifest.seek(0);
    QByteArray changed = tags;
    changed[0] = changed[0] == 'a' ? 'b' : 'a';
    tagManifest.write(changed);
    tagManifest.close();
    const auto bad = runTool(QStringLiteral("openssl"), verifyArgs, bag);
    QVERIFY(bad.exitCode != 0);

    // A key that does not belong to the certificate is refused before anything is written.
    const QString other = m_dir.filePath(QStringLiteral("other-keys"));
    KeyGenerator::Result second;
    QVERIFY(KeyGenerator::generate(other, QStringLiteral("Other"), 30, &second, &error));
    QVERIFY(!CmsSigner::load(second.keyPath, generated.certificatePath, {}, &error));
    QVERIFY2(error.contains(QLatin1String("does not belong")), qPrintable(error));
    // keygen does not replace existing keys.
    QVERIFY(!KeyGenerator::generate(keys, QStringLiteral("Again"), 30, &generated, &error));
}

void TestEvidenceArchive::cancelLeavesNothing()
{
    const QString dir = m_dir.filePath(QStringLiteral("cancel"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo-evidence.zip"));
    qint64 calls = 0;
    bool partialSeen = false;
    EvidenceArchiveExporter::Options options;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        partialSeen = partialSeen || QFile::exists(path + QLatin1String(EvidenceArchiveExporter::PartialSuffix));
        return done < total / 2; // cancel half way through the evidence
    };
    QString error;
    QVERIFY(!EvidenceArchiveExporter::write(*m_ws, *m_snapshot, path, options, nullptr, &error));
    QVERIFY(calls > 1);
    QVERIFY(partialSeen); // it was being written...
    QVERIFY2(error.contains(QLatin1String("cancel")), qPrintable(error));
    QVERIFY(!QFile::exists(path)); // ... and nothing is left
    QVERIFY(QDir(dir).isEmpty());
}

void TestEvidenceArchive::corruptContentFailsAndLeavesNothing()
{
    if (testserver::enabled())
        QSKIP("copies the workspace file; damaged content on a server: testworkspace-server");
    // A copy of the workspace whose stored content was damaged behind its back.
    const QString copy = m_dir.filePath(QStringLiteral("damaged.hoshi"));
    QVERIFY(QFile::copy(m_workspacePath, copy));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE blob_chunk SET data = zeroblob(length(data)) WHERE blob_id = "
                                      "(SELECT id FROM blob WHERE sha256 = '%1') AND seq = 1")
                           .arg(HashStream::hexOf(m_bigBinary))));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(copy, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto snapshot = ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
    QVERIFY(snapshot);
    const QString dir = m_dir.filePath(QStringLiteral("damaged"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("x-evidence.zip"));
    QVERIFY(!EvidenceArchiveExporter::write(*ws, *snapshot, path, {}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("ファームウェア解析 結果.bin")) && error.contains(QLatin1String("SHA-256")),
             qPrintable(error));
    QVERIFY(QDir(dir).isEmpty());
}

void TestEvidenceArchive::refusesToReplace()
{
    const QString dir = m_dir.filePath(QStringLiteral("exists"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo-evidence.zip"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    QString error;
    QVERIFY(!EvidenceArchiveExporter::write(*m_ws, *m_snapshot, path, {}, nullptr, &error));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious"));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 1);
}

void TestEvidenceArchive::parallelHasherMatchesHashStream()
{
    // Several streams through one hasher (as the exporter and verifier use it), including an
    // empty one and one longer than the queue between the threads.
    ParallelHasher hasher;
    for (const qint64 size : {qint64(0), qint64(1), qint64(1000), qint64(20 * 1024 * 1024 + 7)}) {
        const QByteArray data = randomBytes(size, quint32(size) + 1);
        for (qint64 at = 0; at < size; at += 333'333)
            hasher.addData(data.constData() + at, std::min<qint64>(333'333, size - at));
        const ParallelHasher::Digests d = hasher.finish();
        QCOMPARE(d.sha256, HashStream::hexOf(data, HashStream::Algorithm::Sha256));
        QCOMPARE(d.sha512, HashStream::hexOf(data, HashStream::Algorithm::Sha512));
    }
    // The exporter's style: every digest at the end, in order.
    QStringList expected256;
    QStringList expected512;
    for (int i = 0; i < 50; ++i) {
        const QByteArray data = randomBytes(1000 * i + (i % 3) * 1'500'000, quint32(i) + 100);
        hasher.addData(data);
        hasher.finishLater();
        expected256 << HashStream::hexOf(data);
        expected512 << HashStream::hexOf(data, HashStream::Algorithm::Sha512);
    }
    const ParallelHasher::Results results = hasher.take();
    QCOMPARE(results.sha256, expected256);
    QCOMPARE(results.sha512, expected512);
    QVERIFY(hasher.take().sha256.isEmpty());
}

// QTEST_MAIN creates a QGuiApplication (this test does not link Widgets): the checklist PDF
// inside the archive needs QtGui's fonts.
QTEST_MAIN(TestEvidenceArchive)
#include "testevidencearchive.moc"
