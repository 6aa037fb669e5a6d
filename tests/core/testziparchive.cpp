// SPDX-License-Identifier: Apache-2.0
// ZipWriter and SafeZipReader: round trips, UTF-8 names in the C locale, ZIP64, and a hostile
// corpus generated at run time (nothing binary is committed).
#include "archive/directfile.h"
#include "archive/safezipreader.h"
#include "archive/zippath.h"
#include "archive/zipwriter.h"
#include "exportzipcraft.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>

using namespace hoshi;
using exporttest::CraftedEntry;
using exporttest::ZipCraft;

namespace {

// A device that accepts `budget` bytes and then fails, like a full disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 budget) : m_budget(budget) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (len > m_budget) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_budget -= len;
        return len;
    }

private:
    qint64 m_budget;
};

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, '\0'); // the last size % 4 bytes stay zero: same seed, same bytes
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

struct ReadBack {
    QMap<QString, QByteArray> files;
    QString error;
    bool ok = false;
};

ReadBack readAllEntries(const QString &path, const ZipLimits &limits = {})
{
    ReadBack result;
    SafeZipReader reader(path, limits);
    if (!reader.open(&result.error))
        return result;
    ZipEntryInfo entry;
    for (;;) {
        const SafeZipReader::Next n = reader.next(&entry, &result.error);
        if (n == SafeZipReader::Next::Failed)
            return result;
        if (n == SafeZipReader::Next::End)
            break;
        QByteArray content;
        for (;;) {
            const char *p = nullptr;
            qint64 size = 0;
            if (!reader.readBlock(&p, &size, &result.error))
                return result;
            if (size == 0)
                break;
            content.append(p, size);
        }
        if (!entry.isDirectory)
            result.files.insert(entry.path, content);
    }
    result.ok = true;
    return result;
}

// Every path below `root`, to prove a hostile archive wrote nothing.
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

// General purpose flags of every central directory entry, parsed from the bytes.
QMap<QByteArray, quint16> centralFlags(const QByteArray &zip)
{
    QMap<QByteArray, quint16> flags;
    const QByteArray sig("PK\x01\x02", 4);
    for (qsizetype i = zip.indexOf(sig); i >= 0; i = zip.indexOf(sig, i + 4)) {
        const auto *p = reinterpret_cast<const uchar *>(zip.constData() + i);
        const quint16 f = quint16(p[8] | (p[9] << 8));
        const quint16 nameLength = quint16(p[28] | (p[29] << 8));
        flags.insert(zip.mid(i + 46, nameLength), f);
    }
    return flags;
}

} // namespace

Q_DECLARE_METATYPE(QList<CraftedEntry>)

class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void utf8NamesInCLocale();
    void zip64ManyEntries();
    void zip64LargeEntry();
    void compressionChoice();
    void writerRejectsBadNames();
    void writerChecksSizes();
    void writerReportsFullDisk();
    void zipPathRules_data();
    void zipPathRules();
    void hostile_data();
    void hostile();
    void zipBombDeclared();
    void zipBombLyingHeader();
    void truncated();
    void extractStaysInside();
    void directFile_data();
    void directFile();

private:
    QTemporaryDir m_dir;
};

void TestZipArchive::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("round.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter writer(&file);
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    const QByteArray text = QByteArray("ログ line\n").repeated(5000);
    const QByteArray binary = randomBytes(3 * 1024 * 1024 + 17, 7);
    const QDateTime when(QDate(2025, 3, 25), QTime(10, 0), Qt::UTC);
    QVERIFY2(writer.addFile(QStringLiteral("bag/data/log.txt"), text, when, ZipWriter::Compression::Deflate, &error),
             qPrintable(error));
    QVERIFY2(writer.addFile(QStringLiteral("bag/data/empty.txt"), {}, when, ZipWriter::Compression::Deflate, &error),
             qPrintable(error));
    // Streamed in uneven pieces.
    QVERIFY(writer.beginEntry(QStringLiteral("bag/data/blob.bin"), binary.size(), when, ZipWriter::Compression::Store,
                              &error));
    for (qsizetype at = 0; at < binary.size(); at += 100'003)
        QVERIFY2(writer.writeData(binary.constData() + at, std::min<qsizetype>(100'003, binary.size() - at), &error),
                 qPrintable(error));
    QVERIFY2(writer.finishEntry(&error), qPrintable(error));
    QVERIFY2(writer.close(&error), qPrintable(error));
    file.close();

    const ReadBack back = readAllEntries(path);
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.files.size(), 3);
    QCOMPARE(back.files.value(QStringLiteral("bag/data/log.txt")), text);
    QCOMPARE(back.files.value(QStringLiteral("bag/data/empty.txt")), QByteArray());
    QCOMPARE(back.files.value(QStringLiteral("bag/data/blob.bin")), binary);
    // Text was deflated, random data stored.
    QVERIFY(QFileInfo(path).size() < binary.size() + text.size() / 4);

    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    QVERIFY(unzip.waitForFinished(60000));
    QVERIFY2(unzip.exitCode() == 0, unzip.readAll().constData());
}

void TestZipArchive::utf8NamesInCLocale()
{
    // The process runs in the plain C locale, as cron jobs and minimal containers do.
    const QByteArray saved = setlocale(LC_ALL, nullptr);
    setlocale(LC_ALL, "C");
    const QString path = m_dir.filePath(QStringLiteral("utf8.zip"));
    const QString japanese = QStringLiteral("証拠/ログイン試験の記録.txt");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter writer(&file);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QVERIFY2(writer.addFile(japanese, "ok", {}, ZipWriter::Compression::Deflate, &error), qPrintable(error));
        QVERIFY2(writer.addFile(QStringLiteral("plain.txt"), "ok", {}, ZipWriter::Compression::Deflate, &error),
                 qPrintable(error));
        QVERIFY2(writer.close(&error), qPrintable(error));
    }
    const ReadBack back = readAllEntries(path);
    setlocale(LC_ALL, saved.constData());
    QVERIFY2(back.ok, qPrintable(back.error));
    QVERIFY(back.files.contains(japanese));

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QMap<QByteArray, quint16> flags = centralFlags(raw.readAll());
    QVERIFY(flags.contains(japanese.toUtf8())); // stored as UTF-8 bytes
    QVERIFY(flags.value(japanese.toUtf8()) & 0x0800); // with the UTF-8 flag
}

void TestZipArchive::zip64ManyEntries()
{
    // More than 65,535 entries needs the ZIP64 end record.
    const QString path = m_dir.filePath(QStringLiteral("many.zip"));
    const int count = 65'600;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter writer(&file);
        QString error;
        QVERIFY(writer.open(&error));
        for (int i = 0; i < count; ++i) {
            if (!writer.addFile(QStringLiteral("f/%1").arg(i), QByteArray::number(i), {}, ZipWriter::Compression::Store,
                                &error))
                QFAIL(qPrintable(error));
        }
        QVERIFY2(writer.close(&error), qPrintable(error));
        QCOMPARE(writer.entryCount(), qint64(count));
    }
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().contains(QByteArray("PK\x06\x06", 4)));
    SafeZipReader reader(path);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(reader.entries().size(), count);
    QByteArray last;
    QVERIFY2(reader.readEntry(QStringLiteral("f/65599"), 100, &last, &error), qPrintable(error));
    QCOMPARE(last, QByteArray("65599"));

    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    QVERIFY(unzip.waitForFinished(120000));
    QVERIFY2(unzip.exitCode() == 0, unzip.readAll().constData());

    // The same archive is refused under a lower entry limit, before anything is decompressed.
    ZipLimits limits;
    limits.maxEntries = 1000;
    SafeZipReader limited(path, limits);
    QVERIFY(!limited.open(&error));
    QVERIFY2(error.contains(QLatin1String("entries")), qPrintable(error));
}

void TestZipArchive::zip64LargeEntry()
{
    // Writes and reads back 4 GiB + a bit (an entry and an offset beyond 4 GiB): ~20 s and
    // 4 GiB of disk, so only on request.
    if (!qEnvironmentVariableIsSet("HOSHI_TEST_LARGE"))
        QSKIP("set HOSHI_TEST_LARGE=1 to write a 4 GiB entry");
    const QString path = m_dir.filePath(QStringLiteral("large.zip"));
    const qint64 size = (qint64(4) << 30) + 12345;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter writer(&file);
        QString error;
        QVERIFY(writer.open(&error));
        QVERIFY(writer.addFile(QStringLiteral("before.txt"), "hello", {}, ZipWriter::Compression::Deflate, &error));
        QVERIFY(writer.beginEntry(QStringLiteral("large.bin"), size, {}, ZipWriter::Compression::Store, &error));
        const QByteArray block(1 << 20, 'z');
        for (qint64 done = 0; done < size; done += block.size())
            QVERIFY(writer.writeData(block.constData(), std::min<qint64>(block.size(), size - done), &error));
        QVERIFY(writer.finishEntry(&error));
        QVERIFY(writer.addFile(QStringLiteral("after.txt"), "world", {}, ZipWriter::Compression::Deflate, &error));
        QVERIFY2(writer.close(&error), qPrintable(error));
    }
    SafeZipReader reader(path);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(reader.entry(QStringLiteral("large.bin"))->size, size);
    QVERIFY(reader.entry(QStringLiteral("after.txt"))->localHeaderOffset > (qint64(4) << 30));
    QByteArray after;
    QVERIFY2(reader.readEntry(QStringLiteral("after.txt"), 100, &after, &error), qPrintable(error));
    QCOMPARE(after, QByteArray("world"));
    const ReadBack back = [&] {
        ReadBack r;
        SafeZipReader all(path);
        ZipEntryInfo entry;
        if (!all.open(&r.error))
            return r;
        qint64 total = 0;
        while (all.next(&entry, &r.error) == SafeZipReader::Next::Entry) {
            for (;;) {
                const char *p = nullptr;
                qint64 n = 0;
                if (!all.readBlock(&p, &n, &r.error))
                    return r;
                if (n == 0)
                    break;
                total += n;
            }
        }
        r.ok = r.error.isEmpty() && total == size + 10;
        return r;
    }();
    QVERIFY2(back.ok, qPrintable(back.error));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    QVERIFY(unzip.waitForFinished(300000));
    QCOMPARE(unzip.exitCode(), 0);
    QFile::remove(path);
}

void TestZipArchive::compressionChoice()
{
    using C = ZipWriter::Compression;
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("image/png"), 1000), C::Store);
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("video/mp4"), 1000), C::Store);
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("application/pdf"), 1000), C::Store);
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("application/zip"), 1000), C::Store);
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("text/plain"), 1000), C::Deflate);
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("application/json"), 1000), C::Deflate);
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("text/plain"), ZipWriter::StoreAbove + 1), C::Store);
    // Unknown binary: decided by a trial on the first bytes.
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("application/octet-stream"), 70000, randomBytes(65536, 1)),
             C::Store);
    QCOMPARE(ZipWriter::compressionFor(QStringLiteral("application/octet-stream"), 70000,
                                       QByteArray("firmware ").repeated(8000)),
             C::Deflate);
}

void TestZipArchive::writerRejectsBadNames()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ZipWriter writer(&buffer);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(!writer.beginEntry(QStringLiteral("../evil.txt"), 1, {}, ZipWriter::Compression::Store, &error));
    QVERIFY(error.contains(QLatin1String("..")));
}

void TestZipArchive::writerChecksSizes()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ZipWriter writer(&buffer);
    QString error;
    QVERIFY(writer.open(&error));
    QVERIFY(writer.beginEntry(QStringLiteral("a.txt"), 10, {}, ZipWriter::Compression::Store, &error));
    QVERIFY(writer.writeData("12345", 5, &error));
    QVERIFY(!writer.finishEntry(&error)); // 5 of 10 bytes
    QVERIFY(!writer.close(&error));       // the writer stays failed
}

void TestZipArchive::writerReportsFullDisk()
{
    FailingDevice device(5000);
    ZipWriter writer(&device);
    QString error;
    QVERIFY(writer.open(&error));
    const QByteArray data = randomBytes(100000, 3);
    const bool ok = writer.addFile(QStringLiteral("big.bin"), data, {}, ZipWriter::Compression::Store, &error)
                    && writer.close(&error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QLatin1String("No space left")), qPrintable(error));
}

void TestZipArchive::zipPathRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << "bag/data/a.txt" << true;
    QTest::newRow("japanese") << "証拠/記録.txt" << true;
    QTest::newRow("dotdot") << "bag/../../etc/passwd" << false;
    QTest::newRow("dotdot-backslash") << "..\\evil.txt" << false;
    QTest::newRow("dotdot-inner-backslash") << "bag\\..\\..\\evil.txt" << false;
    QTest::newRow("absolute") << "/etc/passwd" << false;
    QTest::newRow("absolute-backslash") << "\\windows\\system32" << false;
    QTest::newRow("drive") << "C:/evil.txt" << false;
    QTest::newRow("backslash") << "a\\b.txt" << false;
    QTest::newRow("empty-component") << "a//b.txt" << false;
    QTest::newRow("dot") << "./a.txt" << false;
    QTest::newRow("control") << "a\nb.txt" << false;
    // Components, not prefixes: "..." and "..x" are ordinary names.
    QTest::newRow("dots-name") << "a/.../b" << true;
    QTest::newRow("dotdot-prefix-name") << "a/..b" << true;
}

void TestZipArchive::zipPathRules()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(ZipPath::problemWith(name).isEmpty(), safe);
}

void TestZipArchive::hostile_data()
{
    QTest::addColumn<QList<CraftedEntry>>("entries");
    QTest::addColumn<QString>("expected"); // a word the refusal must contain

    auto file = [](const QByteArray &name, const QByteArray &data = "x") {
        CraftedEntry e;
        e.name = name;
        e.data = data;
        return e;
    };
    QTest::newRow("traversal-slash") << QList<CraftedEntry>{file("bag/../../evil.txt")} << "leaves";
    QTest::newRow("traversal-backslash") << QList<CraftedEntry>{file("..\\evil.txt")} << "leaves";
    QTest::newRow("absolute") << QList<CraftedEntry>{file("/tmp/evil.txt")} << "absolute";
    QTest::newRow("absolute-drive") << QList<CraftedEntry>{file("C:\\evil.txt")} << "absolute";
    CraftedEntry link = file("bag/link", "/etc/passwd");
    link.unixMode = 0120777;
    QTest::newRow("symlink") << QList<CraftedEntry>{file("bag/a.txt"), link} << "symbolic link";
    CraftedEntry device = file("bag/dev", "");
    device.unixMode = 0020666;
    QTest::newRow("device") << QList<CraftedEntry>{device} << "special file";
    QTest::newRow("duplicate") << QList<CraftedEntry>{file("bag/a.txt", "one"), file("bag/a.txt", "two")} << "more than once";
    QTest::newRow("case-clash") << QList<CraftedEntry>{file("bag/Readme.txt"), file("bag/README.TXT")} << "letter case";
    QTest::newRow("nfc-clash") << QList<CraftedEntry>{file("bag/caf\xc3\xa9.txt"), file("bag/cafe\xcc\x81.txt")}
                               << "normalisation";
    QTest::newRow("folder-case-clash") << QList<CraftedEntry>{file("bag/Data/a.txt"), file("bag/data/b.txt")}
                                       << "letter case";
    QTest::newRow("file-and-folder") << QList<CraftedEntry>{file("bag/x"), file("bag/x/y")} << "both a file and a folder";
    CraftedEntry notUtf8 = file("bag/\x83\x65\x83\x58\x83\x67.txt"); // Shift_JIS without the flag
    notUtf8.utf8Flag = false;
    QTest::newRow("not-utf8") << QList<CraftedEntry>{notUtf8} << "UTF-8";
    CraftedEntry badCrc = file("bag/a.txt", "hello world");
    badCrc.crcXor = 0x1234;
    QTest::newRow("crc-stored") << QList<CraftedEntry>{badCrc} << "CRC";
    CraftedEntry badCrcDeflate = file("bag/a.txt", QByteArray("hello world ").repeated(100));
    badCrcDeflate.deflate = true;
    badCrcDeflate.crcXor = 1;
    QTest::newRow("crc-deflate") << QList<CraftedEntry>{badCrcDeflate} << "CRC";
    CraftedEntry lying = file("bag/a.txt", QByteArray("z").repeated(5000));
    lying.deflate = true;
    lying.declaredSize = 10;
    QTest::newRow("size-lie") << QList<CraftedEntry>{lying} << "size";
    CraftedEntry otherName = file("bag/a.txt");
    otherName.localName = "bag/b.txt";
    QTest::newRow("local-name-differs") << QList<CraftedEntry>{otherName} << "differently";
    CraftedEntry shared = file("bag/copy.txt");
    shared.sharesDataWith = 0;
    QTest::newRow("overlapping") << QList<CraftedEntry>{file("bag/a.txt", QByteArray(1000, 'a')), shared} << "overlaps";
}

void TestZipArchive::hostile()
{
    QFETCH(QList<CraftedEntry>, entries);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.zip"));
    QVERIFY(writeFile(path, ZipCraft::build(entries)));
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QStringList before = treeOf(dir.path());

    const ReadBack back = readAllEntries(path);
    QVERIFY2(!back.ok, "a hostile archive was read without complaint");
    QVERIFY2(back.error.contains(expected, Qt::CaseInsensitive), qPrintable(back.error));

    // Extraction of every named entry is refused too, and nothing appears anywhere.
    SafeZipReader reader(path);
    QString error;
    if (reader.open(&error)) {
        for (const ZipEntryInfo &e : reader.entries()) {
            QString written;
            if (!e.isDirectory && reader.extract(e.path, out, &written, &error))
                QVERIFY2(!written.isEmpty() && written.startsWith(out), qPrintable(written));
        }
    }
    const QStringList after = treeOf(dir.path());
    for (const QString &p : after) {
        if (!before.contains(p))
            QVERIFY2(p.startsWith(out + QLatin1Char('/')), qPrintable(p));
    }
    QVERIFY(!QFile::exists(QDir(dir.path()).absoluteFilePath(QStringLiteral("../evil.txt"))));
}

void TestZipArchive::zipBombDeclared()
{
    // 200 MB of zeros deflate to about 200 KB: refused from the central directory alone.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter writer(&file);
        QString error;
        QVERIFY(writer.open(&error));
        const qint64 total = 200LL * 1000 * 1000;
        const QByteArray zeros(1 << 20, '\0');
        QVERIFY(writer.beginEntry(QStringLiteral("bag/data/zeros.bin"), total, {}, ZipWriter::Compression::Deflate, &error));
        for (qint64 done = 0; done < total; done += zeros.size())
            QVERIFY(writer.writeData(zeros.constData(), std::min<qint64>(zeros.size(), total - done), &error));
        QVERIFY(writer.finishEntry(&error));
        QVERIFY(writer.close(&error));
    }
    QVERIFY(QFileInfo(path).size() < 1'000'000);
    const ReadBack back = readAllEntries(path);
    QVERIFY(!back.ok);
    QVERIFY2(back.error.contains(QLatin1String("zip bomb")), qPrintable(back.error));

    // A total-size limit refuses it as well.
    ZipLimits limits;
    limits.maxRatio = 1e9;
    limits.maxTotalBytes = 100'000'000;
    const ReadBack limited = readAllEntries(path, limits);
    QVERIFY(!limited.ok);
    QVERIFY2(limited.error.contains(QLatin1String("limit")), qPrintable(limited.error));
}

void TestZipArchive::zipBombLyingHeader()
{
    // Headers that claim a modest size: the real output is counted while streaming.
    CraftedEntry e;
    e.name = "bag/zeros.bin";
    e.data = QByteArray(20'000'000, '\0');
    e.deflate = true;
    e.declaredSize = 1000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liar.zip"));
    QVERIFY(writeFile(path, ZipCraft::build({e})));
    ZipLimits limits;
    limits.ratioCheckAbove = 1 << 20;
    const ReadBack back = readAllEntries(path, limits);
    QVERIFY(!back.ok);
    QVERIFY2(back.error.contains(QLatin1String("bytes")) || back.error.contains(QLatin1String("bomb")),
             qPrintable(back.error));
}

void TestZipArchive::truncated()
{
    QTemporaryDir dir;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        ZipWriter writer(&buffer);
        QString error;
        QVERIFY(writer.open(&error));
        QVERIFY(writer.addFile(QStringLiteral("a.bin"), randomBytes(200000, 9), {}, ZipWriter::Compression::Store, &error));
        QVERIFY(writer.addFile(QStringLiteral("b.txt"), QByteArray("text\n").repeated(1000), {},
                               ZipWriter::Compression::Deflate, &error));
        QVERIFY(writer.close(&error));
    }
    const QByteArray whole = buffer.data();
    for (const qsizetype cut : {qsizetype(0), qsizetype(21), whole.size() / 2, whole.size() - 1}) {
        const QString path = dir.filePath(QStringLiteral("cut-%1.zip").arg(cut));
        QVERIFY(writeFile(path, whole.left(cut)));
        const ReadBack back = readAllEntries(path);
        QVERIFY2(!back.ok, qPrintable(QStringLiteral("cut at %1 was accepted").arg(cut)));
        QVERIFY(!back.error.isEmpty());
    }
    // A cut inside the data with the directory kept: the missing bytes are found while streaming.
    QByteArray holed = whole;
    holed.remove(1000, 5000);
    const QString path = dir.filePath(QStringLiteral("holed.zip"));
    QVERIFY(writeFile(path, holed));
    QVERIFY(!readAllEntries(path).ok);
}

void TestZipArchive::extractStaysInside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ok.zip"));
    CraftedEntry a;
    a.name = "bag/data/evidence/a.txt";
    a.data = "content";
    QVERIFY(writeFile(path, ZipCraft::build({a})));
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    SafeZipReader reader(path);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QString written;
    QVERIFY2(reader.extract(QStringLiteral("bag/data/evidence/a.txt"), out, &written, &error), qPrintable(error));
    QCOMPARE(written, QDir(out).canonicalPath() + QStringLiteral("/bag/data/evidence/a.txt"));
    QFile f(written);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("content"));
    // A second extraction does not replace the file.
    QVERIFY(!reader.extract(QStringLiteral("bag/data/evidence/a.txt"), out, &written, &error));

    // A symbolic link planted in the target folder is not followed.
    const QString out2 = dir.filePath(QStringLiteral("out2"));
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(out2));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(QFile::link(elsewhere, out2 + QStringLiteral("/bag")));
    QVERIFY(!reader.extract(QStringLiteral("bag/data/evidence/a.txt"), out2, &written, &error));
    QVERIFY(QDir(elsewhere).isEmpty());
}

void TestZipArchive::directFile_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("temp") << QString();          // ext4 and the like: O_DIRECT
    QTest::newRow("shm") << QStringLiteral("/dev/shm"); // tmpfs refuses O_DIRECT: plain writes
}

void TestZipArchive::directFile()
{
    QFETCH(QString, folder);
    if (!folder.isEmpty() && !QFileInfo(folder).isWritable())
        QSKIP("no such folder here");
    QTemporaryDir dir(folder.isEmpty() ? QString() : folder + QStringLiteral("/hoshi-direct-XXXXXX"));
    QVERIFY(dir.isValid());
    for (const qint64 size : {qint64(0), qint64(1), qint64(4095), qint64(4096), qint64(4097), qint64(9 << 20) + 3}) {
        const QByteArray data = randomBytes(size, quint32(size) + 5);
        const QString path = dir.filePath(QStringLiteral("f-%1").arg(size));
        DirectFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        // Odd pieces, so that blocks never line up with the writes.
        for (qint64 at = 0; at < size; at += 777'777)
            QCOMPARE(file.write(data.constData() + at, std::min<qint64>(777'777, size - at)),
                     std::min<qint64>(777'777, size - at));
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.size(), size);
        QVERIFY(back.readAll() == data);
    }
    // Through ZipWriter, as the exporter uses it.
    const QString zipPath = dir.filePath(QStringLiteral("direct.zip"));
    {
        DirectFile file(zipPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter writer(&file);
        QString error;
        QVERIFY(writer.open(&error));
        QVERIFY(writer.addFile(QStringLiteral("a.bin"), randomBytes(3'000'001, 8), {}, ZipWriter::Compression::Store, &error));
        QVERIFY(writer.addFile(QStringLiteral("b.txt"), QByteArray("line\n").repeated(9999), {},
                               ZipWriter::Compression::Deflate, &error));
        QVERIFY(writer.close(&error));
        QVERIFY(file.commit());
    }
    const ReadBack back = readAllEntries(zipPath);
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.files.value(QStringLiteral("a.bin")), randomBytes(3'000'001, 8));
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "testziparchive.moc"
