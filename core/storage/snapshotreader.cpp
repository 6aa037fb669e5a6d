// SPDX-License-Identifier: Apache-2.0
#include "snapshotreader.h"

#include "baseline/declarationfingerprint.h"
#include "evidencerows.h"
#include "readtransaction.h"
#include "batchquery.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace hoshi::storage {

using namespace evidencerows;

namespace {

// Vendor-scope answers are shared per organisation, criteria set id and data revision.
QString vendorKey(qint64 organisationId, const QString &setId, int dataRevision)
{
    return QStringLiteral("%1\n%2\n%3").arg(organisationId).arg(setId).arg(dataRevision);
}

// What the batch read keeps while it assembles the snapshots.
struct Tables {
    QHash<qint64, Organisation> organisations;
    QHash<qint64, Product> products;
    QHash<qint64, Declaration> declarations;
    QList<qint64> organisationIds; // of the declarations read
    QHash<qint64, QList<Assessment>> productRows;  // declaration id -> its own rows (any item)
    QHash<QString, QList<Assessment>> vendorRows;  // vendorKey -> the organisation's rows
    QHash<qint64, QList<qint64>> linksOf;          // assessment id -> evidence ids
    QHash<qint64, Evidence> evidence;              // files filled
    QHash<qint64, QStringList> chosen;             // assessment id -> point ids (sorted)
    QHash<qint64, QList<QPair<qint64, QString>>> pointLinks; // assessment id -> (evidence, point)
    QHash<qint64, qint64> pstiEvidence;            // declaration id -> evidence id
    QSet<qint64> withForm;
    QSet<qint64> withOverlay;
    QHash<qint64, QPair<int, int>> commentCounts;  // declaration id -> total, open
    QHash<qint64, QList<SignOff>> signOffs;        // declaration id -> its steps, oldest first
    ReviewPeriods reviewPeriods;                   // a workspace setting, the same for every snapshot
};

// The sub-select of every assessment row the declarations (and their organisations) hold.
QString assessmentIdsOf(const QString &declarations, const QString &organisations)
{
    return QStringLiteral("SELECT id FROM assessment WHERE declaration_id IN (%1)"
                          " UNION ALL SELECT id FROM assessment WHERE organisation_id IN (%2)")
        .arg(declarations, organisations);
}

} // namespace

// Reads every table once for the whole list, then assembles each snapshot the way
// Workspace::snapshot() does (same order of assessments, evidence, files and points).
class BatchSnapshot
{
public:
    // `storedSet` finds a criteria set the workspace holds (its set id and data revision).
    using StoredSet = std::function<const CriteriaSet *(const QString &, int)>;
    BatchSnapshot(const Workspace &ws, const QList<qint64> &ids, StoredSet storedSet)
        : m_ws(ws), m_ids(ids), m_storedSet(std::move(storedSet))
    {
    }

    bool readTables(QSqlDatabase db, QString *error)
    {
        for (const Organisation &o : m_ws.organisations())
            m_t.organisations.insert(o.id, o);
        for (const Product &p : m_ws.products())
            m_t.products.insert(p.id, p);
        const QSet<qint64> wanted(m_ids.cbegin(), m_ids.cend());
        QSet<qint64> organisationIds;
        for (const Declaration &d : m_ws.declarations()) {
            if (!wanted.contains(d.id))
                continue;
            m_t.declarations.insert(d.id, d);
            organisationIds.insert(m_t.products.value(d.productId).organisationId);
        }
        m_t.organisationIds = QList<qint64>(organisationIds.cbegin(), organisationIds.cend());
        m_t.reviewPeriods = m_ws.reviewPeriods();
        const QString declarations = idList(m_ids);
        const QString organisations = idList(m_t.organisationIds);
        const QString assessmentIds = assessmentIdsOf(declarations, organisations);
        return readAssessments(db, declarations, organisations, error) && readEvidence(db, assessmentIds, error)
               && readPoints(db, assessmentIds, error) && readDeclarationExtras(db, declarations, error);
    }

    std::optional<DeclarationSnapshot> assemble(qint64 id, bool requireApproval, QString *error) const;

private:
    bool failed(const BatchQuery &q, QString *error) const
    {
        if (error)
            *error = Workspace::tr("Cannot read the workspace: %1").arg(q.errorText());
        return false;
    }

    bool readAssessments(QSqlDatabase db, const QString &declarations, const QString &organisations, QString *error)
    {
        BatchQuery own(db, QStringLiteral("SELECT a.declaration_id, %1 FROM assessment a WHERE a.declaration_id IN (%2)")
                             .arg(QLatin1String(assessmentColumns), declarations));
        if (!own.exec())
            return failed(own, error);
        while (own.next())
            m_t.productRows[own.integer(0)] << assessmentFrom(own, 1);
        BatchQuery vendor(db, QStringLiteral("SELECT a.organisation_id, a.criteria_set_id, a.criteria_data_revision, %1"
                                           " FROM assessment a WHERE a.organisation_id IN (%2)")
                                .arg(QLatin1String(assessmentColumns), organisations));
        if (!vendor.exec())
            return failed(vendor, error);
        while (vendor.next())
            m_t.vendorRows[vendorKey(vendor.integer(0), vendor.text(1), int(vendor.integer(2)))] << assessmentFrom(vendor, 3);
        return true;
    }

    bool readEvidence(QSqlDatabase db, const QString &assessmentIds, QString *error)
    {
        // The links, then each record once: a record backs several items, and decoding its
        // many text columns once per link cost a third of the batch.
        const QString linked = QStringLiteral("SELECT evidence_id FROM evidence_link WHERE assessment_id IN (%1)").arg(assessmentIds);
        BatchQuery links(db, QStringLiteral("SELECT assessment_id, evidence_id FROM evidence_link WHERE assessment_id IN (%1)"
                                          " ORDER BY evidence_id")
                               .arg(assessmentIds));
        if (!links.exec())
            return failed(links, error);
        while (links.next())
            m_t.linksOf[links.integer(0)] << links.integer(1);
        BatchQuery records(db, QStringLiteral("SELECT id, organisation_id, updated_at, %1 FROM evidence WHERE id IN (%2)")
                                   .arg(evidenceColumns(), linked));
        if (!records.exec())
            return failed(records, error);
        while (records.next()) {
            const Evidence e = evidenceFrom(records);
            m_t.evidence.insert(e.id, e);
        }
        BatchQuery files(db, QStringLiteral("SELECT %1 FROM evidence_file f JOIN blob b ON b.id = f.blob_id"
                                          " WHERE f.evidence_id IN (%2) ORDER BY f.id")
                               .arg(QLatin1String(fileColumns), linked));
        if (!files.exec())
            return failed(files, error);
        while (files.next()) {
            const EvidenceFile f = fileFrom(files);
            m_t.evidence[f.evidenceId].files << f;
        }
        return true;
    }

    bool readPoints(QSqlDatabase db, const QString &assessmentIds, QString *error)
    {
        BatchQuery chosen(db, QStringLiteral("SELECT assessment_id, point_id FROM point_choice WHERE assessment_id IN (%1)"
                                           " ORDER BY assessment_id, point_id")
                                .arg(assessmentIds));
        if (!chosen.exec())
            return failed(chosen, error);
        while (chosen.next())
            m_t.chosen[chosen.integer(0)] << chosen.text(1);
        BatchQuery links(db, QStringLiteral("SELECT assessment_id, evidence_id, point_id FROM point_link"
                                          " WHERE assessment_id IN (%1) ORDER BY assessment_id, evidence_id, point_id")
                               .arg(assessmentIds));
        if (!links.exec())
            return failed(links, error);
        while (links.next())
            m_t.pointLinks[links.integer(0)] << qMakePair(links.integer(1), links.text(2));
        return true;
    }

    bool readDeclarationExtras(QSqlDatabase db, const QString &declarations, QString *error)
    {
        BatchQuery psti(db, QStringLiteral("SELECT declaration_id, evidence_id FROM psti_statement WHERE declaration_id IN (%1)")
                              .arg(declarations));
        BatchQuery forms(db, QStringLiteral("SELECT declaration_id FROM declaration_form WHERE declaration_id IN (%1)")
                               .arg(declarations));
        BatchQuery overlays(db, QStringLiteral("SELECT declaration_id FROM point_overlay WHERE declaration_id IN (%1)")
                                  .arg(declarations));
        BatchQuery comments(db, QStringLiteral("SELECT declaration_id, count(*), count(*) FILTER (WHERE resolved_by = '')"
                                             " FROM review_comment WHERE declaration_id IN (%1) GROUP BY declaration_id")
                                  .arg(declarations));
        if (!psti.exec())
            return failed(psti, error);
        while (psti.next())
            m_t.pstiEvidence.insert(psti.integer(0), psti.integer(1));
        if (!forms.exec())
            return failed(forms, error);
        while (forms.next())
            m_t.withForm.insert(forms.integer(0));
        if (!overlays.exec())
            return failed(overlays, error);
        while (overlays.next())
            m_t.withOverlay.insert(overlays.integer(0));
        if (!comments.exec())
            return failed(comments, error);
        while (comments.next())
            m_t.commentCounts.insert(comments.integer(0), {int(comments.integer(1)), int(comments.integer(2))});
        BatchQuery signOffs(db, QStringLiteral("SELECT %1 FROM sign_off WHERE declaration_id IN (%2) ORDER BY id")
                                    .arg(QLatin1String(signOffColumns), declarations));
        if (!signOffs.exec())
            return failed(signOffs, error);
        while (signOffs.next()) {
            const SignOff step = signOffFrom(signOffs);
            m_t.signOffs[step.declarationId] << step;
        }
        return true;
    }

    void fillAssessmentsAndEvidence(DeclarationSnapshot &s) const;
    void fillPoints(DeclarationSnapshot &s) const;

    const Workspace &m_ws;
    const QList<qint64> &m_ids;
    StoredSet m_storedSet;
    Tables m_t;
};

void BatchSnapshot::fillAssessmentsAndEvidence(DeclarationSnapshot &s) const
{
    // Every stored row of the declaration, as Workspace::assessments() and
    // evidenceOfDeclaration() select them: its own, then the organisation's vendor-scope rows.
    QList<Assessment> rows = m_t.productRows.value(s.declaration.id);
    rows += m_t.vendorRows.value(vendorKey(s.organisation.id, s.declaration.criteriaSetId,
                                           s.declaration.criteriaDataRevision));
    QHash<QString, Assessment> stored;
    for (const Assessment &a : std::as_const(rows))
        stored.insert(a.itemId, a);
    for (const CriteriaItem &item : s.criteria.items) {
        Assessment a = stored.value(item.id);
        a.itemId = item.id;
        a.vendorScope = item.scope == ItemScope::Vendor;
        s.assessments << a;
    }
    // Evidence in id order, each with the items it backs here (sorted), as evidenceOfDeclaration().
    QMap<qint64, QStringList> itemsOf;
    for (const Assessment &a : std::as_const(rows)) {
        for (const qint64 evidenceId : m_t.linksOf.value(a.id))
            itemsOf[evidenceId] << a.itemId;
    }
    for (auto it = itemsOf.begin(); it != itemsOf.end(); ++it) {
        Evidence e = m_t.evidence.value(it.key());
        e.itemIds = it.value();
        std::sort(e.itemIds.begin(), e.itemIds.end());
        for (const QString &itemId : std::as_const(e.itemIds))
            s.evidence[itemId].append(e);
    }
    fillPoints(s);
}

void BatchSnapshot::fillPoints(DeclarationSnapshot &s) const
{
    for (const CriteriaItem &item : s.criteria.items) {
        if (item.points.isEmpty())
            continue;
        const Assessment *a = s.assessmentOf(item.id);
        if (!a || a->id < 0)
            continue;
        if (const QStringList chosen = m_t.chosen.value(a->id); !chosen.isEmpty())
            s.chosenPoints.insert(item.id, chosen);
        for (const auto &[evidenceId, pointId] : m_t.pointLinks.value(a->id))
            s.evidencePoints[item.id][evidenceId].append(pointId);
    }
    if (const auto psti = m_t.pstiEvidence.constFind(s.declaration.id); psti != m_t.pstiEvidence.constEnd())
        s.pstiStatementFile = m_ws.evidence(*psti);
}

std::optional<DeclarationSnapshot> BatchSnapshot::assemble(qint64 id, bool requireApproval, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto d = m_t.declarations.constFind(id);
    if (d == m_t.declarations.constEnd())
        return fail(Workspace::tr("There is no declaration with the id %1.").arg(id));
    const auto p = m_t.products.constFind(d->productId);
    const auto o = p != m_t.products.constEnd() ? m_t.organisations.constFind(p->organisationId)
                                                : m_t.organisations.constEnd();
    // A point overlay makes its own set (Workspace keeps it); otherwise the stored set as it is.
    const CriteriaSet *set = m_t.withOverlay.contains(id) ? m_ws.criteriaFor(id)
                                                          : m_storedSet(d->criteriaSetId, d->criteriaDataRevision);
    if (!set || p == m_t.products.constEnd() || o == m_t.organisations.constEnd())
        return fail(Workspace::tr("Declaration %1 is incomplete in this workspace.").arg(id));
    DeclarationSnapshot s;
    s.organisation = *o;
    s.product = *p;
    s.declaration = *d;
    s.criteria = *set;
    if (m_t.withOverlay.contains(id))
        s.pointOverlay = m_ws.pointOverlay(id);
    fillAssessmentsAndEvidence(s);
    s.reviewPeriods = m_t.reviewPeriods;
    if (m_t.withForm.contains(id)) {
        QString formProblem;
        s.form = m_ws.attachedForm(id, true, &formProblem);
        if (!s.form && !formProblem.isEmpty()) {
            s.form = m_ws.attachedForm(id, false);
            if (s.form)
                s.corruptContent.insert(s.form->sha256, formProblem);
        }
    }
    const QPair<int, int> comments = m_t.commentCounts.value(id);
    s.review = SnapshotReader::summarise(m_ws, s, m_t.signOffs.value(id), comments.first, comments.second, requireApproval);
    return s;
}

std::optional<QList<DeclarationSnapshot>> SnapshotReader::read(const Workspace &workspace, const QList<qint64> &ids,
                                                               QString *error)
{
    QList<DeclarationSnapshot> snapshots;
    if (ids.isEmpty())
        return snapshots;
    // One view for every query, as Workspace::snapshot() has.
    const ReadTransaction readTransaction(workspace.db(), workspace.m_transactionDepth);
    BatchSnapshot batch(workspace, ids, [&workspace](const QString &setId, int dataRevision) {
        return workspace.m_stored.find(setId, dataRevision);
    });
    if (!batch.readTables(workspace.db(), error))
        return std::nullopt;
    const bool requireApproval = workspace.requireApproval();
    snapshots.reserve(ids.size());
    for (const qint64 id : ids) {
        std::optional<DeclarationSnapshot> s = batch.assemble(id, requireApproval, error);
        if (!s)
            return std::nullopt;
        snapshots << std::move(*s);
    }
    return snapshots;
}

QHash<qint64, QDateTime> SnapshotReader::lastChanges(const Workspace &workspace, const QList<qint64> &ids)
{
    QHash<qint64, QDateTime> changes;
    if (ids.isEmpty())
        return changes;
    BatchQuery q(workspace.db(), QStringLiteral("SELECT declaration_id, max(at) FROM history WHERE declaration_id IN (%1)"
                                              " GROUP BY declaration_id")
                                   .arg(idList(ids)));
    if (q.exec()) {
        while (q.next())
            changes.insert(q.integer(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs));
    }
    return changes;
}

ReviewSummary SnapshotReader::summarise(const Workspace &workspace, const DeclarationSnapshot &snapshot,
                                        const QList<SignOff> &signOffs, int totalComments, int openComments,
                                        bool requireApproval)
{
    ReviewSummary r;
    r.requireApproval = requireApproval;
    if (!signOffs.isEmpty())
        r.state = signOffs.last().state;
    for (const SignOff &s : signOffs) {
        if (s.state == ReviewState::Approved)
            r.lastApproval = s;
    }
    if (r.state == ReviewState::Approved)
        r.approval = r.lastApproval;
    r.totalComments = totalComments;
    r.openComments = openComments;
    if (!r.approval || r.approval->fingerprint == DeclarationFingerprint::of(snapshot))
        return r;
    r.approvalStale = true;
    if (!workspace.describeChangesFromBaseline(snapshot, &r))
        workspace.describeChangesFromHistory(r.approval->id, snapshot.declaration.id, &r);
    return r;
}

} // namespace hoshi::storage
