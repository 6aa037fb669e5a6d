// SPDX-License-Identifier: Apache-2.0
#include "evidencerules.h"

#include "submissiongate.h"

namespace hoshi {

bool EvidenceRules::isEmpty(const Evidence &e)
{
    if (!e.files.isEmpty())
        return false;
    const QString *written[] = {&e.title,     &e.documentNumber, &e.pages,   &e.chapter, &e.url,
                                &e.excerpt,   &e.procedure,      &e.summary, &e.tester,  &e.environment};
    for (const QString *text : written) {
        if (!text->trimmed().isEmpty())
            return false;
    }
    return true;
}

QList<GateProblem> EvidenceRules::check(const QString &itemId, const QList<Evidence> &evidence)
{
    QList<GateProblem> problems;
    for (const Evidence &e : evidence) {
        if (!isEmpty(e))
            continue;
        problems.append({GateProblem::Severity::Blocking, QStringLiteral("evidence-empty"), itemId,
                         QStringLiteral("evidence"), e.id,
                         e.kind == EvidenceKind::DeviceTest
                             ? tr("%1: a device test record is empty (no summary, procedure or file); fill it in "
                                  "or remove it.").arg(itemId)
                             : tr("%1: a document review record is empty (no title, reference or file); fill it "
                                  "in or remove it.").arg(itemId)});
    }
    return problems;
}

} // namespace hoshi
