// SPDX-License-Identifier: Apache-2.0
#include "findings.h"

namespace hoshi {

namespace {

class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::Finding)
};

} // namespace

QString findingStatusKey(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Accepted:
        return QStringLiteral("accepted");
    case FindingStatus::Question:
        return QStringLiteral("question");
    case FindingStatus::MoreEvidence:
        return QStringLiteral("more-evidence");
    }
    return {};
}

std::optional<FindingStatus> findingStatusFromKey(const QString &key)
{
    for (FindingStatus s : {FindingStatus::Accepted, FindingStatus::Question, FindingStatus::MoreEvidence}) {
        if (findingStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString findingStatusName(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Accepted:
        return FindingText::tr("Accepted");
    case FindingStatus::Question:
        return FindingText::tr("Question");
    case FindingStatus::MoreEvidence:
        return FindingText::tr("More evidence needed");
    }
    return {};
}

const Finding *FindingsDocument::findingOf(const QString &itemId) const
{
    for (const Finding &f : findings) {
        if (f.itemId == itemId)
            return &f;
    }
    return nullptr;
}

void FindingsDocument::setFinding(const QString &itemId, std::optional<FindingStatus> status, const QString &text)
{
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).itemId != itemId)
            continue;
        if (status)
            findings[i] = Finding{itemId, *status, text};
        else
            findings.removeAt(i);
        return;
    }
    if (status)
        findings.append(Finding{itemId, *status, text});
}

} // namespace hoshi
