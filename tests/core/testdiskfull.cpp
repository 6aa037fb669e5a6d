// SPDX-License-Identifier: Apache-2.0
// A full disk in the middle of an import: a clear error, nothing half-stored, and the
// workspace stays usable. Needs root to mount a small tmpfs (CI runs as root); skipped
// otherwise, saying why.
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mount;

private Q_SLOTS:
    void initTestCase()
    {
        m_mount = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(m_mount));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=6m"), QStringLiteral("tmpfs"), m_mount});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0) {
            m_mount.clear();
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here (needs root): %1")
                                 .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
        }
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {m_mount});
    }

    void importOnFullDiskFailsCleanly()
    {
        QString error;
        const QString path = m_mount + QStringLiteral("/full.hoshi");
        std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        Organisation o;
        o.name = QStringLiteral("Vendor");
        Product p;
        p.organisationId = ws->addOrganisation(o, &error);
        p.name = QStringLiteral("Router");
        const qint64 decl = ws->addDeclaration(ws->addProduct(p, &error), QStringLiteral("JST-CR-01-01-2024R1"),
                                               Route::Standard, &error);
        const qint64 evidence = ws->addEvidence(decl, {QStringLiteral("S1.1-04")}, Evidence(), &error);
        QVERIFY2(evidence > 0, qPrintable(error));

        const QString source = m_dir.filePath(QStringLiteral("large.bin"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 24; ++i)
            file.write(QByteArray(1 << 20, char(i)));
        file.close();

        QVERIFY(ws->attachFile(evidence, source, &error) < 0);
        QVERIFY2(error.contains(QLatin1String("full")), qPrintable(error));
        QCOMPARE(ws->storedBlobCount(), 0);
        QVERIFY(ws->evidence(evidence)->files.isEmpty());
        QCOMPARE(ws->integrityCheck(), QStringLiteral("ok"));

        // Nothing lost: earlier data is there and small changes still go through.
        QVERIFY2(ws->setAssessment(decl, QStringLiteral("S1.1-04"), Verdict::Conforming, {}, QStringLiteral("after"), &error),
                 qPrintable(error));
        ws.reset();
        std::unique_ptr<Workspace> again = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->assessment(decl, QStringLiteral("S1.1-04")).notes, QStringLiteral("after"));
        QCOMPARE(again->integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "testdiskfull.moc"
