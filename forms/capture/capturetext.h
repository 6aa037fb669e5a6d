// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "capture/captureresult.h"
#include "common/statuscolours.h"

#include <QCoreApplication>
#include <QString>

class QTreeWidgetItem;

namespace hoshi {

struct Evidence;

// How captured tool output reads in the GUI: severities with their tone, findings and summaries
// in the user's language, one line naming a capture (tool, version, target, firmware image).
class CaptureText
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CaptureText)

public:
    [[nodiscard]] static QString severityName(const QString &severity);
    [[nodiscard]] static Tone severityTone(const QString &severity);
    [[nodiscard]] static QString findingText(const CaptureFinding &finding);
    [[nodiscard]] static QString summary(const CaptureResult &result);
    // "nmap 7.93 · 127.0.0.1 · firmware image 3f2a91c0…" (what is known of it).
    [[nodiscard]] static QString captureLine(const Evidence &evidence);
    // The first 12 hex digits of a SHA-256, for display (the full value is in the tool tip).
    [[nodiscard]] static QString shortHash(const QString &sha256);
    // Severity in column severityColumn (coloured), the finding's text in textColumn.
    static void fillFindingRow(QTreeWidgetItem *row, const CaptureFinding &finding, int severityColumn,
                               int textColumn);
};

} // namespace hoshi
