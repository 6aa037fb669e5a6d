// SPDX-License-Identifier: Apache-2.0
// The capture parsers on real output: the test starts its own services on 127.0.0.1 (a banner
// listener, openssl s_server, sshd), runs the installed nmap, testssl.sh and ssh-audit against
// them and checks what the parsers make of it against what the test set up. Loopback only.
#include "capture/captureparser.h"
#include "capture/capturerecipe.h"
#include "capture/toolrun.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

// Qt Network is not linked into the tests: python3 asks the kernel for a free loopback port
// and polls a port (both loopback only).
quint16 freePort()
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
        "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")});
    if (!p.waitForFinished(10000))
        return 0;
    return quint16(p.readAllStandardOutput().trimmed().toUInt());
}

// Runs a program to its end; its standard output, or a failure naming the program.
QByteArray run(const QString &program, const QStringList &args, int seconds, bool *ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForFinished(seconds * 1000) && p.exitStatus() == QProcess::NormalExit;
    if (!*ok) {
        p.kill();
        p.waitForFinished(2000);
    }
    return p.readAllStandardOutput();
}

// Polls until something accepts connections on 127.0.0.1:port (a service we started).
bool waitForPort(quint16 port)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
        "import socket, sys, time\n"
        "for i in range(100):\n"
        "    try:\n"
        "        socket.create_connection(('127.0.0.1', int(sys.argv[1])), 0.2).close(); sys.exit(0)\n"
        "    except OSError:\n"
        "        time.sleep(0.1)\n"
        "sys.exit(1)\n"), QString::number(port)});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

const CaptureFinding *findingOf(const CaptureResult &r, const QString &key)
{
    for (const CaptureFinding &f : r.findings) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

class Service
{
public:
    ~Service()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class TestCaptureParsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void nmapOfALocalListener()
    {
        const QString nmap = ToolRun::programFor(CaptureTool::Nmap);
        if (nmap.isEmpty())
            QSKIP("nmap is not installed (packaging/install-deps.sh installs it)");
        const quint16 open = freePort();
        const quint16 closed = freePort();
        QVERIFY(open && closed && open != closed);
        // A listener that greets like an SSH server, so nmap's version probe names it.
        Service listener;
        listener.process().start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
            "import socket,sys\n"
            "s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
            "s.bind(('127.0.0.1', int(sys.argv[1]))); s.listen(8); s.settimeout(60)\n"
            "while True:\n"
            "    c,_=s.accept(); c.sendall(b'SSH-2.0-OpenSSH_8.0\\r\\n'); c.close()\n"), QString::number(open)});
        QVERIFY(waitForPort(open));
        const QString out = m_dir.filePath(QStringLiteral("scan.xml"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        bool ok = false;
        run(nmap, {QStringLiteral("-oX"), out, QStringLiteral("-p"), QStringLiteral("%1,%2").arg(open).arg(closed),
                   QStringLiteral("-sV"), QStringLiteral("--version-light"), QStringLiteral("127.0.0.1")}, 120, &ok);
        QVERIFY(ok);
        QByteArray data;
        QString error;
        QVERIFY2(CaptureParser::readFile(out, &data, &error), qPrintable(error));
        QCOMPARE(CaptureParser::detectTool(data), std::optional<CaptureTool>(CaptureTool::Nmap));
        CaptureResult r;
        QVERIFY2(parseCapture(CaptureTool::Nmap, data, &r, &error), qPrintable(error));
        QCOMPARE(r.target, QStringLiteral("127.0.0.1"));
        QVERIFY(!r.toolVersion.isEmpty());
        QCOMPARE(r.toolVersion, ToolRun::installedVersion(CaptureTool::Nmap));
        QVERIFY2(r.scannedAt >= before && r.scannedAt <= QDateTime::currentDateTimeUtc().addSecs(2),
                 qPrintable(r.scannedAt.toString(Qt::ISODate)));
        QCOMPARE(r.ports.size(), 2);
        const CaptureFinding *f = findingOf(r, QStringLiteral("port-%1/tcp").arg(open));
        QVERIFY2(f, qPrintable(r.summaryEn));
        QVERIFY(f->contradictsConformity);
        QVERIFY(!findingOf(r, QStringLiteral("port-%1/tcp").arg(closed)));
        for (const CapturePort &p : r.ports) {
            if (p.port == int(open)) {
                QCOMPARE(p.state, QStringLiteral("open"));
                QCOMPARE(p.service, QStringLiteral("ssh"));
                QCOMPARE(p.product, QStringLiteral("OpenSSH"));
                QCOMPARE(p.version, QStringLiteral("8.0"));
            } else {
                QCOMPARE(p.state, QStringLiteral("closed"));
            }
        }
        QVERIFY(r.summaryEn.contains(QStringLiteral("1 open port(s): %1/tcp ssh OpenSSH 8.0").arg(open)));
        QVERIFY(r.summaryJa.contains(QStringLiteral("開いているポート 1件")));
        QCOMPARE(r.suggestedItems, QStringList{QStringLiteral("S1.1-13")});
        // The recipe repeats the options, without the output file and the target.
        CaptureRecipe recipe;
        QVERIFY(CaptureRecipe::fromResult(r, &recipe));
        QCOMPARE(recipe.target, QStringLiteral("127.0.0.1"));
        QCOMPARE(recipe.arguments, (QStringList{QStringLiteral("-p"), QStringLiteral("%1,%2").arg(open).arg(closed),
                                                QStringLiteral("-sV"), QStringLiteral("--version-light")}));
        CaptureRecipe back;
        QVERIFY(CaptureRecipe::fromJson(recipe.toJson(), &back, &error));
        QCOMPARE(back.arguments, recipe.arguments);
    }

    void testsslOfALocalServer()
    {
        const QString testssl = ToolRun::programFor(CaptureTool::Testssl);
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (testssl.isEmpty() || openssl.isEmpty())
            QSKIP("testssl.sh or openssl is not installed (packaging/install-deps.sh installs them)");
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        bool ok = false;
        run(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                      QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}, 60, &ok);
        QVERIFY(ok);
        const quint16 port = freePort();
        // TLS 1.0 and 1.1 allowed (security level 0), as an old firmware might.
        Service server;
        server.process().start(openssl, {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                                         QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-www"),
                                         QStringLiteral("-min_protocol"), QStringLiteral("TLSv1"), QStringLiteral("-cipher"),
                                         QStringLiteral("ALL:@SECLEVEL=0")});
        QVERIFY(waitForPort(port));
        const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);

        // The pretty form carries the version and the start time.
        const QString pretty = m_dir.filePath(QStringLiteral("testssl-pretty.json"));
        run(testssl, {QStringLiteral("--warnings"), QStringLiteral("batch"), QStringLiteral("--jsonfile-pretty"), pretty,
                      QStringLiteral("--protocols"), target}, 120, &ok);
        QVERIFY(ok);
        QByteArray data;
        QString error;
        QVERIFY2(CaptureParser::readFile(pretty, &data, &error), qPrintable(error));
        QCOMPARE(CaptureParser::detectTool(data), std::optional<CaptureTool>(CaptureTool::Testssl));
        CaptureResult r;
        QVERIFY2(parseCapture(CaptureTool::Testssl, data, &r, &error), qPrintable(error));
        QCOMPARE(r.target, target);
        QCOMPARE(r.toolVersion, ToolRun::installedVersion(CaptureTool::Testssl));
        QVERIFY(r.scannedAt >= before && r.scannedAt <= QDateTime::currentDateTimeUtc());
        QVERIFY2(r.summaryEn.contains(QStringLiteral("TLS 1.2")), qPrintable(r.summaryEn));
        const CaptureFinding *tls10 = findingOf(r, QStringLiteral("tls1_0"));
        QVERIFY2(tls10, qPrintable(r.summaryEn));
        QVERIFY(tls10->contradictsConformity);
        QCOMPARE(tls10->severity, QStringLiteral("low"));
        QVERIFY(findingOf(r, QStringLiteral("tls1_1")));
        QVERIFY(!findingOf(r, QStringLiteral("tls1_2"))); // offering TLS 1.2 is no finding
        QVERIFY(!findingOf(r, QStringLiteral("sslv3")));
        QCOMPARE(r.arguments, (QStringList{QStringLiteral("--warnings"), QStringLiteral("batch"), QStringLiteral("--protocols")}));

        // The flat --jsonfile form: same findings, no version in the file.
        const QString flat = m_dir.filePath(QStringLiteral("testssl.json"));
        run(testssl, {QStringLiteral("--warnings"), QStringLiteral("batch"), QStringLiteral("--jsonfile"), flat,
                      QStringLiteral("--protocols"), target}, 120, &ok);
        QVERIFY(ok);
        QVERIFY(CaptureParser::readFile(flat, &data, &error));
        CaptureResult f;
        QVERIFY2(parseCapture(CaptureTool::Testssl, data, &f, &error), qPrintable(error));
        QCOMPARE(f.target, target);
        QVERIFY(findingOf(f, QStringLiteral("tls1_0")) && findingOf(f, QStringLiteral("tls1_0"))->contradictsConformity);
    }

    void sshAuditOfALocalSshd()
    {
        const QString audit = ToolRun::programFor(CaptureTool::SshAudit);
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (audit.isEmpty() || !QFile::exists(sshd) || keygen.isEmpty())
            QSKIP("ssh-audit or openssh-server is not installed (packaging/install-deps.sh installs them)");
        const QString hostKey = m_dir.filePath(QStringLiteral("hostkey"));
        bool ok = false;
        run(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-f"), hostKey,
                     QStringLiteral("-N"), QString()}, 30, &ok);
        QVERIFY(ok);
        const quint16 port = freePort();
        // An old firmware's SSH server: a broken cipher and key exchange still enabled.
        QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("ListenAddress 127.0.0.1\nHostKey %1\nUsePAM no\nPidFile %2\n"
                                    "KexAlgorithms +diffie-hellman-group1-sha1\nCiphers +3des-cbc\n")
                         .arg(hostKey, m_dir.filePath(QStringLiteral("sshd.pid"))).toUtf8());
        config.close();
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation folder; may exist already
        Service server;
        server.process().start(sshd, {QStringLiteral("-D"), QStringLiteral("-f"), config.fileName(), QStringLiteral("-p"),
                                      QString::number(port)});
        if (!waitForPort(port))
            QSKIP(qPrintable(QStringLiteral("sshd did not start here (it needs root and /run/sshd): %1")
                                 .arg(QString::fromUtf8(server.process().readAllStandardError()))));
        const QByteArray data = run(audit, {QStringLiteral("-j"), QStringLiteral("127.0.0.1:%1").arg(port)}, 60, &ok);
        QVERIFY(ok); // ssh-audit's exit code says how bad the result is; the JSON is what counts
        QCOMPARE(CaptureParser::detectTool(data), std::optional<CaptureTool>(CaptureTool::SshAudit));
        CaptureResult r;
        QString error;
        QVERIFY2(parseCapture(CaptureTool::SshAudit, data, &r, &error), qPrintable(error));
        QCOMPARE(r.target, QStringLiteral("127.0.0.1"));
        const CaptureFinding *cbc = findingOf(r, QStringLiteral("enc:3des-cbc"));
        QVERIFY2(cbc, qPrintable(r.summaryEn));
        QVERIFY(cbc->contradictsConformity);
        QCOMPARE(cbc->severity, QStringLiteral("high"));
        QVERIFY(findingOf(r, QStringLiteral("kex:diffie-hellman-group1-sha1")));
        QVERIFY(!findingOf(r, QStringLiteral("enc:aes256-gcm@openssh.com")));
        QVERIFY(!findingOf(r, QStringLiteral("kex:curve25519-sha256")));
        QVERIFY(r.summaryEn.contains(QStringLiteral("OpenSSH_")));
        QCOMPARE(r.suggestedItems.first(), QStringLiteral("S1.1-12"));
    }

    void cycloneDx15WithVulnerabilities()
    {
        const QByteArray sbom = R"({
  "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
  "metadata": {"timestamp": "2026-11-30T09:15:00Z",
               "tools": {"components": [{"type": "application", "name": "syft", "version": "1.4.1"}]},
               "component": {"type": "firmware", "name": "SR-200 firmware", "version": "1.4.2"}},
  "components": [
    {"type": "library", "name": "openssl", "version": "1.1.1k", "purl": "pkg:generic/openssl@1.1.1k"},
    {"type": "library", "name": "busybox", "version": "1.31.1", "purl": "pkg:generic/busybox@1.31.1",
     "components": [{"type": "library", "name": "busybox-udhcpc", "version": "1.31.1"}]}
  ],
  "vulnerabilities": [
    {"id": "CVE-2022-0778", "ratings": [{"score": 7.5, "severity": "high", "method": "CVSSv31"}],
     "analysis": {"state": "resolved"}},
    {"id": "CVE-2021-3711", "ratings": [{"score": 9.8, "severity": "critical", "method": "CVSSv31"}]},
    {"id": "CVE-2021-42374", "ratings": [{"score": 5.3, "severity": "medium", "method": "CVSSv31"}]}
  ]
})";
        QCOMPARE(CaptureParser::detectTool(sbom), std::optional<CaptureTool>(CaptureTool::CycloneDx));
        CaptureResult r;
        QString error;
        QVERIFY2(parseCapture(CaptureTool::CycloneDx, sbom, &r, &error), qPrintable(error));
        QCOMPARE(r.components.size(), 3);
        QCOMPARE(r.components.at(0).purl, QStringLiteral("pkg:generic/openssl@1.1.1k"));
        QCOMPARE(r.scannedAt, QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC));
        QCOMPARE(r.toolVersion, QStringLiteral("syft 1.4.1 (CycloneDX 1.5)"));
        QCOMPARE(r.target, QStringLiteral("SR-200 firmware 1.4.2"));
        QCOMPARE(r.findings.size(), 3);
        QVERIFY(!findingOf(r, QStringLiteral("CVE-2022-0778"))->contradictsConformity); // answered by VEX
        QVERIFY(findingOf(r, QStringLiteral("CVE-2021-3711"))->contradictsConformity);
        QCOMPARE(findingOf(r, QStringLiteral("CVE-2021-3711"))->severity, QStringLiteral("critical"));
        QVERIFY(!findingOf(r, QStringLiteral("CVE-2021-42374"))->contradictsConformity); // CVSS below 7
        QCOMPARE(r.contradictingCount(), 1);
        QVERIFY2(r.summaryEn.contains(QStringLiteral("3 component(s), 3 vulnerability record(s)")), qPrintable(r.summaryEn));
        QVERIFY(r.summaryJa.contains(QStringLiteral("コンポーネント 3件")));
        CaptureRecipe recipe;
        QVERIFY(!CaptureRecipe::fromResult(r, &recipe)); // an SBOM is not re-run
        // Without vulnerabilities, spec 1.4 with the old tools array.
        const QByteArray plain = R"({"bomFormat": "CycloneDX", "specVersion": "1.4",
            "metadata": {"tools": [{"vendor": "anchore", "name": "syft", "version": "0.80.0"}]},
            "components": [{"type": "library", "name": "zlib", "version": "1.2.13"}]})";
        QVERIFY2(parseCapture(CaptureTool::CycloneDx, plain, &r, &error), qPrintable(error));
        QCOMPARE(r.components.size(), 1);
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(r.toolVersion, QStringLiteral("syft 0.80.0 (CycloneDX 1.4)"));
    }
};

QTEST_MAIN(TestCaptureParsers)
#include "testcaptureparsers.moc"
