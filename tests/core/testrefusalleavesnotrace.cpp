// SPDX-License-Identifier: Apache-2.0
// Refusing a workspace (not Hoshi, cut short, damaged, newer, locked) and read-only opens leave
// the folder exactly as it was: no -wal, -shm or lock file, the file's bytes unchanged. A new
// export removes the partial files a killed export of the same product left, but not those a
// running export holds, nor anything else.
#include "demo/demoworkspace.h"
#include "export/exportjob.h"
#include "export/stalepartials.h"
#include "storage/workspace.h"
#include "util/hashstream.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

// Every name below root with its content hash ("dir" for folders).
QMap<QString, QString> folderState(const QString &root, bool withContent = true)
{
    QMap<QString, QString> state;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString content = QStringLiteral("dir");
        if (it.fileInfo().isFile() && withContent) {
            QFile file(path);
            content = file.open(QIODevice::ReadOnly) ? HashStream::hexOf(file.readAll()) : QStringLiteral("unreadable");
        }
        state.insert(QDir(root).relativeFilePath(path), content);
    }
    return state;
}

bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-edit");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestRefusalLeavesNoTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void lockedWorkspaceRefusedWithoutTrace();
    void readOnlyOpenLeavesNoTrace();
    void readOnlyOpenBesideAWriterSeesItsChanges();
    void staleExportPartialsAreRemoved();

private:
    QTemporaryDir m_dir;
    QString m_demo; // a closed demo workspace to copy
    DemoIds m_ids;
};

void TestRefusalLeavesNoTrace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("template/demo.hoshi"));
    QVERIFY(QDir().mkpath(QFileInfo(m_demo).absolutePath()));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_demo, &m_ids, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_demo + QStringLiteral("-wal")));
}

void TestRefusalLeavesNoTrace::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said"); // part of the refusal message
    QTest::newRow("not a database") << "garbage" << "not a Hoshi workspace";
    QTest::newRow("SQLite but not Hoshi") << "foreign" << "not a Hoshi workspace";
    QTest::newRow("cut short") << "truncated" << "shorter than its own header";
    QTest::newRow("damaged pages") << "damaged" << "damaged";
    QTest::newRow("newer format") << "newer" << "newer Hoshi";
}

void TestRefusalLeavesNoTrace::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    const QString folder = m_dir.filePath(kind);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("w.hoshi"));
    if (kind == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(70000, 'x'));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(execOn(path, {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("INSERT INTO t VALUES (1)")}));
    } else {
        QVERIFY(QFile::copy(m_demo, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("truncated")) {
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == QLatin1String("damaged")) {
            // The b-tree page headers of pages 2..8 overwritten: SQLite's quick_check notices.
            for (qint64 page = 1; page < 8; ++page) {
                QVERIFY(file.seek(page * 16384));
                file.write(QByteArray(64, char(0x7f)));
            }
        } else if (kind == QLatin1String("newer")) {
            file.close();
            QVERIFY(execOn(path, {QStringLiteral("PRAGMA user_version = 99")}));
        }
    }
    const auto before = folderState(folder);
    for (const auto access : {Workspace::Access::ReadWrite, Workspace::Access::ReadOnly}) {
        QString error;
        const std::unique_ptr<Workspace> ws = Workspace::open(path, access, &error);
        QVERIFY2(!ws, "a refused file was opened");
        QVERIFY2(error.contains(said) && error.contains(path), qPrintable(error));
        QCOMPARE(folderState(folder), before);
    }
}

void TestRefusalLeavesNoTrace::lockedWorkspaceRefusedWithoutTrace()
{
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("w.hoshi"));
    QVERIFY(QFile::copy(m_demo, path));
    QString error;
    const std::unique_ptr<Workspace> holder = Workspace::open(path, Workspace::Access::ReadWrite, &error);
    QVERIFY2(holder, qPrintable(error));
    const auto before = folderState(folder, false); // the holder's -shm changes as it works
    QVERIFY(!Workspace::open(path, Workspace::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
    QCOMPARE(folderState(folder, false), before);
}

void TestRefusalLeavesNoTrace::readOnlyOpenLeavesNoTrace()
{
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("w.hoshi"));
    QVERIFY(QFile::copy(m_demo, path));
    const auto before = folderState(folder);
    {
        QString error;
        const std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(!ws->organisations().isEmpty());
        QVERIFY2(ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Verify, &error), qPrintable(error));
        QCOMPARE(folderState(folder), before); // not even while it is open
    }
    QCOMPARE(folderState(folder), before);
}

void TestRefusalLeavesNoTrace::readOnlyOpenBesideAWriterSeesItsChanges()
{
    const QString folder = m_dir.filePath(QStringLiteral("beside"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("w.hoshi"));
    QVERIFY(QFile::copy(m_demo, path));
    QString error;
    const std::unique_ptr<Workspace> writer = Workspace::open(path, Workspace::Access::ReadWrite, &error);
    QVERIFY2(writer, qPrintable(error));
    Organisation organisation;
    organisation.name = QStringLiteral("後から追加された組織");
    QVERIFY2(writer->addOrganisation(organisation, &error) > 0, qPrintable(error));
    const auto before = folderState(folder, false);
    {
        const std::unique_ptr<Workspace> reader = Workspace::open(path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        bool seen = false;
        for (const Organisation &o : reader->organisations())
            seen = seen || o.name == organisation.name;
        QVERIFY(seen); // read through the writer's WAL, not as an immutable file
    }
    QCOMPARE(folderState(folder, false), before);
}

void TestRefusalLeavesNoTrace::staleExportPartialsAreRemoved()
{
    const QString out = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(out));
    QString error;
    const std::unique_ptr<Workspace> ws = Workspace::open(m_demo, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto snapshot = ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
    QVERIFY2(snapshot, qPrintable(error));
    const QString stem = ExportJob::stem(*snapshot, QDateTime::currentDateTimeUtc());
    const QString prefix = stem.left(stem.lastIndexOf(QLatin1Char('_')) + 1);
    const QDir dir(out);
    const auto touch = [&](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write("left by a killed export") > 0;
    };
    const QStringList stale = {prefix + QStringLiteral("20200101-evidence.zip.partial"),
                               prefix + QStringLiteral("20200101-application.zip.partial"),
                               prefix + QStringLiteral("20200101-2-application.partial")};
    QVERIFY(touch(stale.at(0)) && touch(stale.at(1)));
    QVERIFY(dir.mkpath(stale.at(2)) && touch(stale.at(2) + QStringLiteral("/checklist.csv")));
    const QStringList kept = {prefix + QStringLiteral("20200102-evidence.zip.partial"), // held: still being written
                              QStringLiteral("other-product_X_20200101-evidence.zip.partial"),
                              prefix + QStringLiteral("notes.partial"), prefix + QStringLiteral("20200101-evidence.zip")};
    for (const QString &name : kept)
        QVERIFY(touch(name));
    const StalePartials::Hold running(dir.filePath(kept.first()));

    ExportJob::Request request;
    request.declarationId = m_ids.completeDeclaration;
    request.outputDir = out;
    request.package = false;
    ExportJob::Outcome outcome;
    QVERIFY2(ExportJob::run(*ws, request, &outcome, &error), qPrintable(error));
    for (const QString &name : stale)
        QVERIFY2(!QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    for (const QString &name : kept)
        QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    QVERIFY(QFileInfo::exists(outcome.archive.path));
}

// QTEST_MAIN: the export draws the checklist PDF, which needs a QGuiApplication.
QTEST_MAIN(TestRefusalLeavesNoTrace)
#include "testrefusalleavesnotrace.moc"
