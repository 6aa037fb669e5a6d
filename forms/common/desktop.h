// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QUrl>

namespace hoshi {

// Opens files and folders with the desktop's applications (QDesktopServices). Tests switch it
// to recording, so that clicking "Open folder" in a test starts no file manager.
class Desktop
{
public:
    static bool openUrl(const QUrl &url);

    // Test seams.
    static void setRecording(bool on);
    [[nodiscard]] static QList<QUrl> openedUrls();
    static void clearOpenedUrls();
};

} // namespace hoshi
