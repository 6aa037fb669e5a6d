// SPDX-License-Identifier: Apache-2.0
// The UK PSTI route output: hoshi-cli export --language en writes an English checklist with the
// three exempt items marked, and the statement of compliance kept in the workspace goes into
// the package. Also the informative ETSI EN 303 645 view (hoshi-cli etsi).
#include "demo/demoworkspace.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}

} // namespace

class TestCliPsti : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    qint64 m_declaration = -1;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("psti.hoshi"));
        DemoIds ids;
        QString error;
        QVERIFY2(DemoWorkspace::create(m_workspace, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        // The complete router declaration, carried over (same set: everything kept), on the PSTI route.
        QStringList review;
        m_declaration = ws->carryOverDeclaration(ids.completeDeclaration, QStringLiteral("JST-CR-01-01-2024R1"), &review, &error);
        QVERIFY2(m_declaration > 0, qPrintable(error));
        QVERIFY(review.isEmpty());
        std::optional<Declaration> d = ws->declaration(m_declaration);
        d->route = Route::Psti;
        d->evaluationCompletedOn = QDate(2026, 10, 10);
        QVERIFY2(ws->updateDeclaration(*d, &error), qPrintable(error));
        // The exempt items are left unanswered on the PSTI route.
        for (const char *item : {"S1.1-02", "S1.1-05", "S1.1-16"})
            QVERIFY2(ws->setAssessment(m_declaration, QLatin1String(item), Verdict::NotAssessed, {}, {}, &error), qPrintable(error));
        const QString statement = m_dir.filePath(QStringLiteral("statement.pdf"));
        QFile f(statement);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n% PSTI statement of compliance (test)\n");
        f.close();
        QVERIFY2(ws->attachPstiStatement(m_declaration, statement, &error) > 0, qPrintable(error));
    }

    void englishPackageOnThePstiRoute()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        int code = -1;
        const QByteArray log = run(QStringLiteral(HOSHI_CLI_PATH),
                                   {QStringLiteral("export"), m_workspace, QStringLiteral("--declaration"), QString::number(m_declaration),
                                    QStringLiteral("--out"), out, QStringLiteral("--no-archive"), QStringLiteral("--language"),
                                    QStringLiteral("en")},
                                   &code);
        QVERIFY2(code == 0, log.constData());
        const QStringList folders = QDir(out).entryList({QStringLiteral("*-application")}, QDir::Dirs);
        QCOMPARE(folders.size(), 1);
        const QDir package(QDir(out).filePath(folders.first()));
        QVERIFY(package.exists(QStringLiteral("psti-statement-of-compliance.pdf")));
        QFile statement(package.filePath(QStringLiteral("psti-statement-of-compliance.pdf")));
        QVERIFY(statement.open(QIODevice::ReadOnly));
        QVERIFY(statement.readAll().contains("PSTI statement of compliance (test)"));
        QVERIFY(run(QStringLiteral("unzip"), {QStringLiteral("-l"), QDir(out).filePath(folders.first() + QStringLiteral(".zip"))})
                    .contains("psti-statement-of-compliance.pdf"));

        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                                   {package.filePath(QStringLiteral("checklist.pdf")), QStringLiteral("-")}));
        // Table cells wrap: compare without white space (pdftotext's reading order keeps a cell together).
        QString compact = text;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(compact.contains(QLatin1String("JC-STARconformancechecklist")), qPrintable(text));
        QVERIFY(compact.contains(QLatin1String("Nosharedorguessabledefaultpasswords")));
        QVERIFY(compact.contains(QLatin1String("Simple,clearlyexplainedupdateprocedure")));
        QCOMPARE(compact.count(QLatin1String("Exempt(UK")), 3); // the cell may wrap before "PSTI)"
        QVERIFY(!text.contains(QStringLiteral("適合性チェックリスト")));
        QVERIFY(!text.contains(QStringLiteral("初期パスワード")));
        // The evaluation points are listed under their item, in English.
        QVERIFY(compact.contains(QLatin1String("S1.1-07-b")));
        QVERIFY(compact.contains(QLatin1String("reliedon")));

        QFile csv(package.filePath(QStringLiteral("checklist.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvText = csv.readAll();
        QVERIFY(csvText.contains("Evaluation points"));
        QCOMPARE(csvText.count("Exempt (UK PSTI)"), 3);
    }

    void unknownLanguageIsRefused()
    {
        int code = -1;
        const QByteArray log = run(QStringLiteral(HOSHI_CLI_PATH),
                                   {QStringLiteral("export"), m_workspace, QStringLiteral("--declaration"), QString::number(m_declaration),
                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("fr")), QStringLiteral("--language"),
                                    QStringLiteral("fr")},
                                   &code);
        QCOMPARE(code, 2);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("fr"))).exists());
    }

    void etsiViewIsMarkedAsInference()
    {
        int code = -1;
        const QString csv = QString::fromUtf8(run(QStringLiteral(HOSHI_CLI_PATH),
                                                  {QStringLiteral("etsi"), m_workspace, QStringLiteral("--declaration"),
                                                   QString::number(m_declaration)},
                                                  &code));
        QCOMPARE(code, 0);
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.first().contains(QLatin1String("ETSI EN 303 645 provision")));
        // 5.1-1 (passwords) is a UK PSTI provision, mapped from S1.1-02.
        const QString passwords = lines.filter(QRegularExpression(QStringLiteral("^5\\.1-1,"))).value(0);
        QVERIFY2(passwords.contains(QLatin1String("yes")) && passwords.contains(QLatin1String("S1.1-02")), qPrintable(passwords));
        for (int i = 1; i < lines.size(); ++i) {
            if (QRegularExpression(QStringLiteral("^5\\.")).match(lines.at(i)).hasMatch())
                QVERIFY2(lines.at(i).contains(QLatin1String("not an official table")), qPrintable(lines.at(i)));
        }
        // Ordered by provision number: 5.3-13 after 5.3-3.
        QVERIFY(csv.indexOf(QLatin1String("\r\n5.3-13,")) > csv.indexOf(QLatin1String("\r\n5.3-3,")));
    }
};

QTEST_GUILESS_MAIN(TestCliPsti)
#include "testclipsti.moc"
