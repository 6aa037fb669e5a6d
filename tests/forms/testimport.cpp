// SPDX-License-Identifier: Apache-2.0
// Background import of evidence files: progress, completion, and cancel leaving nothing.
#include "formstest.h"

#include "session/evidenceimporter.h"
#include "session/session.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hoshi;

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        QString error;
        QVERIFY2(m_session.createWorkspace(m_dir.filePath(QStringLiteral("i.hoshi")), &error), qPrintable(error));
        const qint64 organisation = m_session.addOrganisation(QStringLiteral("O"));
        const qint64 product = m_session.addProduct(organisation, QStringLiteral("P"));
        m_session.setCurrentDeclaration(
            m_session.addDeclaration(product, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard));
        m_evidence = m_session.addEvidence({QStringLiteral("S1.1-04")}, EvidenceKind::DeviceTest);
        QVERIFY(m_evidence > 0);
        // Large enough to span many chunks, so that progress and cancel happen mid-file.
        m_big = m_dir.filePath(QStringLiteral("capture.bin"));
        QFile f(m_big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, Qt::Uninitialized);
        QRandomGenerator random(7);
        for (int i = 0; i < 96; ++i) {
            random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            f.write(block);
        }
    }

    void importWithProgress()
    {
        EvidenceImporter importer(&m_session);
        QSignalSpy progress(&importer, &EvidenceImporter::progress);
        QSignalSpy finished(&importer, &EvidenceImporter::finished);
        const QString small = m_dir.filePath(QStringLiteral("small.log"));
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ok\n");
        f.close();
        QVERIFY(importer.start(m_evidence, {small, m_big}));
        QVERIFY(!importer.start(m_evidence, {small})); // one import at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(1).toInt(), 2);  // imported
        QCOMPARE(finished.constFirst().at(2).toBool(), false); // not cancelled
        QCOMPARE(finished.constFirst().at(3).toString(), QString());
        QVERIFY(progress.count() > 0);
        QCOMPARE(m_session.evidence(m_evidence)->files.size(), 2);
        // The session was refreshed: the checklist sees the files.
        QCOMPARE(m_session.evidenceFor(QStringLiteral("S1.1-04")).constFirst().files.size(), 2);
    }

    void cancelLeavesNothing()
    {
        const qint64 blobs = m_session.workspace()->storedBlobCount();
        const int files = int(m_session.evidence(m_evidence)->files.size());
        // Different content from the first test, so nothing is deduplicated away.
        const QString other = m_dir.filePath(QStringLiteral("other.bin"));
        QVERIFY(QFile::copy(m_big, other));
        QFile f(other);
        QVERIFY(f.open(QIODevice::Append));
        f.write("different tail");
        f.close();

        EvidenceImporter importer(&m_session);
        QSignalSpy finished(&importer, &EvidenceImporter::finished);
        connect(&importer, &EvidenceImporter::progress, &importer, [&importer](int value) {
            if (value > 0)
                importer.cancel();
        });
        QVERIFY(importer.start(m_evidence, {other}));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(2).toBool(), true); // cancelled
        QCOMPARE(m_session.workspace()->storedBlobCount(), blobs);
        QCOMPARE(int(m_session.evidence(m_evidence)->files.size()), files);
    }

    void emptyFile()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.log"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const int files = int(m_session.evidence(m_evidence)->files.size());
        EvidenceImporter importer(&m_session);
        QSignalSpy finished(&importer, &EvidenceImporter::finished);
        QVERIFY(importer.start(m_evidence, {empty}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(3).toString(), QString());
        QCOMPARE(int(m_session.evidence(m_evidence)->files.size()), files + 1);
    }

    void unreadableFileReportsError()
    {
        EvidenceImporter importer(&m_session);
        QSignalSpy finished(&importer, &EvidenceImporter::finished);
        QVERIFY(importer.start(m_evidence, {m_dir.filePath(QStringLiteral("does-not-exist.pdf"))}));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.constFirst().at(3).toString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    Session m_session;
    qint64 m_evidence = -1;
    QString m_big;
};

QTEST_MAIN(TestImport)
#include "testimport.moc"
