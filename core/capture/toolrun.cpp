// SPDX-License-Identifier: Apache-2.0
#include "toolrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hoshi {

namespace {

// Options a recipe may not carry: they would write elsewhere, read targets from files, run
// scripts given by the file, or otherwise leave what a capture is about.
bool forbiddenArgument(const QString &a)
{
    static const QStringList prefixes{QStringLiteral("-o"), QStringLiteral("-i"), QStringLiteral("--script"),
                                      QStringLiteral("--datadir"), QStringLiteral("--resume"), QStringLiteral("--stylesheet"),
                                      QStringLiteral("--json"), QStringLiteral("--log"), QStringLiteral("--csv"),
                                      QStringLiteral("--html"), QStringLiteral("--outfile"), QStringLiteral("--file"),
                                      QStringLiteral("-T"), QStringLiteral("--targets"), QStringLiteral("--policy"),
                                      QStringLiteral("-P"), QStringLiteral("--lookup"), QStringLiteral("--append")};
    if (a.contains(QLatin1Char('/')) && a.startsWith(QLatin1Char('-')))
        return true;
    for (const QString &p : prefixes) {
        if (a.startsWith(p) && !(p == QLatin1String("-T") && QRegularExpression(QStringLiteral("^-T[0-5]$")).match(a).hasMatch())
            && !(p == QLatin1String("-P") && QRegularExpression(QStringLiteral("^-P[ESAUYN0]")).match(a).hasMatch()))
            return true;
    }
    return false;
}

} // namespace

ToolRun::ToolRun(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_process)
            m_process->kill();
    });
}

ToolRun::~ToolRun()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QString ToolRun::programFor(CaptureTool tool)
{
    switch (tool) {
    case CaptureTool::Nmap:
        return QStandardPaths::findExecutable(QStringLiteral("nmap"));
    case CaptureTool::Testssl: {
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("testssl.sh"));
        return sh.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("testssl")) : sh; // Debian names it testssl
    }
    case CaptureTool::SshAudit:
        return QStandardPaths::findExecutable(QStringLiteral("ssh-audit"));
    case CaptureTool::CycloneDx:
        break;
    }
    return {};
}

QString ToolRun::installedVersion(CaptureTool tool)
{
    const QString program = programFor(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, {tool == CaptureTool::SshAudit ? QStringLiteral("-h") : QStringLiteral("--version")});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    const QString text = QString::fromUtf8(process.readAll()).remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
    static const QRegularExpression version(QStringLiteral("(?:Nmap version|ssh-audit v|testssl(?:\\.sh)?)\\s*([0-9][0-9A-Za-z.]*)"));
    return version.match(text).captured(1);
}

bool ToolRun::isAcceptableTarget(const QString &target, QString *error)
{
    // A host name, IPv4 or [IPv6]/IPv6 address, with an optional :port.
    static const QRegularExpression ok(QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[0-9A-Fa-f:.]+|[A-Za-z0-9]([A-Za-z0-9.-]{0,252}))(:[0-9]{1,5})?$"));
    if (target.isEmpty() || target.startsWith(QLatin1Char('-')) || !ok.match(target).hasMatch()) {
        if (error)
            *error = ToolRun::tr("\"%1\" is not a host name or address (with an optional :port)").arg(target.left(100));
        return false;
    }
    return true;
}

bool ToolRun::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ToolRun::start(const CaptureRecipe &recipe, const QString &target, QString *error)
{
    QString ignored;
    QString &problem = error ? *error : ignored;
    if (isRunning()) {
        problem = ToolRun::tr("a tool is running already");
        return false;
    }
    const QString program = programFor(recipe.tool);
    if (recipe.tool == CaptureTool::CycloneDx) {
        problem = ToolRun::tr("an SBOM is not produced by running a tool from Hoshi");
        return false;
    }
    if (program.isEmpty()) {
        problem = ToolRun::tr("%1 is not installed (not found on PATH)").arg(captureToolName(recipe.tool));
        return false;
    }
    const QString host = target.isEmpty() ? recipe.target : target;
    if (!isAcceptableTarget(host, &problem))
        return false;
    for (const QString &a : recipe.arguments) {
        if (forbiddenArgument(a)) {
            problem = ToolRun::tr("the recipe option \"%1\" is not run by Hoshi (output, input and script options are its own)").arg(a.left(100));
            return false;
        }
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        problem = ToolRun::tr("cannot make a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    m_tool = recipe.tool;
    m_cancelled = m_timedOut = m_done = false;
    m_pending.clear();
    QString hostOnly = host;
    QString port;
    if (recipe.tool == CaptureTool::Nmap) {
        // nmap takes ports by -p; a "host:port" target becomes "-p port host".
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(.*[^:]):([0-9]{1,5})$")).match(host);
        if (m.hasMatch() && !host.contains(QLatin1String("::"))) {
            hostOnly = m.captured(1);
            port = m.captured(2);
        }
    }
    switch (recipe.tool) {
    case CaptureTool::Nmap:
        m_outputPath = m_dir->filePath(QStringLiteral("nmap.xml"));
        m_arguments = recipe.arguments;
        if (!port.isEmpty())
            m_arguments << QStringLiteral("-p") << port;
        m_arguments << QStringLiteral("-oX") << m_outputPath << hostOnly;
        break;
    case CaptureTool::Testssl:
        m_outputPath = m_dir->filePath(QStringLiteral("testssl.json"));
        m_arguments = recipe.arguments;
        if (!m_arguments.contains(QStringLiteral("--warnings"))) // never wait for an answer on a terminal
            m_arguments << QStringLiteral("--warnings") << QStringLiteral("batch");
        m_arguments << QStringLiteral("--jsonfile-pretty") << m_outputPath << host;
        break;
    default:
        m_outputPath = m_dir->filePath(QStringLiteral("ssh-audit.json"));
        m_arguments = recipe.arguments;
        m_arguments << QStringLiteral("-j") << host;
        break;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir->path());
    if (recipe.tool == CaptureTool::SshAudit) {
        // ssh-audit -j writes its JSON to standard output: straight into the output file.
        m_process->setStandardOutputFile(m_outputPath);
        connect(m_process.get(), &QProcess::readyReadStandardError, this, &ToolRun::readOutput);
    } else {
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &ToolRun::readOutput);
    }
    connect(m_process.get(), &QProcess::finished, this, &ToolRun::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish({}, ToolRun::tr("%1 could not be started: %2").arg(captureToolName(m_tool), m_process->errorString()));
    });
    Q_EMIT progressLine(QStringLiteral("$ %1 %2").arg(QFileInfo(program).fileName(), m_arguments.join(QLatin1Char(' '))));
    m_process->start(program, m_arguments);
    m_timer.start(m_timeLimitSeconds * 1000);
    return true;
}

void ToolRun::cancel()
{
    m_cancelled = true;
    if (isRunning())
        m_process->kill();
}

void ToolRun::readOutput()
{
    m_pending += m_tool == CaptureTool::SshAudit ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    int newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        Q_EMIT progressLine(QString::fromUtf8(m_pending.left(newline)).remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m"))));
        m_pending.remove(0, newline + 1);
    }
}

void ToolRun::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    if (!m_pending.isEmpty())
        Q_EMIT progressLine(QString::fromUtf8(m_pending));
    m_pending.clear();
    if (m_cancelled)
        return finish({}, ToolRun::tr("cancelled"));
    if (m_timedOut)
        return finish({}, ToolRun::tr("%1 did not finish within %2 seconds and was stopped").arg(captureToolName(m_tool)).arg(m_timeLimitSeconds));
    if (status != QProcess::NormalExit)
        return finish({}, ToolRun::tr("%1 stopped abnormally").arg(captureToolName(m_tool)));
    const QFileInfo output(m_outputPath);
    if (!output.isFile() || output.size() == 0)
        return finish({}, ToolRun::tr("%1 ended (exit code %2) without writing its output").arg(captureToolName(m_tool)).arg(exitCode));
    finish(m_outputPath, {});
}

void ToolRun::finish(const QString &outputPath, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished(outputPath, error);
}

bool ToolRun::runBlocking(const CaptureRecipe &recipe, const QString &target, QString *outputPath, QString *error)
{
    QEventLoop loop;
    QString path;
    QString failure;
    const QMetaObject::Connection c = connect(this, &ToolRun::finished, &loop, [&](const QString &p, const QString &e) {
        path = p;
        failure = e;
        loop.quit();
    });
    if (!start(recipe, target, error)) {
        disconnect(c);
        return false;
    }
    if (!m_done)
        loop.exec();
    disconnect(c);
    if (outputPath)
        *outputPath = path;
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace hoshi
