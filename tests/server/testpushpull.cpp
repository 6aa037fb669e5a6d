// SPDX-License-Identifier: Apache-2.0
// Moving whole workspaces between a desk (.hoshi file) and a server: push, pull, and what they
// must never do (lose a record, an author, a time or a byte; overwrite; half-copy).
#include "clirun.h"
#include "exportzipedit.h"
#include "testserver.h"

#include "storage/workspace.h"
#include "storage/workspacecopy.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace hoshi;
using exporttest::cliInEnglish;
using exporttest::describe;
using exporttest::ToolRun;
using storage::WorkspaceCopy;

namespace {

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql:"));
}

// The rows of one query, each row's columns joined by '|', SQL NULL written as NULL.
QStringList rowsOn(QSqlDatabase db, const QString &sql)
{
    QStringList rows;
    if (!db.open())
        return {QStringLiteral("ERROR ") + db.lastError().text()};
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("ERROR ") + q.lastError().text()};
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << columns.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList rows(const QString &location, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(isServer(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (isServer(location)) {
            const QUrl url(location);
            const QUrlQuery query(url);
            db.setHostName(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            db.setUserName(query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded));
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        result = rowsOn(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Every copied table as rows. Content is compared by hash (its row id is each workspace's own).
QMap<QString, QStringList> dump(const QString &location)
{
    QMap<QString, QStringList> tables;
    for (const QString &table : WorkspaceCopy::copiedTables()) {
        QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table);
        if (table == QLatin1String("blob_chunk"))
            continue;
        if (table == QLatin1String("blob"))
            sql = QStringLiteral("SELECT sha256, size, created_at FROM blob ORDER BY sha256");
        if (table == QLatin1String("declaration_form"))
            sql = QStringLiteral("SELECT g.declaration_id, b.sha256, g.sha256, g.original_name, g.size, g.profile,"
                                 " g.attached_at, g.attached_by FROM declaration_form g JOIN blob b ON b.id = g.blob_id"
                                 " ORDER BY 1");
        if (table == QLatin1String("evidence_file"))
            sql = QStringLiteral("SELECT f.id, f.evidence_id, b.sha256, f.original_name, f.media_type, f.size, f.added_at"
                                 " FROM evidence_file f JOIN blob b ON b.id = f.blob_id ORDER BY f.id");
        tables.insert(table, rows(location, sql));
    }
    return tables;
}

qint64 count(const QString &location, const QString &table)
{
    return rows(location, QStringLiteral("SELECT count(*) FROM %1").arg(table)).value(0).toLongLong();
}

QMap<QString, qint64> counts(const QString &location)
{
    QMap<QString, qint64> result;
    for (const QString &table : WorkspaceCopy::copiedTables())
        result.insert(table, count(location, table));
    return result;
}

ToolRun cli(const QStringList &args)
{
    return cliInEnglish(args);
}

#define CLI_OK(...)                                                                                                    \
    do {                                                                                                               \
        const ToolRun run_ = cli(__VA_ARGS__);                                                                         \
        QVERIFY2(run_.exitCode == 0, qPrintable(describe(run_)));                                                      \
    } while (false)

// What the review, the approvals and the baselines of a declaration say, as the workspace reads them.
QStringList reviewRecord(const Workspace &ws, qint64 declarationId)
{
    QStringList lines;
    for (const HistoryEntry &h : ws.history(declarationId))
        lines << QStringLiteral("history %1 %2 %3 %4 %5 %6")
                     .arg(QString::number(h.id), h.at.toString(Qt::ISODateWithMs), h.actor, h.itemId, h.action, h.summary);
    for (const ReviewComment &c : ws.comments(declarationId))
        lines << QStringLiteral("comment %1 %2 %3 %4 %5").arg(QString::number(c.id), c.author,
                                                              c.createdAt.toString(Qt::ISODateWithMs), c.itemId, c.text);
    for (const SignOff &s : ws.signOffs(declarationId))
        lines << QStringLiteral("sign-off %1 %2 %3 %4").arg(QString::number(s.id), s.author,
                                                            s.at.toString(Qt::ISODateWithMs), s.fingerprint);
    for (const Baseline &b : ws.baselines(declarationId))
        lines << QStringLiteral("baseline %1 %2 %3 %4 %5").arg(QString::number(b.id), b.actor,
                                                               b.createdAt.toString(Qt::ISODateWithMs), b.fingerprint,
                                                               QString::fromLatin1(b.json.toBase64()));
    QString error;
    lines << QStringLiteral("fingerprint %1").arg(ws.fingerprint(declarationId, &error));
    lines << QStringLiteral("state %1").arg(reviewStateKey(ws.reviewState(declarationId)));
    return lines;
}

// Creation times in the PDFs, the workbook and the package's README are the export's own;
// everything else must match.
QByteArray withoutCreationTimes(const QString &name, QByteArray bytes)
{
    if (name.endsWith(QLatin1String(".pdf"))) {
        static const QRegularExpression date(QStringLiteral("/CreationDate \\(D:[0-9]+Z\\)"));
        return QString::fromLatin1(bytes).replace(date, QStringLiteral("/CreationDate ()")).toLatin1();
    }
    if (name.endsWith(QLatin1String("README.txt"))) {
        static const QRegularExpression created(QStringLiteral("Created: [0-9T:-]+Z"));
        return QString::fromUtf8(bytes).replace(created, QStringLiteral("Created: ")).toUtf8();
    }
    if (name.endsWith(QLatin1String("core.xml"))) {
        static const QRegularExpression stamp(QStringLiteral("\"dcterms:W3CDTF\">[^<]*<"));
        return QString::fromUtf8(bytes).replace(stamp, QStringLiteral("\"dcterms:W3CDTF\"><")).toUtf8();
    }
    return bytes;
}

// A workbook is a zip itself: its entries are compared one by one.
void insertNormalised(QMap<QString, QByteArray> *parts, const QString &name, const QByteArray &bytes)
{
    if (!name.endsWith(QLatin1String(".xlsx"))) {
        parts->insert(name, withoutCreationTimes(name, bytes));
        return;
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("book.xlsx")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return;
    file.close();
    QString error;
    const QMap<QString, QByteArray> entries = exporttest::readZip(file.fileName(), &error);
    parts->insert(name, error.toUtf8());
    for (auto it = entries.begin(); it != entries.end(); ++it)
        parts->insert(name + QLatin1Char('/') + it.key(), withoutCreationTimes(it.key(), it.value()));
}

} // namespace

class TestPushPull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTableIsKnown();
    void pushAndPullKeepEveryRecord();
    void pushAndPullKeepReviewAndBaselines();
    void exportsAreIdentical();
    void pushIntoCollidingWorkspaceChangesNothing();
    void pullRefusesExistingFile();
    void cancelLeavesTargetUnchanged();
    void sharedContentAndNumbering();
    void pullCopiesOneOrganisation();
    void onlyTheOwnerPushes();
    void unknownTableStopsTheCopy();
    void usersAndRolesStayOnTheServer();

private:
    [[nodiscard]] std::unique_ptr<Workspace> open(const QString &location);
    [[nodiscard]] QString freshDatabase();

    QTemporaryDir m_dir;
    QString m_file;   // the rich desk workspace
    QString m_server; // pushed from m_file
    QString m_pulled; // pulled back from m_server
    QString m_shared; // a server that held another client's records before the push
};

std::unique_ptr<Workspace> TestPushPull::open(const QString &location)
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(location, Workspace::Access::ReadWrite, &error);
    if (!ws)
        qWarning("cannot open %s: %s", qPrintable(location), qPrintable(error));
    return ws;
}

QString TestPushPull::freshDatabase()
{
    QString error;
    const QString url = testserver::createDatabase(&error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error));
    return url;
}

void TestPushPull::initTestCase()
{
    if (!testserver::enabled())
        QSKIP("needs the private PostgreSQL cluster (HOSHI_TEST_SERVER)");
    m_file = m_dir.filePath(QStringLiteral("desk.hoshi"));
    const QString d = QStringLiteral("1");
    CLI_OK({QStringLiteral("demo"), m_file});
    CLI_OK({QStringLiteral("settings"), m_file, QStringLiteral("--require-approval"), QStringLiteral("on")});
    CLI_OK({QStringLiteral("review"), QStringLiteral("comment"), m_file, QStringLiteral("--declaration"), d,
            QStringLiteral("--item"), QStringLiteral("S1.1-01"), QStringLiteral("--author"), QStringLiteral("佐藤"),
            QStringLiteral("--text"), QStringLiteral("マニュアルの版を確認してください")});
    CLI_OK({QStringLiteral("review"), QStringLiteral("request"), m_file, QStringLiteral("--declaration"), d,
            QStringLiteral("--author"), QStringLiteral("佐藤")});
    CLI_OK({QStringLiteral("review"), QStringLiteral("approve"), m_file, QStringLiteral("--declaration"), d,
            QStringLiteral("--author"), QStringLiteral("鈴木")});
    CLI_OK({QStringLiteral("export"), m_file, QStringLiteral("--declaration"), d, QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("first-export"))});
    CLI_OK({QStringLiteral("label"), QStringLiteral("set"), m_file, QStringLiteral("--declaration"), d,
            QStringLiteral("--application-number"), QStringLiteral("A-2026-0001"), QStringLiteral("--submitted-on"),
            QStringLiteral("2026-01-10"), QStringLiteral("--registration-number"), QStringLiteral("2026020100000001"),
            QStringLiteral("--issued-on"), QStringLiteral("2026-02-01"), QStringLiteral("--valid-until"),
            QStringLiteral("2028-01-31"), QStringLiteral("--status"), QStringLiteral("active")});
    QVERIFY(count(m_file, QStringLiteral("baseline")) >= 3);
    {
        // An official form on the declaration in progress (storage keeps any bytes; none of the
        // exports below is of that declaration).
        const std::unique_ptr<Workspace> desk = open(m_file);
        QString error;
        QVERIFY2(desk && desk->attachForm(2, QStringLiteral("チェックリスト.xlsx"), QByteArray("workbook bytes\0\x01", 16),
                                          "{\"format\": \"hoshi-form-profile\"}", &error),
                 qPrintable(error));
    }

    m_server = freshDatabase();
    QVERIFY(!m_server.isEmpty());
    const ToolRun push = cli({QStringLiteral("push"), m_file, m_server});
    QVERIFY2(push.exitCode == 0, qPrintable(describe(push)));
    QVERIFY2(push.out.contains("copied ") && push.out.contains("bytes of file content"), push.out.constData());
    m_pulled = m_dir.filePath(QStringLiteral("pulled.hoshi"));
    const ToolRun pull = cli({QStringLiteral("pull"), m_server, QStringLiteral("--organisation"), QStringLiteral("1"), m_pulled});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
}

// A table a later schema step adds must be listed in the copier, or every copy stops.
void TestPushPull::everyTableIsKnown()
{
    const QStringList expected = [] {
        QStringList all = WorkspaceCopy::copiedTables() + WorkspaceCopy::ownTables();
        all.sort();
        return all;
    }();
    for (const QString &location : {m_file, m_server, m_pulled}) {
        QStringList tables = isServer(location)
                                 ? rows(location, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
                                 : rows(location, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        // Every table is copied or known to belong to one workspace (the server's access tables
        // exist only where `server init` ran), and every copied table exists.
        for (const QString &table : std::as_const(tables))
            QVERIFY2(expected.contains(table), qPrintable(table));
        for (const QString &table : WorkspaceCopy::copiedTables() + QStringList{QStringLiteral("meta")})
            QVERIFY2(tables.contains(table), qPrintable(table));
        const std::unique_ptr<Workspace> ws = open(location);
        QVERIFY(ws);
        QString error;
        QCOMPARE(WorkspaceCopy::unknownTables(*ws, &error), QStringList());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestPushPull::pushAndPullKeepEveryRecord()
{
    const QMap<QString, QStringList> desk = dump(m_file);
    QVERIFY(desk.value(QStringLiteral("history")).size() > 80);
    QCOMPARE(desk.value(QStringLiteral("review_comment")).size(), 1);
    QVERIFY(desk.value(QStringLiteral("workspace_setting")).join(QString()).contains(QLatin1String("require-approval")));
    for (const QString &copy : {m_server, m_pulled}) {
        const QMap<QString, QStringList> copied = dump(copy);
        for (auto it = desk.begin(); it != desk.end(); ++it) {
            QVERIFY2(!it.value().join(QString()).contains(QLatin1String("ERROR")), qPrintable(it.key()));
            const QStringList got = copied.value(it.key());
            for (qsizetype i = 0; i < qMax(got.size(), it.value().size()); ++i) {
                QVERIFY2(got.value(i) == it.value().value(i),
                         qPrintable(copy + QStringLiteral(": ") + it.key() + QStringLiteral("\n  copied:   ") + got.value(i)
                                    + QStringLiteral("\n  original: ") + it.value().value(i)));
            }
        }
    }
    // The content itself, chunk by chunk, against its hash.
    for (const QString &copy : {m_server, m_pulled}) {
        const std::unique_ptr<Workspace> ws = open(copy);
        QVERIFY(ws);
        for (const QString &row : rows(copy, QStringLiteral("SELECT sha256 FROM blob"))) {
            QString error;
            QVERIFY2(ws->verifyContent(row, &error), qPrintable(error));
        }
    }
}

void TestPushPull::pushAndPullKeepReviewAndBaselines()
{
    const std::unique_ptr<Workspace> desk = open(m_file);
    const std::unique_ptr<Workspace> server = open(m_server);
    const std::unique_ptr<Workspace> pulled = open(m_pulled);
    QVERIFY(desk && server && pulled);
    const QStringList original = reviewRecord(*desk, 1);
    QVERIFY(original.join(QLatin1Char('\n')).contains(QStringLiteral("sign-off 2 鈴木")));
    QVERIFY(original.join(QLatin1Char('\n')).contains(QStringLiteral("comment 1 佐藤")));
    for (const Workspace *copy : {server.get(), pulled.get()}) {
        for (const Declaration &d : desk->declarations())
            QCOMPARE(reviewRecord(*copy, d.id), reviewRecord(*desk, d.id));
        // The approval still matches the declaration: nothing it covers changed in the move.
        QCOMPARE(copy->currentApproval(1)->fingerprint, copy->fingerprint(1, nullptr));
    }
    // The server's own user did not replace the original authors.
    QVERIFY(server->actor() == QLatin1String("hoshi"));
    QCOMPARE(rows(m_server, QStringLiteral("SELECT count(*) FROM history WHERE actor = 'hoshi'")),
             QStringList{QStringLiteral("0")});
}

void TestPushPull::exportsAreIdentical()
{
    QList<QMap<QString, QByteArray>> payloads;
    int n = 0;
    for (const QString &location : {m_file, m_server, m_pulled}) {
        const QString out = m_dir.filePath(QStringLiteral("export%1").arg(++n));
        const ToolRun run = cli({QStringLiteral("export"), location, QStringLiteral("--declaration"), QStringLiteral("1"),
                                 QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QMap<QString, QByteArray> parts;
        for (const QString &zip : QDir(out).entryList({QStringLiteral("*.zip")})) {
            QString error;
            const QMap<QString, QByteArray> entries = exporttest::readZip(QDir(out).filePath(zip), &error);
            QVERIFY2(!entries.isEmpty(), qPrintable(error));
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                const QString name = zip.section(QLatin1Char('-'), -1) + QLatin1Char('/') + it.key().section(QLatin1Char('/'), 1);
                if (name.contains(QLatin1String("/manifest-sha")) || zip.endsWith(QLatin1String("-application.zip")))
                    insertNormalised(&parts, name, it.value());
            }
        }
        QVERIFY2(parts.contains(QStringLiteral("evidence.zip/manifest-sha256.txt")), qPrintable(parts.keys().join(QLatin1Char(' '))));
        QVERIFY(parts.contains(QStringLiteral("evidence.zip/manifest-sha512.txt")));
        payloads << parts;
    }
    QCOMPARE(payloads.at(0).keys(), payloads.at(1).keys());
    QCOMPARE(payloads.at(0).keys(), payloads.at(2).keys());
    for (const QString &key : payloads.at(0).keys()) {
        QVERIFY2(payloads.at(1).value(key) == payloads.at(0).value(key), qPrintable(QStringLiteral("server: ") + key));
        QVERIFY2(payloads.at(2).value(key) == payloads.at(0).value(key), qPrintable(QStringLiteral("pulled: ") + key));
    }
}

void TestPushPull::pushIntoCollidingWorkspaceChangesNothing()
{
    // The copier itself never copies over records with the same ids.
    const QMap<QString, qint64> before = counts(m_server);
    {
        QString error;
        const std::unique_ptr<Workspace> source = Workspace::open(m_file, Workspace::Access::ReadOnly, &error);
        std::unique_ptr<Workspace> target = Workspace::open(m_server, Workspace::Access::ReadWrite, &error);
        QVERIFY2(source && target, qPrintable(error));
        QVERIFY(!WorkspaceCopy::copy(*source, *target, {}, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("already holds records with the ids")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("organisation 1 (1 record")), qPrintable(error));
    }
    QCOMPARE(counts(m_server), before);
    // push into a workspace that holds the records is the one-way sync: it brings what the file
    // changed since (nothing, the second time) and never copies a record twice.
    const ToolRun again = cli({QStringLiteral("push"), m_file, m_server});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    const QMap<QString, qint64> after = counts(m_server);
    const ToolRun twice = cli({QStringLiteral("push"), m_file, m_server});
    QVERIFY2(twice.exitCode == 0 && twice.out.contains("nothing to do"), qPrintable(describe(twice)));
    QCOMPARE(counts(m_server), after);
    QCOMPARE(after.value(QStringLiteral("organisation")), before.value(QStringLiteral("organisation")));
}

void TestPushPull::pullRefusesExistingFile()
{
    const QByteArray before = rows(m_pulled, QStringLiteral("SELECT count(*) FROM history")).join(QString()).toUtf8();
    const qint64 size = QFileInfo(m_pulled).size();
    const ToolRun run = cli({QStringLiteral("pull"), m_server, QStringLiteral("--organisation"), QStringLiteral("1"), m_pulled});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already exists"), run.err.constData());
    QCOMPARE(QFileInfo(m_pulled).size(), size);
    QCOMPARE(rows(m_pulled, QStringLiteral("SELECT count(*) FROM history")).join(QString()).toUtf8(), before);
    // Nor is a file left behind when the organisation does not exist.
    const QString other = m_dir.filePath(QStringLiteral("nothing.hoshi"));
    const ToolRun missing = cli({QStringLiteral("pull"), m_server, QStringLiteral("--organisation"), QStringLiteral("77"), other});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("no organisation with the id 77"), missing.err.constData());
    QVERIFY(!QFileInfo::exists(other));
}

void TestPushPull::cancelLeavesTargetUnchanged()
{
    const QString url = freshDatabase();
    QString error;
    std::unique_ptr<Workspace> target = Workspace::create(url, &error);
    QVERIFY2(target, qPrintable(error));
    const std::unique_ptr<Workspace> source = Workspace::open(m_file, Workspace::Access::ReadOnly, &error);
    QVERIFY2(source, qPrintable(error));
    WorkspaceCopy::Options options;
    qint64 seen = 0;
    options.progress = [&](qint64 done, qint64 total) {
        seen = total;
        return done == 0; // the first chunk of content: the rows before it are already written
    };
    WorkspaceCopy::Result result;
    QVERIFY(!WorkspaceCopy::copy(*source, *target, options, &result, &error));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(seen > 0);
    QCOMPARE(result.records, 0);
    for (auto [table, rowCount] : counts(url).asKeyValueRange())
        QVERIFY2(rowCount == 0, qPrintable(table));

    // The same copy, not cancelled, then succeeds in the same connection.
    options.progress = {};
    QVERIFY2(WorkspaceCopy::copy(*source, *target, options, &result, &error), qPrintable(error));
    QCOMPARE(counts(url), counts(m_file));
}

// A server that already holds another client's records (numbered far apart): the push fits in,
// content the server holds is referred to rather than copied, and new records are numbered after.
void TestPushPull::sharedContentAndNumbering()
{
    m_shared = freshDatabase();
    QString error;
    std::unique_ptr<Workspace> server = Workspace::create(m_shared, &error);
    QVERIFY2(server, qPrintable(error));
    QStringList restart;
    for (const QString &table : {"organisation", "product", "declaration", "assessment", "evidence", "evidence_file",
                                 "history", "baseline", "review_comment", "sign_off"})
        restart << QStringLiteral("ALTER TABLE %1 ALTER COLUMN id RESTART WITH 1000").arg(table);
    QVERIFY2(testserver::exec(m_shared, restart, &error), qPrintable(error));

    const std::unique_ptr<Workspace> desk = Workspace::open(m_file, Workspace::Access::ReadOnly, &error);
    QVERIFY2(desk, qPrintable(error));
    const QString sha = rows(m_file, QStringLiteral("SELECT sha256 FROM blob ORDER BY id LIMIT 1")).value(0);
    QBuffer content;
    content.open(QIODevice::WriteOnly);
    QVERIFY2(desk->readContent(sha, &content, &error), qPrintable(error));
    Organisation other;
    other.name = QStringLiteral("他社");
    const qint64 org = server->addOrganisation(other, &error);
    QCOMPARE(org, qint64(1000));
    Product product;
    product.organisationId = org;
    product.name = QStringLiteral("他社ルータ");
    const qint64 productId = server->addProduct(product, &error);
    const qint64 declaration = server->addDeclaration(productId, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
    QVERIFY2(declaration >= 1000, qPrintable(error));
    Evidence e;
    e.kind = EvidenceKind::DocumentReview;
    e.title = QStringLiteral("他社の取扱説明書");
    const qint64 evidence = server->addEvidence(declaration, {QStringLiteral("S1.1-01")}, e, &error);
    QVERIFY2(evidence >= 1000, qPrintable(error));
    QVERIFY2(server->attachData(evidence, QStringLiteral("manual.pdf"), content.data(), &error) > 0, qPrintable(error));

    WorkspaceCopy::Result result;
    QVERIFY2(WorkspaceCopy::copy(*desk, *server, {}, &result, &error), qPrintable(error));
    QCOMPARE(result.sharedBytes, content.data().size());
    const qint64 deskBytes = rows(m_file, QStringLiteral("SELECT sum(size) FROM blob")).value(0).toLongLong();
    QCOMPARE(result.contentBytes + result.sharedBytes, deskBytes);
    QCOMPARE(count(m_shared, QStringLiteral("blob")), count(m_file, QStringLiteral("blob")));
    QCOMPARE(count(m_shared, QStringLiteral("organisation")), 2);

    // New records are numbered after every copied one.
    Organisation later;
    later.name = QStringLiteral("後から");
    QCOMPARE(server->addOrganisation(later, &error), qint64(1001));
    const qint64 maxHistory = rows(m_shared, QStringLiteral("SELECT max(id) FROM history")).value(0).toLongLong();
    QVERIFY(maxHistory > 1000);
}

void TestPushPull::pullCopiesOneOrganisation()
{
    QVERIFY(!m_shared.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("other.hoshi"));
    const ToolRun run = cli({QStringLiteral("pull"), m_shared, QStringLiteral("--organisation"), QStringLiteral("1000"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(rows(out, QStringLiteral("SELECT id, name FROM organisation")), QStringList{QStringLiteral("1000|他社")});
    QCOMPARE(rows(out, QStringLiteral("SELECT count(*) FROM product")), QStringList{QStringLiteral("1")});
    QCOMPARE(rows(out, QStringLiteral("SELECT count(*) FROM declaration")), QStringList{QStringLiteral("1")});
    QCOMPARE(rows(out, QStringLiteral("SELECT count(*) FROM blob")), QStringList{QStringLiteral("1")});
    QCOMPARE(rows(out, QStringLiteral("SELECT id FROM criteria_set")), QStringList{QStringLiteral("JST-CR-01-01-2024R1")});
    // Its own history and the workspace-wide entries, none of the other organisation's.
    const QStringList history = rows(out, QStringLiteral("SELECT id FROM history ORDER BY id"));
    const QStringList expected = rows(m_shared, QStringLiteral(
        "SELECT id FROM history WHERE organisation_id = 1000 OR declaration_id IN (SELECT d.id FROM declaration d"
        " JOIN product p ON p.id = d.product_id WHERE p.organisation_id = 1000)"
        " OR (declaration_id IS NULL AND organisation_id IS NULL) ORDER BY id"));
    QVERIFY(history.size() >= 4);
    QCOMPARE(history, expected);
    const std::unique_ptr<Workspace> pulled = open(out);
    QVERIFY(pulled);
    QCOMPARE(pulled->evidenceOfDeclaration(pulled->declarations().value(0).id).value(0).files.value(0).sha256,
             rows(m_file, QStringLiteral("SELECT sha256 FROM blob ORDER BY id LIMIT 1")).value(0));
}

void TestPushPull::onlyTheOwnerPushes()
{
    const QString url = freshDatabase();
    QString error;
    QVERIFY2(Workspace::create(url, &error), qPrintable(error));
    const QString role = QStringLiteral("clerk_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QVERIFY2(testserver::exec(url, {QStringLiteral("CREATE ROLE %1 LOGIN").arg(role),
                                    QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(role),
                                    QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role)},
                              &error),
             qPrintable(error));
    const QString asClerk = QString(url).replace(QStringLiteral("user=hoshi"), QStringLiteral("user=") + role);
    const ToolRun run = cli({QStringLiteral("push"), m_file, asClerk});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Only the owner of the workspace"), run.err.constData());
    QCOMPARE(count(url, QStringLiteral("history")), 0);
}

void TestPushPull::unknownTableStopsTheCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("extra.hoshi"));
    QString error;
    {
        const std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("extra"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE future_feature (id INTEGER PRIMARY KEY, note TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("extra"));
    const std::unique_ptr<Workspace> source = Workspace::open(path, Workspace::Access::ReadOnly, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(WorkspaceCopy::unknownTables(*source, &error), QStringList{QStringLiteral("future_feature")});
    const QString url = freshDatabase();
    std::unique_ptr<Workspace> target = Workspace::create(url, &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY(!WorkspaceCopy::copy(*source, *target, {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("future_feature")), qPrintable(error));
}

// A workspace with users and roles (server init) is pushed into and pulled from like any other;
// who may do what stays with the server.
void TestPushPull::usersAndRolesStayOnTheServer()
{
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    const ToolRun init = cli({QStringLiteral("server"), QStringLiteral("init"), url});
    QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    const ToolRun push = cli({QStringLiteral("push"), m_file, url});
    QVERIFY2(push.exitCode == 0, qPrintable(describe(push)));
    QString error;
    QVERIFY2(testserver::exec(url, {QStringLiteral("CREATE ROLE pp_alice LOGIN")}, &error) || error.contains("exists"),
             qPrintable(error));
    const ToolRun grant = cli({QStringLiteral("server"), QStringLiteral("grant"), url, QStringLiteral("--user"),
                               QStringLiteral("pp_alice"), QStringLiteral("--organisation"), QStringLiteral("1"),
                               QStringLiteral("--role"), QStringLiteral("preparer")});
    QVERIFY2(grant.exitCode == 0, qPrintable(describe(grant)));
    const QString out = m_dir.filePath(QStringLiteral("from-access.hoshi"));
    const ToolRun pull = cli({QStringLiteral("pull"), url, QStringLiteral("--organisation"), QStringLiteral("1"), out});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
    QCOMPARE(dump(out), dump(m_file)); // the desk holds one organisation: all of it came back
    QCOMPARE(rows(out, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'hoshi_%'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(rows(url, QStringLiteral("SELECT username, organisation_id, role FROM hoshi_access")),
             QStringList{QStringLiteral("pp_alice|1|preparer")});
}

QTEST_GUILESS_MAIN(TestPushPull)
#include "testpushpull.moc"
