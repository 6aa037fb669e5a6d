// SPDX-License-Identifier: Apache-2.0
// Hostile tool output: every file is refused with a reason and the workspace is unchanged
// (row counts, stored contents and history compared before and after).
#include "capture/captureparser.h"
#include "capture/captureservice.h"
#include "demo/demoworkspace.h"
#include "storage/workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QByteArray nmapHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE nmaprun>\n";
const QByteArray nmapBody =
    "<nmaprun scanner=\"nmap\" args=\"nmap -oX out.xml -p 22 127.0.0.1\" start=\"1796625263\" version=\"7.93\" xmloutputversion=\"1.05\">\n"
    "<host><status state=\"up\"/><address addr=\"127.0.0.1\" addrtype=\"ipv4\"/>\n"
    "<ports><port protocol=\"tcp\" portid=\"%PORT%\"><state state=\"open\"/><service name=\"ssh\"/></port></ports>\n"
    "</host></nmaprun>\n";

QByteArray nmapWithPort(const QByteArray &port)
{
    return nmapHead + QByteArray(nmapBody).replace("%PORT%", port);
}

struct Counts {
    qint64 evidence = 0;
    qint64 files = 0;
    qint64 blobs = 0;
    qint64 history = 0;
    bool operator==(const Counts &o) const
    {
        return evidence == o.evidence && files == o.files && blobs == o.blobs && history == o.history;
    }
};

qint64 rows(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("count-") + table;
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace

class TestCaptureHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    DemoIds m_ids;
    QString m_path;

    Counts counts() const
    {
        return {rows(m_path, QStringLiteral("evidence")), rows(m_path, QStringLiteral("evidence_file")),
                rows(m_path, QStringLiteral("blob")), rows(m_path, QStringLiteral("history"))};
    }

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return f.fileName();
    }

    // Captures the file and expects a refusal whose reason contains `reason`, with nothing written.
    void expectRefused(CaptureTool tool, const QString &file, const QString &reason, const QString &item = QStringLiteral("S1.1-13"),
                       const QString &image = {})
    {
        const Counts before = counts();
        QVERIFY(before.evidence > 0 && before.history > 0);
        QString error;
        CaptureOptions options;
        options.firmwareImagePath = image;
        const qint64 id = CaptureService::capture(*m_ws, m_ids.completeDeclaration, item, tool, file, options, &error);
        QCOMPARE(id, qint64(-1));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(counts() == before, "the workspace changed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_path, &m_ids, &error), qPrintable(error));
        m_ws = Workspace::open(m_path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(m_ws, qPrintable(error));
        QVERIFY(rows(m_path, QStringLiteral("evidence")) > 0);
    }

    void wellFormedOutputIsAccepted()
    {
        // The control case: the same shape with a valid port is captured.
        const QString file = write(QStringLiteral("ok.xml"), nmapWithPort("22"));
        const Counts before = counts();
        QString error;
        const qint64 id = CaptureService::capture(*m_ws, m_ids.completeDeclaration, QStringLiteral("S1.1-13"), CaptureTool::Nmap,
                                                  file, {}, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(counts().evidence, before.evidence + 1);
        QVERIFY(m_ws->removeEvidence(id, &error));
    }

    void truncatedXml()
    {
        const QByteArray whole = nmapWithPort("22");
        expectRefused(CaptureTool::Nmap, write(QStringLiteral("cut.xml"), whole.left(whole.size() / 2)),
                      QStringLiteral("ends before it is complete"));
    }

    void entityExpansionAndExternalDtd()
    {
        // "Billion laughs": each entity ten times the one before.
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [\n<!ENTITY a0 \"aaaaaaaaaaaaaaaaaaaa\">\n";
        for (int i = 1; i < 10; ++i)
            laughs += QStringLiteral("<!ENTITY a%1 \"%2\">\n").arg(i).arg(QStringLiteral("&a%1;").arg(i - 1).repeated(10)).toUtf8();
        laughs += "]>\n<nmaprun scanner=\"nmap\">&a9;</nmaprun>\n";
        expectRefused(CaptureTool::Nmap, write(QStringLiteral("laughs.xml"), laughs), QStringLiteral("document type"));
        const QByteArray external = "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun SYSTEM \"file:///etc/passwd\">\n"
                                    "<nmaprun scanner=\"nmap\"></nmaprun>\n";
        expectRefused(CaptureTool::Nmap, write(QStringLiteral("external.xml"), external), QStringLiteral("document type"));
        const QByteArray undeclared = nmapHead + "<nmaprun scanner=\"nmap\">&xxe;</nmaprun>\n";
        expectRefused(CaptureTool::Nmap, write(QStringLiteral("undeclared.xml"), undeclared), QStringLiteral("XML"));
    }

    void portOutOfRange()
    {
        expectRefused(CaptureTool::Nmap, write(QStringLiteral("port.xml"), nmapWithPort("70000")),
                      QStringLiteral("port number \"70000\" is outside 1-65535"));
        expectRefused(CaptureTool::Nmap, write(QStringLiteral("port0.xml"), nmapWithPort("0")), QStringLiteral("outside 1-65535"));
    }

    void notNmap()
    {
        expectRefused(CaptureTool::Nmap, write(QStringLiteral("other.xml"), "<?xml version=\"1.0\"?><svg/>"),
                      QStringLiteral("root element"));
    }

    void hundredMegabytesRefusedBeforeParsing()
    {
        QFile big(m_dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray chunk = QByteArray("{\"id\":\"x\",\"severity\":\"LOW\",\"finding\":\"y\"},").repeated(1024);
        QVERIFY(big.write("["));
        while (big.size() < 100LL * 1024 * 1024)
            QVERIFY(big.write(chunk) == chunk.size());
        QVERIFY(big.write("{}]"));
        big.close();
        QVERIFY(big.size() >= 100LL * 1024 * 1024);
        expectRefused(CaptureTool::Testssl, big.fileName(), QStringLiteral("is refused"));
        QString error;
        QByteArray data;
        QVERIFY(!CaptureParser::readFile(big.fileName(), &data, &error));
        QVERIFY(data.isEmpty()); // refused on its size, before any of it was read
        QVERIFY2(error.contains(QStringLiteral("over")), qPrintable(error));
        QFile::remove(big.fileName());
    }

    void wrongTypes()
    {
        expectRefused(CaptureTool::Testssl, write(QStringLiteral("t.json"), R"([{"id":"TLS1","severity":5,"finding":"offered"}])"),
                      QStringLiteral("\"severity\""));
        expectRefused(CaptureTool::Testssl, write(QStringLiteral("t2.json"), R"({"scanResult": 3})"), QStringLiteral("scanResult"));
        expectRefused(CaptureTool::SshAudit, write(QStringLiteral("s.json"), R"({"banner":{},"kex":"diffie-hellman"})"),
                      QStringLiteral("\"kex\""));
        expectRefused(CaptureTool::SshAudit, write(QStringLiteral("s2.json"), R"({"banner":{},"enc":[3]})"), QStringLiteral("enc"));
        expectRefused(CaptureTool::CycloneDx,
                      write(QStringLiteral("c.json"), R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":{}})"),
                      QStringLiteral("not an array"));
        expectRefused(CaptureTool::CycloneDx,
                      write(QStringLiteral("c2.json"), R"({"bomFormat":"CycloneDX","specVersion":"1.5","vulnerabilities":[{"id":"CVE-1","ratings":[{"score":"9.8"}]}]})"),
                      QStringLiteral("not a number"));
        expectRefused(CaptureTool::CycloneDx, write(QStringLiteral("c3.json"), R"({"bomFormat":"CycloneDX","specVersion":"1.2"})"),
                      QStringLiteral("not supported"));
        // The wrong tool for the file.
        expectRefused(CaptureTool::CycloneDx, write(QStringLiteral("n.json"), R"([{"id":"TLS1","severity":"LOW","finding":"offered"}])"),
                      QStringLiteral("not a CycloneDX SBOM"));
    }

    void truncatedDuplicateAndDeepJson()
    {
        const QByteArray sbom = R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"name":"zlib","version":"1.2.13"}]})";
        expectRefused(CaptureTool::CycloneDx, write(QStringLiteral("cut.json"), sbom.left(sbom.size() - 10)), QStringLiteral("JSON"));
        expectRefused(CaptureTool::CycloneDx,
                      write(QStringLiteral("dup.json"), R"({"bomFormat":"CycloneDX","specVersion":"1.5","specVersion":"1.6"})"),
                      QStringLiteral("twice"));
        const QByteArray deep = QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.5","x":)") + QByteArray("[").repeated(200)
                                + QByteArray("]").repeated(200) + "}";
        expectRefused(CaptureTool::CycloneDx, write(QStringLiteral("deep.json"), deep), QStringLiteral("levels deep"));
        expectRefused(CaptureTool::CycloneDx, write(QStringLiteral("empty.json"), ""), QStringLiteral("empty"));
    }

    void badItemAndMissingImage()
    {
        const QString file = write(QStringLiteral("good.xml"), nmapWithPort("22"));
        expectRefused(CaptureTool::Nmap, file, QStringLiteral("no item S9.9-99"), QStringLiteral("S9.9-99"));
        expectRefused(CaptureTool::Nmap, file, QStringLiteral("firmware image"), QStringLiteral("S1.1-13"),
                      m_dir.filePath(QStringLiteral("no-such-image.bin")));
    }
};

QTEST_MAIN(TestCaptureHostile)
#include "testcapturehostile.moc"
