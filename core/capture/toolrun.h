// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "capturerecipe.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace hoshi {

// Runs an installed tool (nmap, testssl.sh, ssh-audit) with a recipe against a target the user
// confirmed, writing its machine-readable output into a temporary folder that lives as long as
// this object. Emits the tool's output line by line and finished() once: with the output file
// on success, with a translated error otherwise (tool missing, non-zero exit without output,
// cancelled, time limit). Core only: no widgets.
class ToolRun : public QObject
{
    Q_OBJECT

public:
    explicit ToolRun(QObject *parent = nullptr);
    ~ToolRun() override;

    // The program run for a tool ("nmap", "testssl.sh", "ssh-audit"), found on PATH; "" when absent.
    [[nodiscard]] static QString programFor(CaptureTool tool);
    // The installed tool's version as it reports it ("7.93"); "" when absent or not stated. For
    // outputs that do not record the version (ssh-audit, testssl.sh's flat JSON) of a run Hoshi made.
    [[nodiscard]] static QString installedVersion(CaptureTool tool);
    // Whether target is something Hoshi passes to a tool: a host name or address with an
    // optional port, no options (leading '-'), no spaces or shell characters.
    [[nodiscard]] static bool isAcceptableTarget(const QString &target, QString *error);

    void setTimeLimit(int seconds) { m_timeLimitSeconds = seconds; }
    [[nodiscard]] int timeLimit() const { return m_timeLimitSeconds; }

    // Starts the run; false (and no signal) when it cannot start. The target replaces the recipe's.
    [[nodiscard]] bool start(const CaptureRecipe &recipe, const QString &target, QString *error);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // The full argument list of the current/last run (for the log and tests).
    [[nodiscard]] QStringList lastArguments() const { return m_arguments; }

    // Runs to the end in the calling thread (the CLI); false with *error like finished().
    [[nodiscard]] bool runBlocking(const CaptureRecipe &recipe, const QString &target, QString *outputPath,
                                   QString *error);

Q_SIGNALS:
    void progressLine(const QString &line);
    void finished(const QString &outputPath, const QString &error);

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(const QString &outputPath, const QString &error);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTimer m_timer;
    CaptureTool m_tool = CaptureTool::Nmap;
    QString m_outputPath;
    QStringList m_arguments;
    QByteArray m_pending;
    int m_timeLimitSeconds = 600;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace hoshi
