// SPDX-License-Identifier: Apache-2.0
// hoshi: the desktop workbench. Wiring only: command line, settings, translators, main window.
#include "darkpalette.h"
#include "screenshot.h"
#include "startupprobe.h"
#include "translations.h"

#include "common/accessiblenames.h"
#include "common/settings.h"
#include "common/verdictstyle.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "storage/location.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMimeDatabase>

#include <cstdio>

namespace {

// `hoshi FILE` opens a workspace or, for a ZIP, an evidence archive in the auditor mode. The
// extension decides first; a file without it is recognised by its content (a ZIP starts with
// "PK", a workspace is SQLite), so a renamed archive still opens in the auditor mode.
bool isArchive(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
        return true;
    if (QFileInfo(path).suffix().compare(QLatin1String("hoshi"), Qt::CaseInsensitive) == 0)
        return false;
    return QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).inherits(QStringLiteral("application/zip"));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hoshi"));
    QApplication::setApplicationName(QStringLiteral("hoshi"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hoshi"));
    QApplication::setApplicationVersion(QStringLiteral(HOSHI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("hoshi"));
    QApplication::setWindowIcon(hoshi::VerdictStyle::applicationIcon());
    hoshi::applyPaletteFromEnvironment(app);
    hoshi::AccessibleNames::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hoshi: JC-STAR self-declaration workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The .hoshi workspace to open, a workspace on a PostgreSQL server "
                                                "(postgresql://[user@]host[:port]/database), or an evidence archive "
                                                "(.zip) to check in the auditor mode."),
                                 QStringLiteral("[workspace.hoshi | postgresql://... | archive.zip]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the built-in demo (a temporary copy, discarded on exit)."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("Open the workspace read-only."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("User interface language: ja or en."),
                                      QStringLiteral("language"));
    // Hidden: used by tools/screenshots.sh.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot and quit."),
                                  QStringLiteral("file.png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page for --screenshot."), QStringLiteral("page"),
                            QStringLiteral("checklist"));
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, readOnly, language, screenshot, page});
    parser.process(app);

    // The command line wins over the saved choice, which wins over the system locale; a
    // language given on the command line is not remembered.
    hoshi::Translations::apply(parser.isSet(language) ? parser.value(language) : hoshi::Settings::language());

    hoshi::MainWindow window;
    QObject::connect(&window, &hoshi::MainWindow::languageRequested, &app,
                     [](const QString &l) { hoshi::Translations::apply(l); });

    // Opened before the window is shown, so that the first paint shows the workspace.
    bool opened = true;
    if (parser.isSet(demo))
        opened = window.openDemo();
    else if (!parser.positionalArguments().isEmpty()
             && !hoshi::WorkspaceLocation::looksLikeServer(parser.positionalArguments().constFirst())
             && isArchive(parser.positionalArguments().constFirst()))
        opened = window.openArchive(parser.positionalArguments().constFirst());
    else if (!parser.positionalArguments().isEmpty())
        opened = window.openWorkspace(parser.positionalArguments().constFirst(), parser.isSet(readOnly));

    std::unique_ptr<hoshi::StartupProbe> probe;
    if (hoshi::StartupProbe::wanted())
        probe = std::make_unique<hoshi::StartupProbe>(&window, sinceMain);

    std::unique_ptr<hoshi::Screenshot> shot;
    if (parser.isSet(screenshot)) {
        if (!hoshi::Screenshot::pages().contains(parser.value(page))) {
            std::fprintf(stderr, "hoshi: unknown page %s (one of: %s)\n", qPrintable(parser.value(page)),
                         qPrintable(hoshi::Screenshot::pages().join(QLatin1String(", "))));
            return 2;
        }
        if (!opened)
            return 1;
        // Screenshots are taken at a fixed size and window layout, whatever was saved before:
        // 1280x800, or the whole of a smaller screen (tools/screenshots.sh also runs 1024x700).
        const QSize screen = window.screen() ? window.screen()->availableSize() : QSize(1280, 800);
        window.resize(std::min(1280, screen.width()), std::min(800, screen.height()));
        shot = std::make_unique<hoshi::Screenshot>(&window, parser.value(page), parser.value(screenshot));
        window.show();
        shot->start();
    } else {
        // From here on the declarations are read off the GUI thread (the screenshots above
        // stay synchronous: they photograph the window right after asking for a page).
        window.session()->setBackgroundReads(true);
        window.show();
        // The history records who made each change: ask for the name once, over the window.
        if (!hoshi::StartupProbe::wanted())
            QTimer::singleShot(0, &window, &hoshi::MainWindow::askUserNameOnFirstRun);
    }
    return app.exec();
}
