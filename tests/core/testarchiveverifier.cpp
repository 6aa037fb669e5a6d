// SPDX-License-Identifier: Apache-2.0
// ArchiveVerifier: intact archives pass; every kind of tampering is named file by file
// (NotIntact); hostile or damaged archives are Unreadable and nothing is written anywhere.
#include "demo/demoworkspace.h"
#include "export/cmssigner.h"
#include "export/evidencearchiveexporter.h"
#include "export/keygenerator.h"
#include "storage/workspace.h"
#include "util/hashstream.h"
#include "verify/archiveverifier.h"
#include "exportzipcraft.h"
#include "exportzipedit.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::CraftedEntry;
using exporttest::ZipCraft;
using exporttest::ZipEdit;

namespace {

const QString Bag = QStringLiteral("demo-evidence/");

QStringList treeOf(const QString &root)
{
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    return paths;
}

} // namespace

Q_DECLARE_METATYPE(QList<CraftedEntry>)

class TestArchiveVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intactSignedArchive();
    void intactUnsignedArchive();
    void tampered_data();
    void tampered();
    void reSignedByAnotherKeyShowsTheOtherSigner();
    void hostile_data();
    void hostile();
    void zipBombWithTestLimits();
    void truncatedAndNotABag();
    void progressAndCancel();

private:
    [[nodiscard]] QString tamperedCopy(const QString &name, const ZipEdit &edit);

    QTemporaryDir m_dir;
    DemoIds m_ids;
    QString m_signed;
    QString m_unsigned;
    QString m_fingerprint;
    QString m_evidencePath; // one evidence file inside the bag
};

void TestArchiveVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString workspacePath = m_dir.filePath(QStringLiteral("demo.hoshi"));
    QString error;
    QVERIFY2(DemoWorkspace::create(workspacePath, &m_ids, &error), qPrintable(error));
    std::unique_ptr<Workspace> ws = Workspace::open(workspacePath, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto snapshot = ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
    QVERIFY2(snapshot, qPrintable(error));

    KeyGenerator::Result keys;
    QVERIFY2(KeyGenerator::generate(m_dir.filePath(QStringLiteral("keys")), QStringLiteral("さくらデバイス 品質保証部"), 30,
                                    &keys, &error),
             qPrintable(error));
    m_fingerprint = keys.fingerprint;
    std::unique_ptr<CmsSigner> signer = CmsSigner::load(keys.keyPath, keys.certificatePath, {}, &error);
    QVERIFY2(signer, qPrintable(error));

    const QString signedDir = m_dir.filePath(QStringLiteral("signed"));
    const QString unsignedDir = m_dir.filePath(QStringLiteral("unsigned"));
    QVERIFY(QDir().mkpath(signedDir) && QDir().mkpath(unsignedDir));
    m_signed = QDir(signedDir).filePath(QStringLiteral("demo-evidence.zip"));
    m_unsigned = QDir(unsignedDir).filePath(QStringLiteral("demo-evidence.zip"));
    EvidenceArchiveExporter::Options options;
    options.signer = signer.get();
    QVERIFY2(EvidenceArchiveExporter::write(*ws, *snapshot, m_signed, options, nullptr, &error), qPrintable(error));
    QVERIFY2(EvidenceArchiveExporter::write(*ws, *snapshot, m_unsigned, {}, nullptr, &error), qPrintable(error));

    const QMap<QString, QByteArray> files = exporttest::readZip(m_signed, &error);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().startsWith(Bag + QStringLiteral("data/evidence/")) && it.value().size() > 100) {
            m_evidencePath = it.key();
            break;
        }
    }
    QVERIFY(!m_evidencePath.isEmpty());
}

QString TestArchiveVerifier::tamperedCopy(const QString &name, const ZipEdit &edit)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".zip"));
    QFile::remove(path);
    QString error;
    if (!exporttest::rewriteZip(m_signed, path, edit, &error)) {
        qWarning("rewrite failed: %s", qPrintable(error));
        return {};
    }
    return path;
}

void TestArchiveVerifier::intactSignedArchive()
{
    const VerificationResult r = ArchiveVerifier::verify(m_signed);
    QVERIFY2(r.status == VerificationResult::Status::Intact,
             qPrintable(r.error + r.bagProblems.join(QLatin1Char(';'))));
    QCOMPARE(r.bagName, QStringLiteral("demo-evidence"));
    QVERIFY(r.problems().isEmpty());
    QVERIFY(r.payloadFiles >= 10);
    QCOMPARE(r.bagInfoValue(QStringLiteral("Payload-Oxum")), QStringLiteral("%1.%2").arg(r.payloadBytes).arg(r.payloadFiles));
    // Every payload and tag file was checked.
    int payload = 0;
    int tags = 0;
    for (const FileReport &f : r.files)
        (f.tagFile ? tags : payload) += 1;
    QCOMPARE(qint64(payload), r.payloadFiles);
    QCOMPARE(tags, 7); // bagit, bag-info, two manifests, review-sign-off.json, README-VERIFY, signer certificate

    QCOMPARE(r.signature.state, SignatureInfo::State::Valid);
    QVERIFY(r.signature.selfSigned);
    QVERIFY(r.signature.signer.contains(QStringLiteral("さくらデバイス 品質保証部")));
    QCOMPARE(r.signature.fingerprint, m_fingerprint);
    QCOMPARE(r.signature.keyType, QStringLiteral("EC P-256"));
    QVERIFY(r.signature.signingTime.isValid());

    // The declaration for the auditor mode.
    QVERIFY2(r.declaration, qPrintable(r.declarationError));
    QCOMPARE(r.declaration->snapshot.assessments.size(), r.declaration->snapshot.criteria.items.size());
    QVERIFY(!r.declaration->filePaths.isEmpty());

    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("intact"));
    QCOMPARE(json.value(QStringLiteral("signature")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("valid"));
}

void TestArchiveVerifier::intactUnsignedArchive()
{
    const VerificationResult r = ArchiveVerifier::verify(m_unsigned);
    QCOMPARE(r.status, VerificationResult::Status::Intact);
    QCOMPARE(r.signature.state, SignatureInfo::State::Absent);
}

void TestArchiveVerifier::tampered_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");     // what the report must name
    QTest::addColumn<QString>("problem");  // "modified", "missing", "unlisted", or "" for a bag problem
    QTest::newRow("flipped-byte") << "flip" << "evidence" << "modified";
    QTest::newRow("deleted-file") << "delete" << "evidence" << "missing";
    QTest::newRow("added-file") << "add" << "data/extra.txt" << "unlisted";
    QTest::newRow("edited-bag-info") << "bag-info" << "bag-info.txt" << "modified";
    QTest::newRow("added-tag-file") << "add-tag" << "notes.txt" << "unlisted";
    QTest::newRow("deleted-manifest") << "delete-manifest" << "manifest-sha512.txt" << "missing";
    QTest::newRow("edited-manifest-and-tagmanifest") << "forge" << "" << "";
    QTest::newRow("file-outside-bag") << "outside" << "" << "";
}

void TestArchiveVerifier::tampered()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, problem);
    QString error;
    const QMap<QString, QByteArray> files = exporttest::readZip(m_signed, &error);
    ZipEdit edit;
    if (kind == QLatin1String("flip")) {
        QByteArray content = files.value(m_evidencePath);
        content[content.size() / 2] = char(content.at(content.size() / 2) ^ 0x01);
        edit.replace.insert(m_evidencePath, content);
        file = m_evidencePath.mid(Bag.size());
    } else if (kind == QLatin1String("delete")) {
        edit.remove << m_evidencePath;
        file = m_evidencePath.mid(Bag.size());
    } else if (kind == QLatin1String("add")) {
        edit.add.insert(Bag + file, "not in any manifest");
    } else if (kind == QLatin1String("bag-info")) {
        QByteArray info = files.value(Bag + QStringLiteral("bag-info.txt"));
        info.replace("Hoshi-Firmware-Version: ", "Hoshi-Firmware-Version: 9");
        edit.replace.insert(Bag + QStringLiteral("bag-info.txt"), info);
    } else if (kind == QLatin1String("add-tag")) {
        edit.add.insert(Bag + file, "an unlisted tag file");
    } else if (kind == QLatin1String("delete-manifest")) {
        edit.remove << Bag + file;
    } else if (kind == QLatin1String("forge")) {
        // A careful forger changes a file and updates the manifest and tag manifests to match:
        // only the signature can tell.
        QByteArray content = files.value(m_evidencePath);
        content.append("forged");
        const QString rel = m_evidencePath.mid(Bag.size());
        QByteArray m256 = files.value(Bag + QStringLiteral("manifest-sha256.txt"));
        QByteArray m512 = files.value(Bag + QStringLiteral("manifest-sha512.txt"));
        const QByteArray old256 = HashStream::hexOf(files.value(m_evidencePath)).toLatin1();
        const QByteArray old512 = HashStream::hexOf(files.value(m_evidencePath), HashStream::Algorithm::Sha512).toLatin1();
        m256.replace(old256, HashStream::hexOf(content).toLatin1());
        m512.replace(old512, HashStream::hexOf(content, HashStream::Algorithm::Sha512).toLatin1());
        QByteArray info = files.value(Bag + QStringLiteral("bag-info.txt"));
        const qsizetype at = info.indexOf("Payload-Oxum: ") + 14;
        const qsizetype dot = info.indexOf('.', at);
        info.replace(at, dot - at, QByteArray::number(info.mid(at, dot - at).toLongLong() + 6));
        QByteArray t256 = files.value(Bag + QStringLiteral("tagmanifest-sha256.txt"));
        QByteArray t512 = files.value(Bag + QStringLiteral("tagmanifest-sha512.txt"));
        const auto retag = [&](const QString &name, const QByteArray &before, const QByteArray &after) {
            t256.replace(HashStream::hexOf(before).toLatin1(), HashStream::hexOf(after).toLatin1());
            t512.replace(HashStream::hexOf(before, HashStream::Algorithm::Sha512).toLatin1(),
                         HashStream::hexOf(after, HashStream::Algorithm::Sha512).toLatin1());
            edit.replace.insert(Bag + name, after);
        };
        retag(QStringLiteral("manifest-sha256.txt"), files.value(Bag + QStringLiteral("manifest-sha256.txt")), m256);
        retag(QStringLiteral("manifest-sha512.txt"), files.value(Bag + QStringLiteral("manifest-sha512.txt")), m512);
        retag(QStringLiteral("bag-info.txt"), files.value(Bag + QStringLiteral("bag-info.txt")), info);
        edit.replace.insert(m_evidencePath, content);
        edit.replace.insert(Bag + QStringLiteral("tagmanifest-sha256.txt"), t256);
        edit.replace.insert(Bag + QStringLiteral("tagmanifest-sha512.txt"), t512);
        (void)rel;
    } else if (kind == QLatin1String("outside")) {
        edit.add.insert(QStringLiteral("README-FIRST.txt"), "next to the bag");
    }
    const QString path = tamperedCopy(kind, edit);
    QVERIFY(!path.isEmpty());
    const VerificationResult r = ArchiveVerifier::verify(path);
    QVERIFY2(r.status == VerificationResult::Status::NotIntact, qPrintable(VerificationResult::statusKey(r.status) + r.error));
    if (problem.isEmpty()) {
        QVERIFY(!r.bagProblems.isEmpty());
        if (kind == QLatin1String("forge")) {
            QCOMPARE(r.signature.state, SignatureInfo::State::Invalid);
            QVERIFY(r.problems().isEmpty()); // every hash agrees: only the signature caught it
        }
        return;
    }
    const QList<FileReport> problems = r.problems();
    QVERIFY2(!problems.isEmpty(), "no file named");
    bool named = false;
    for (const FileReport &f : problems) {
        if (f.path == file) {
            named = true;
            QCOMPARE(FileReport::problemKey(f.problem), problem);
            QVERIFY(f.message.contains(file));
        }
    }
    QVERIFY2(named, qPrintable(QStringLiteral("%1 not named; got %2").arg(file, problems.first().path)));
    if (kind == QLatin1String("flip")) {
        QCOMPARE(problems.size(), 1); // only that file
        QVERIFY(!problems.first().expected.isEmpty() && problems.first().expected != problems.first().actual);
    }
    if (kind == QLatin1String("delete"))
        QVERIFY(r.bagProblems.join(QLatin1Char(' ')).contains(QLatin1String("Payload-Oxum")));
}

void TestArchiveVerifier::reSignedByAnotherKeyShowsTheOtherSigner()
{
    // Whoever re-signs a forged bag with their own key gets a valid signature - naming them, with
    // their fingerprint, which is why the auditor compares fingerprints.
    QString error;
    KeyGenerator::Result keys;
    QVERIFY(KeyGenerator::generate(m_dir.filePath(QStringLiteral("mallory")), QStringLiteral("Mallory"), 30, &keys, &error));
    std::unique_ptr<CmsSigner> mallory = CmsSigner::load(keys.keyPath, keys.certificatePath, {}, &error);
    QVERIFY(mallory);
    const QMap<QString, QByteArray> files = exporttest::readZip(m_signed, &error);
    const QByteArray tags = files.value(Bag + QStringLiteral("tagmanifest-sha256.txt"));
    QByteArray signature;
    QVERIFY(mallory->sign(tags, &signature, &error));
    ZipEdit edit;
    edit.replace.insert(Bag + QStringLiteral("signatures/tagmanifest-sha256.txt.p7s"), signature);
    const VerificationResult r = ArchiveVerifier::verify(tamperedCopy(QStringLiteral("mallory"), edit));
    QCOMPARE(r.signature.state, SignatureInfo::State::Valid);
    QVERIFY(r.signature.signer.contains(QLatin1String("Mallory")));
    QVERIFY(r.signature.fingerprint != m_fingerprint);
}

void TestArchiveVerifier::hostile_data()
{
    QTest::addColumn<QList<CraftedEntry>>("entries");
    auto file = [](const QByteArray &name, const QByteArray &data = "x") {
        CraftedEntry e;
        e.name = name;
        e.data = data;
        return e;
    };
    const CraftedEntry bagit = file("bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    QTest::newRow("traversal") << QList<CraftedEntry>{bagit, file("bag/../../evil.txt")};
    QTest::newRow("traversal-backslash") << QList<CraftedEntry>{bagit, file("bag/..\\..\\evil.txt")};
    QTest::newRow("absolute") << QList<CraftedEntry>{bagit, file("/tmp/evil.txt")};
    CraftedEntry link = file("bag/data/link", "/etc/passwd");
    link.unixMode = 0120777;
    QTest::newRow("symlink") << QList<CraftedEntry>{bagit, link};
    QTest::newRow("duplicate") << QList<CraftedEntry>{bagit, file("bag/data/a.txt", "1"), file("bag/data/a.txt", "2")};
    QTest::newRow("case-clash") << QList<CraftedEntry>{bagit, file("bag/data/A.txt"), file("bag/data/a.txt")};
    QTest::newRow("nfc-clash") << QList<CraftedEntry>{bagit, file("bag/data/\xe3\x81\x8c.txt"), file("bag/data/\xe3\x81\x8b\xe3\x82\x99.txt")};
    CraftedEntry crc = file("bag/data/a.txt", "evidence");
    crc.crcXor = 0xdead;
    QTest::newRow("crc") << QList<CraftedEntry>{bagit, crc};
    CraftedEntry overlap = file("bag/data/b.txt");
    overlap.sharesDataWith = 1;
    QTest::newRow("overlapping") << QList<CraftedEntry>{bagit, file("bag/data/a.txt", QByteArray(500, 'a')), overlap};
}

void TestArchiveVerifier::hostile()
{
    QFETCH(QList<CraftedEntry>, entries);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.zip"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ZipCraft::build(entries));
    f.close();
    const QStringList before = treeOf(dir.path());
    const QStringList targets = {QDir(dir.path()).absoluteFilePath(QStringLiteral("../evil.txt")),
                                 QDir(dir.path()).absoluteFilePath(QStringLiteral("../../evil.txt")),
                                 QStringLiteral("/tmp/evil.txt")};
    QList<bool> existed;
    for (const QString &t : targets)
        existed << QFileInfo::exists(t);
    const VerificationResult r = ArchiveVerifier::verify(path);
    QCOMPARE(r.status, VerificationResult::Status::Unreadable);
    QVERIFY(!r.error.isEmpty());
    // Verification writes nothing at all: not in its folder, not where the names point.
    QCOMPARE(treeOf(dir.path()), before);
    for (int i = 0; i < targets.size(); ++i)
        QCOMPARE(QFileInfo::exists(targets.at(i)), existed.at(i));
}

void TestArchiveVerifier::zipBombWithTestLimits()
{
    // A real archive of ours passes the defaults; under a tight limit it is refused, and a
    // bomb (20 MB of zeros in a few KB) is refused by the ratio check.
    ArchiveVerifier::Options tight;
    tight.limits.maxTotalBytes = 1000;
    QCOMPARE(ArchiveVerifier::verify(m_signed, tight).status, VerificationResult::Status::Unreadable);

    CraftedEntry bomb;
    bomb.name = "bag/data/zeros.bin";
    bomb.data = QByteArray(20'000'000, '\0');
    bomb.deflate = true;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ZipCraft::build({bomb}));
    f.close();
    QVERIFY(f.size() < 100'000);
    ArchiveVerifier::Options options;
    options.limits.ratioCheckAbove = 1 << 20;
    const VerificationResult r = ArchiveVerifier::verify(path, options);
    QCOMPARE(r.status, VerificationResult::Status::Unreadable);
    QVERIFY2(r.error.contains(QLatin1String("zip bomb")), qPrintable(r.error));
}

void TestArchiveVerifier::truncatedAndNotABag()
{
    QFile source(m_signed);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    const QString cut = m_dir.filePath(QStringLiteral("cut.zip"));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(whole.left(whole.size() * 2 / 3));
    out.close();
    const VerificationResult truncated = ArchiveVerifier::verify(cut);
    QCOMPARE(truncated.status, VerificationResult::Status::Unreadable);
    QVERIFY2(truncated.error.contains(QLatin1String("truncated")), qPrintable(truncated.error));

    CraftedEntry plain;
    plain.name = "photos/holiday.jpg";
    plain.data = "not a bag";
    const QString other = m_dir.filePath(QStringLiteral("other.zip"));
    QFile o(other);
    QVERIFY(o.open(QIODevice::WriteOnly));
    o.write(ZipCraft::build({plain}));
    o.close();
    const VerificationResult notBag = ArchiveVerifier::verify(other);
    QCOMPARE(notBag.status, VerificationResult::Status::Unreadable);
    QVERIFY(notBag.error.contains(QLatin1String("BagIt")));

    const VerificationResult missing = ArchiveVerifier::verify(m_dir.filePath(QStringLiteral("nothing-here.zip")));
    QCOMPARE(missing.status, VerificationResult::Status::Unreadable);
}

void TestArchiveVerifier::progressAndCancel()
{
    ArchiveVerifier::Options options;
    qint64 last = 0;
    qint64 total = 0;
    options.progress = [&](qint64 done, qint64 all) {
        last = done;
        total = all;
        return true;
    };
    QCOMPARE(ArchiveVerifier::verify(m_signed, options).status, VerificationResult::Status::Intact);
    QVERIFY(total > 0);
    QCOMPARE(last, total);
    options.progress = [](qint64, qint64) { return false; };
    const VerificationResult cancelled = ArchiveVerifier::verify(m_signed, options);
    QCOMPARE(cancelled.status, VerificationResult::Status::Unreadable);
    QVERIFY(cancelled.error.contains(QLatin1String("cancelled")));
}

QTEST_MAIN(TestArchiveVerifier)
#include "testarchiveverifier.moc"
