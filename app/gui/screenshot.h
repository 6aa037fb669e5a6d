// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace hoshi {

class MainWindow;

// The hidden --screenshot option: puts the window on a named page of the open workspace,
// lets it render, saves the window as PNG and quits (exit code 0 when the page was found and
// the file written). Used by tools/screenshots.sh under Xvfb.
class Screenshot : public QObject
{
    Q_OBJECT

public:
    static QStringList pages();
    Screenshot(MainWindow *window, const QString &page, const QString &output, QObject *parent = nullptr);
    ~Screenshot() override;
    void start();

private:
    bool prepare();
    // Pages that run something in the background (export, verification) are captured once it
    // has ended.
    [[nodiscard]] bool ready() const;
    void waitUntilReady(int attempts);
    void capture();
    bool showItemWithFile(const QString &mediaPrefix, bool deviceTest, bool openEditor);
    bool showCompleteDeclaration();
    bool prepareExport();
    bool prepareAuditor();
    [[nodiscard]] bool prepareLabel();
    bool prepareCriteria();
    // screenshot_firsthour.cpp
    bool prepareStart();
    bool prepareTamperedAuditor(const QString &archive);
    // screenshot_server.cpp: File ▸ Open server workspace… over the window.
    bool prepareOpenServer();
    // screenshot_sync.cpp: File ▸ Synchronise… previewing a second copy of the demo, with a
    // conflict (ready once the preview has arrived).
    bool prepareSync();
    [[nodiscard]] bool syncReady() const;
    // screenshot_form.cpp: the form dialog of the complete declaration with the workbook named
    // by HOSHI_SCREENSHOT_FORM attached (tools/screenshots.sh makes it).
    bool prepareForm();
    // screenshot_capture.cpp: captured tool output on the item page, and the run-again dialog
    // (ready once nmap has run again).
    bool prepareCapture();
    [[nodiscard]] bool captureReady() const;

    MainWindow *m_window;
    QString m_page;
    QString m_output;
    std::unique_ptr<QTemporaryDir> m_folder; // where the export and auditor pages write
};

} // namespace hoshi
