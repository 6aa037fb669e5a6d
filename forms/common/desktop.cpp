// SPDX-License-Identifier: Apache-2.0
#include "desktop.h"

#include <QDesktopServices>

namespace hoshi {

namespace {

struct State {
    bool recording = false;
    QList<QUrl> opened;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

bool Desktop::openUrl(const QUrl &url)
{
    if (state().recording) {
        state().opened.append(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void Desktop::setRecording(bool on)
{
    state().recording = on;
}

QList<QUrl> Desktop::openedUrls()
{
    return state().opened;
}

void Desktop::clearOpenedUrls()
{
    state().opened.clear();
}

} // namespace hoshi
