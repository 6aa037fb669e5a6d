#pragma once

#include <QObject>
#include <QString>

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
    void start();

private:
    bool prepare();
    void capture();
    bool showItemWithFile(const QString &mediaPrefix, bool deviceTest, bool openEditor);

    MainWindow *m_window;
    QString m_page;
    QString m_output;
};

} // namespace hoshi
