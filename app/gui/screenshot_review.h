// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi {

class AuditorPage;
class MainWindow;

// Screenshot pages of the review work (see Screenshot): "item-comments" (an item with a comment
// thread, partly from imported findings), "review" (an approval made stale by a later change,
// with the review dock open) and, once the auditor page has verified its archive,
// "auditor-findings" (findings being recorded). The example texts follow the UI language.
namespace ReviewScreenshots {

[[nodiscard]] bool isReviewPage(const QString &page);
// On the complete declaration, which the window shows already.
[[nodiscard]] bool prepare(MainWindow *window, const QString &page);
void recordFindings(AuditorPage *page);

} // namespace ReviewScreenshots

} // namespace hoshi
