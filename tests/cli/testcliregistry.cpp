// SPDX-License-Identifier: Apache-2.0
// hoshi-cli's command registry is the one list of commands: every command in the usage text
// dispatches and has its help, every help page has a man-page section in both languages and a
// completion entry, and whether a command needs QtGui is decided on the parsed command (so
// `--lang en` before it changes nothing).
#include "demo/demoworkspace.h"
#include "clirun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hoshi;
using exporttest::describe;
using exporttest::runTool;
using exporttest::ToolRun;

namespace {

ToolRun cli(const QStringList &args)
{
    return exporttest::cliInEnglish(args);
}

QStringList listedPages()
{
    const ToolRun run = cli({QStringLiteral("--list-commands")});
    return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The command words of the usage text's synopsis lines ("  label page WS ..." -> "label").
QStringList usageCommands()
{
    const ToolRun run = cli({QStringLiteral("--help")});
    QStringList commands;
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^  ([a-z][a-z-]*) ")).match(line);
        if (m.hasMatch() && !commands.contains(m.captured(1)))
            commands << m.captured(1);
    }
    return commands;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyUsageCommandDispatches()
    {
        const QStringList commands = usageCommands();
        QVERIFY2(commands.size() >= 30, qPrintable(commands.join(QLatin1Char(' '))));
        const QStringList pages = listedPages();
        for (const QString &command : commands) {
            const bool single = pages.contains(command);
            const bool withVerbs = std::any_of(pages.cbegin(), pages.cend(), [&command](const QString &page) {
                return page.startsWith(command + QLatin1Char(' '));
            });
            QVERIFY2(single || withVerbs, qPrintable(command + QStringLiteral(" is in the usage but not in --list-commands")));
            // A command runs its own code: a single command answers --help, a group without a
            // verb names its verbs (each verb's help is checked below).
            const ToolRun help = cli({command, QStringLiteral("--help")});
            QVERIFY2(!help.err.contains("unknown command"), qPrintable(command));
            QVERIFY2(single ? help.exitCode == 0 && help.out.contains("hoshi-cli") : help.exitCode == 0 || help.exitCode == 2,
                     qPrintable(command + QLatin1Char('\n') + describe(help)));
        }
        QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 2);
    }

    void everyHelpPageAnswers()
    {
        const QStringList pages = listedPages();
        QVERIFY(pages.contains(QStringLiteral("label page")));
        for (const QString &page : pages) {
            const ToolRun help = cli(page.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0 && help.out.contains("hoshi-cli"), qPrintable(page + QLatin1Char('\n') + describe(help)));
        }
    }

    void manPagesHaveEverySection_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("en") << QStringLiteral("packaging/man/hoshi-cli.1");
        QTest::newRow("ja") << QStringLiteral("packaging/man/ja/hoshi-cli.1");
    }
    void manPagesHaveEverySection()
    {
        QFETCH(QString, page);
        const QString text = QString::fromUtf8(readAll(QStringLiteral(HOSHI_SOURCE_DIR "/") + page));
        QVERIFY(!text.isEmpty());
        for (const QString &p : listedPages()) {
            QVERIFY2(text.contains(QStringLiteral("\n.SS ") + p + QLatin1Char('\n')),
                     qPrintable(page + QStringLiteral(" has no section for ") + p + QStringLiteral(": run tools/make-manpages.py")));
        }
    }

    void completionHasEveryCommandAndVerb()
    {
        const QString script = QString::fromUtf8(cli({QStringLiteral("--completion")}).out);
        const QRegularExpressionMatch commands = QRegularExpression(QStringLiteral("local commands=\"([^\"]*)\"")).match(script);
        QVERIFY(commands.hasMatch());
        const QStringList words = commands.captured(1).split(QLatin1Char(' '));
        for (const QString &command : usageCommands())
            QVERIFY2(words.contains(command), qPrintable(command + QStringLiteral(" is missing from the completion")));
        for (const QString &page : listedPages()) {
            const QStringList parts = page.split(QLatin1Char(' '));
            if (parts.size() < 2)
                continue;
            const QRegularExpression verbs(QStringLiteral("\\n        %1\\) verb=\"([^\"]*)\"").arg(QRegularExpression::escape(parts[0])));
            const QRegularExpressionMatch m = verbs.match(script);
            QVERIFY2(m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).contains(parts[1]),
                     qPrintable(page + QStringLiteral(" is missing from the completion")));
        }
        // The packaged file is the build's copy of that output.
        const QByteArray built = readAll(QStringLiteral(HOSHI_BUILD_DIR "/packaging/hoshi-cli.bash-completion"));
        QCOMPARE(QString::fromUtf8(built), script);
        const ToolRun syntax = runTool(QStringLiteral("bash"), {QStringLiteral("-n"), QStringLiteral(HOSHI_BUILD_DIR "/packaging/hoshi-cli.bash-completion")});
        QVERIFY2(syntax.exitCode == 0, qPrintable(describe(syntax)));
    }

    // `--lang en` before the command used to hide "label page" from the QtGui decision.
    void labelPageWithLanguageFirst()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("demo.hoshi"));
        DemoIds ids;
        QString error;
        QVERIFY2(DemoWorkspace::create(ws, &ids, &error), qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
        const ToolRun run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("label"), QStringLiteral("page"), ws,
                                 QStringLiteral("--declaration"), QString::number(ids.completeDeclaration),
                                 QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        const QString pdf2 = dir.filePath(QStringLiteral("page2.pdf"));
        const ToolRun after = cli({QStringLiteral("label"), QStringLiteral("--lang=en"), QStringLiteral("page"), ws,
                                   QStringLiteral("--declaration"), QString::number(ids.completeDeclaration),
                                   QStringLiteral("--out"), pdf2});
        QVERIFY2(after.exitCode == 0, qPrintable(describe(after)));
        QVERIFY(readAll(pdf2).startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestCliRegistry)
#include "testcliregistry.moc"
