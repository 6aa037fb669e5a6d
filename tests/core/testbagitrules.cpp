// SPDX-License-Identifier: Apache-2.0
// The BagIt 1.0 (RFC 8493 sections 2-3) and Hoshi archive rules that the verifier enforces beyond
// plain hash checks. Each case starts from an intact unsigned archive, breaks one rule and then
// rewrites both tag manifests to match, so that nothing but the rule under test can catch it.
#include "demo/demoworkspace.h"
#include "export/evidencearchiveexporter.h"
#include "storage/workspace.h"
#include "util/hashstream.h"
#include "verify/archiveverifier.h"
#include "exportzipedit.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace hoshi;
using exporttest::ZipEdit;

namespace {

const QString Bag = QStringLiteral("demo-evidence/");
using Files = QMap<QString, QByteArray>; // bag-relative path -> content
using Edit = std::function<void(Files &, const QString &evidence)>;

// Both tag manifests as an exporter would write them for these tag files.
void retag(Files *files)
{
    for (const auto algorithm : {HashStream::Algorithm::Sha256, HashStream::Algorithm::Sha512}) {
        const QString name = algorithm == HashStream::Algorithm::Sha256 ? QStringLiteral("tagmanifest-sha256.txt")
                                                                         : QStringLiteral("tagmanifest-sha512.txt");
        QByteArray manifest;
        for (auto it = files->cbegin(); it != files->cend(); ++it) {
            if (it.key().startsWith(QLatin1String("data/")) || it.key().startsWith(QLatin1String("tagmanifest-"))
                || it.key().endsWith(QLatin1String(".p7s")))
                continue;
            manifest += HashStream::hexOf(it.value(), algorithm).toLatin1() + "  " + it.key().toUtf8() + '\n';
        }
        files->insert(name, manifest);
    }
}

QByteArray lineFor(const QByteArray &manifest, const QString &path)
{
    for (const QByteArray &line : manifest.split('\n')) {
        if (line.endsWith(QByteArray("  " + path.toUtf8())))
            return line + '\n';
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestBagItRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void retaggedCopyStaysIntact();
    void brokenRule_data();
    void brokenRule();

private:
    [[nodiscard]] QString writeCopy(const QString &name, const Files &files);

    QTemporaryDir m_dir;
    QString m_archive;
    Files m_files;
    QString m_evidence; // bag-relative path of one evidence file
};

void TestBagItRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString workspacePath = m_dir.filePath(QStringLiteral("demo.hoshi"));
    QString error;
    DemoIds ids;
    QVERIFY2(DemoWorkspace::create(workspacePath, &ids, &error), qPrintable(error));
    std::unique_ptr<Workspace> ws = Workspace::open(workspacePath, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto snapshot = ws->snapshot(ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
    QVERIFY2(snapshot, qPrintable(error));
    m_archive = m_dir.filePath(QStringLiteral("demo-evidence.zip"));
    QVERIFY2(EvidenceArchiveExporter::write(*ws, *snapshot, m_archive, {}, nullptr, &error), qPrintable(error));
    const Files zip = exporttest::readZip(m_archive, &error);
    for (auto it = zip.cbegin(); it != zip.cend(); ++it)
        m_files.insert(it.key().mid(Bag.size()), it.value());
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("data/evidence/"))) {
            m_evidence = it.key();
            break;
        }
    }
    QVERIFY(!m_evidence.isEmpty());
}

QString TestBagItRules::writeCopy(const QString &name, const Files &files)
{
    ZipEdit edit;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        edit.remove << Bag + it.key();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        edit.add.insert(Bag + it.key(), it.value());
    const QString path = m_dir.filePath(name + QStringLiteral(".zip"));
    QFile::remove(path);
    QString error;
    if (!exporttest::rewriteZip(m_archive, path, edit, &error)) {
        qWarning("rewrite failed: %s", qPrintable(error));
        return {};
    }
    return path;
}

void TestBagItRules::retaggedCopyStaysIntact()
{
    Files files = m_files;
    retag(&files);
    const VerificationResult r = ArchiveVerifier::verify(writeCopy(QStringLiteral("retagged"), files));
    QVERIFY2(r.status == VerificationResult::Status::Intact, qPrintable(r.error + r.bagProblems.join(QLatin1Char(';'))));
}

void TestBagItRules::brokenRule_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("retagAfter"); // false: the edit changes a tag manifest itself
    QTest::addColumn<QString>("named");   // what the report must say (a file report or a bag problem)

    QTest::newRow("payload file missing from manifest-sha512") << Edit([](Files &f, const QString &e) {
        f[QStringLiteral("manifest-sha512.txt")].replace(lineFor(f[QStringLiteral("manifest-sha512.txt")], e), "");
    }) << true << "is not listed in manifest-sha512.txt";
    QTest::newRow("tag manifest omits a payload manifest") << Edit([](Files &f, const QString &) {
        retag(&f);
        f[QStringLiteral("tagmanifest-sha256.txt")].replace(lineFor(f[QStringLiteral("tagmanifest-sha256.txt")], QStringLiteral("manifest-sha512.txt")), "");
    }) << false << "manifest-sha512.txt is not listed in tagmanifest-sha256.txt";
    QTest::newRow("manifest names a file twice") << Edit([](Files &f, const QString &e) {
        f[QStringLiteral("manifest-sha256.txt")].append(lineFor(f[QStringLiteral("manifest-sha256.txt")], e));
    }) << true << "twice";
    QTest::newRow("manifest names a file twice, second hash differs") << Edit([](Files &f, const QString &e) {
        f[QStringLiteral("manifest-sha256.txt")].append(QByteArray(64, 'a') + "  " + e.toUtf8() + '\n');
    }) << true << "twice";
    QTest::newRow("payload manifest lists a path leaving data/") << Edit([](Files &f, const QString &) {
        f[QStringLiteral("manifest-sha256.txt")].append(HashStream::hexOf(f[QStringLiteral("bagit.txt")]).toLatin1() + "  data/../bagit.txt\n");
    }) << true << "not a payload path";
    QTest::newRow("tag manifest lists a payload file") << Edit([](Files &f, const QString &e) {
        retag(&f);
        f[QStringLiteral("tagmanifest-sha256.txt")].append(HashStream::hexOf(f[e]).toLatin1() + "  " + e.toUtf8() + '\n');
    }) << false << "tag manifests list only tag files";
    QTest::newRow("bagit.txt has a third line") << Edit([](Files &f, const QString &) {
        f[QStringLiteral("bagit.txt")].append("Extra: line\n");
    }) << true << "exactly two";
    QTest::newRow("bagit.txt declares another version") << Edit([](Files &f, const QString &) {
        f[QStringLiteral("bagit.txt")].replace("BagIt-Version: 1.0", "BagIt-Version: 0.96");
    }) << true << "version 0.96";
    QTest::newRow("bagit.txt declares another encoding") << Edit([](Files &f, const QString &) {
        f[QStringLiteral("bagit.txt")].replace("UTF-8", "ISO-8859-1");
    }) << true << "Tag-File-Character-Encoding";
    QTest::newRow("bagit.txt lines swapped") << Edit([](Files &f, const QString &) {
        f[QStringLiteral("bagit.txt")] = "Tag-File-Character-Encoding: UTF-8\nBagIt-Version: 1.0\n";
    }) << true << "BagIt version";
    QTest::newRow("Payload-Oxum given twice") << Edit([](Files &f, const QString &) {
        const QByteArray info = f[QStringLiteral("bag-info.txt")];
        const qsizetype at = info.indexOf("Payload-Oxum:");
        f[QStringLiteral("bag-info.txt")].append(info.mid(at, info.indexOf('\n', at) - at + 1));
    }) << true << "Payload-Oxum 2 times";
    QTest::newRow("bag-info.txt line without a label") << Edit([](Files &f, const QString &) {
        f[QStringLiteral("bag-info.txt")].append("no label on this line\n");
    }) << true << "is not \"Label: value\"";
    QTest::newRow("no payload folder") << Edit([](Files &f, const QString &) {
        for (const QString &path : f.keys()) {
            if (path.startsWith(QLatin1String("data/")))
                f.remove(path);
        }
        f[QStringLiteral("manifest-sha256.txt")].clear();
        f[QStringLiteral("manifest-sha512.txt")].clear();
        QByteArray &info = f[QStringLiteral("bag-info.txt")];
        const qsizetype at = info.indexOf("Payload-Oxum: ") + 14;
        info.replace(at, info.indexOf('\n', at) - at, "0.0");
    }) << true << "data/ is missing";
}

void TestBagItRules::brokenRule()
{
    QFETCH(Edit, edit);
    QFETCH(bool, retagAfter);
    QFETCH(QString, named);
    Files files = m_files;
    edit(files, m_evidence);
    if (retagAfter)
        retag(&files);
    const VerificationResult r = ArchiveVerifier::verify(writeCopy(QStringLiteral("broken"), files));
    QVERIFY2(r.status == VerificationResult::Status::NotIntact,
             qPrintable(VerificationResult::statusKey(r.status) + QLatin1Char(' ') + r.error));
    QStringList said = r.bagProblems;
    for (const FileReport &f : r.problems())
        said << f.message;
    QVERIFY2(said.join(QLatin1Char('\n')).contains(named), qPrintable(said.join(QLatin1Char('\n'))));
}

// QTEST_MAIN: the exporter draws the checklist PDF, which needs a QGuiApplication.
QTEST_MAIN(TestBagItRules)
#include "testbagitrules.moc"
