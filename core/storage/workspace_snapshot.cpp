// SPDX-License-Identifier: Apache-2.0
#include "workspace.h"

#include "readtransaction.h"
#include "snapshotreader.h"

#include <QCoreApplication>

namespace hoshi {

namespace {

// Reads every evidence file's content back and notes the files that no longer match their hash.
void verifyEvidenceContent(const Workspace &workspace, DeclarationSnapshot &s)
{
    QSet<QString> checked;
    for (const QList<Evidence> &list : std::as_const(s.evidence)) {
        for (const Evidence &e : list) {
            for (const EvidenceFile &f : e.files) {
                if (checked.contains(f.sha256))
                    continue;
                checked.insert(f.sha256);
                QString problem;
                if (!workspace.verifyContent(f.sha256, &problem))
                    s.corruptContent.insert(f.sha256, problem);
            }
        }
    }
    s.contentVerified = true;
}

} // namespace

std::optional<DeclarationSnapshot> Workspace::snapshot(qint64 declarationId, ContentCheck check, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // One view of the file for every query below, while a worker may commit through another
    // connection: a snapshot never mixes the declaration of one moment with evidence of the next.
    const ReadTransaction readTransaction(db(), m_transactionDepth);
    if (m_backend->isServer()) {
        // On a server every query is a round trip: the set-wide reader asks about a dozen for
        // the whole declaration where the reads below ask one per evidence and per item.
        // (testsnapshotbatch holds the two equal on a file.)
        std::optional<QList<DeclarationSnapshot>> read = storage::SnapshotReader::read(*this, {declarationId}, error);
        if (!read || read->isEmpty())
            return std::nullopt;
        DeclarationSnapshot s = read->takeFirst();
        if (check == ContentCheck::Verify)
            verifyEvidenceContent(*this, s);
        return s;
    }
    const std::optional<Declaration> d = declaration(declarationId);
    if (!d)
        return fail(tr("There is no declaration with the id %1.").arg(declarationId));
    const CriteriaSet *set = criteriaFor(declarationId);
    const std::optional<Product> p = product(d->productId);
    const std::optional<Organisation> o = p ? organisation(p->organisationId) : std::nullopt;
    if (!set || !p || !o)
        return fail(tr("Declaration %1 is incomplete in this workspace.").arg(declarationId));

    DeclarationSnapshot s;
    s.organisation = *o;
    s.product = *p;
    s.declaration = *d;
    s.criteria = *set; // the overlay applied, when the declaration has one
    s.pointOverlay = pointOverlay(declarationId);
    s.assessments = assessments(declarationId);
    for (const Evidence &e : evidenceOfDeclaration(declarationId)) {
        for (const QString &itemId : e.itemIds)
            s.evidence[itemId].append(e);
    }
    fillPointData(s);
    s.reviewPeriods = reviewPeriods();
    if (check == ContentCheck::Verify)
        verifyEvidenceContent(*this, s);
    // The attached official form with its template; content that no longer reads back as stored
    // is reported like a corrupt evidence file (the gate blocks on it).
    QString formProblem;
    s.form = attachedForm(declarationId, true, &formProblem);
    if (!s.form && !formProblem.isEmpty()) {
        s.form = attachedForm(declarationId, false);
        if (s.form)
            s.corruptContent.insert(s.form->sha256, formProblem);
    }
    s.review = reviewSummary(s);
    return s;
}

} // namespace hoshi
