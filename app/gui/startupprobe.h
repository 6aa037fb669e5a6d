// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace hoshi {

// With HOSHI_PRINT_STARTUP=1 in the environment, prints when the main window first painted:
// the wall-clock time (for a benchmark that started the process) and the time since main().
// With HOSHI_EXIT_AFTER_FIRST_PAINT=1 the application then quits. Measures, never asserts.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget *window, const QElapsedTimer &sinceMain, QObject *parent = nullptr);
    [[nodiscard]] static bool wanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QElapsedTimer m_sinceMain;
    bool m_done = false;
};

} // namespace hoshi
