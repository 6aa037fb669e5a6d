// SPDX-License-Identifier: Apache-2.0
#include "session.h"

#include "commands.h"

#include "gate/gateprogress.h"
#include "storage/changefeed.h"
#include "storage/serverrefusal.h"

#include <QUndoStack>

namespace hoshi {

Session::Session(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    listenForChanges();
}

Session::~Session() = default;

bool Session::createWorkspace(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::create(path, error);
    if (!ws)
        return false;
    adoptWorkspace(std::move(ws));
    return true;
}

bool Session::openWorkspace(const QString &path, bool readOnly, QString *error)
{
    std::unique_ptr<Workspace> ws
        = Workspace::open(path, readOnly ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite, error);
    if (!ws)
        return false;
    adoptWorkspace(std::move(ws));
    return true;
}

void Session::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_undo->clear();
    m_recreated.clear();
    m_declarationId = -1;
    m_snapshot.reset();
    m_problems.clear();
    m_workspace = std::move(workspace);
    if (m_workspace && !m_actor.isEmpty() && !m_workspace->isServer())
        m_workspace->setActor(m_actor); // on a server, the signed-in user is recorded
    if (m_workspace && m_workspace->changeFeed())
        connect(m_workspace->changeFeed(), &ChangeFeed::changed, this, &Session::noteChangeElsewhere);
    m_disconnected = false;
    m_unsaved.reset();
    readRoles();
    Q_EMIT workspaceChanged();
    Q_EMIT currentDeclarationChanged(-1);
    Q_EMIT declarationRefreshed();
}

void Session::closeWorkspace()
{
    adoptWorkspace(nullptr);
}

void Session::setCurrentDeclaration(qint64 declarationId)
{
    if (declarationId == m_declarationId)
        return;
    m_declarationId = m_workspace && declarationId > 0 ? declarationId : -1;
    refresh();
    Q_EMIT currentDeclarationChanged(m_declarationId);
}

void Session::refresh()
{
    m_snapshot.reset();
    m_problems.clear();
    if (m_workspace && m_declarationId > 0) {
        QString error;
        m_snapshot = m_workspace->snapshot(m_declarationId, Workspace::ContentCheck::Skip, &error);
        if (m_snapshot)
            m_problems = SubmissionGate::check(*m_snapshot);
        else
            fail(error);
    }
    Q_EMIT declarationRefreshed();
}

QList<GateProblem> Session::problemsOfItem(const QString &itemId) const
{
    QList<GateProblem> list;
    for (const GateProblem &p : m_problems) {
        if (p.itemId == itemId)
            list << p;
    }
    return list;
}

QList<GateProblem> Session::problemsOfEvidence(qint64 evidenceId) const
{
    QList<GateProblem> list;
    for (const GateProblem &p : m_problems) {
        if (p.evidenceId == evidenceId)
            list << p;
    }
    return list;
}

const CriteriaItem *Session::item(const QString &itemId) const
{
    return m_snapshot ? m_snapshot->criteria.item(itemId) : nullptr;
}

Assessment Session::assessment(const QString &itemId) const
{
    if (m_snapshot) {
        if (const Assessment *a = m_snapshot->assessmentOf(itemId))
            return *a;
    }
    Assessment a;
    a.itemId = itemId;
    return a;
}

QList<Evidence> Session::evidenceFor(const QString &itemId) const
{
    return m_snapshot ? m_snapshot->evidence.value(itemId) : QList<Evidence>();
}

std::optional<Evidence> Session::evidence(qint64 evidenceId) const
{
    if (m_snapshot) {
        for (const QList<Evidence> &list : m_snapshot->evidence) {
            for (const Evidence &e : list) {
                if (e.id == evidenceId) {
                    Evidence copy = e;
                    // The snapshot lists evidence per item; collect every item it backs here.
                    copy.itemIds.clear();
                    for (const CriteriaItem &item : m_snapshot->criteria.items) {
                        for (const Evidence &other : m_snapshot->evidence.value(item.id)) {
                            if (other.id == evidenceId)
                                copy.itemIds << item.id;
                        }
                    }
                    return copy;
                }
            }
        }
    }
    return m_workspace ? m_workspace->evidence(evidenceId) : std::nullopt;
}

bool Session::isExempt(const QString &itemId) const
{
    const CriteriaItem *i = item(itemId);
    return i && m_snapshot && SubmissionGate::isExemptOnRoute(*i, m_snapshot->declaration.route);
}

int Session::countedItems() const
{
    return m_snapshot ? GateProgress::counts(*m_snapshot).counted : 0;
}

int Session::assessedItems() const
{
    return m_snapshot ? GateProgress::counts(*m_snapshot).assessed : 0;
}

// ---- undoable edits ----

bool Session::writable()
{
    if (!m_workspace) {
        fail(tr("No workspace is open."));
        return false;
    }
    if (m_workspace->isReadOnly()) {
        fail(tr("This workspace is open read-only; nothing can be changed."));
        return false;
    }
    if (isReadOnly()) {
        fail(readOnlyReason());
        return false;
    }
    return true;
}

void Session::push(QUndoCommand *command)
{
    m_undo->push(command);
}

void Session::fail(const QString &message)
{
    if (connectionLostBehind(message)) {
        enterDisconnected();
        return;
    }
    const ServerRefusal refusal = ServerRefusal::explain(message);
    m_lastErrorDetails = refusal.details;
    Q_EMIT errorOccurred(refusal.message);
}

void Session::setVerdict(const QString &itemId, Verdict verdict, qint64 shownVersion)
{
    if (!writable() || m_declarationId < 0)
        return;
    const Assessment before = m_workspace->assessment(m_declarationId, itemId);
    if (before.verdict == verdict)
        return;
    Assessment after = before;
    after.verdict = verdict;
    push(new AssessmentCommand(this, m_declarationId, before, after, AssessmentCommand::Field::Verdict, shownVersion));
}

void Session::setJustification(const QString &itemId, const QString &text, qint64 shownVersion)
{
    if (!writable() || m_declarationId < 0)
        return;
    const Assessment before = m_workspace->assessment(m_declarationId, itemId);
    if (before.justification == text.trimmed())
        return;
    Assessment after = before;
    after.justification = text;
    push(new AssessmentCommand(this, m_declarationId, before, after, AssessmentCommand::Field::Justification,
                               shownVersion));
}

void Session::setNotes(const QString &itemId, const QString &text, qint64 shownVersion)
{
    if (!writable() || m_declarationId < 0)
        return;
    const Assessment before = m_workspace->assessment(m_declarationId, itemId);
    if (before.notes == text.trimmed())
        return;
    Assessment after = before;
    after.notes = text;
    push(new AssessmentCommand(this, m_declarationId, before, after, AssessmentCommand::Field::Notes, shownVersion));
}

void Session::editEvidence(const Evidence &after)
{
    if (!writable())
        return;
    const std::optional<Evidence> before = m_workspace->evidence(after.id);
    if (!before) {
        fail(tr("This evidence no longer exists."));
        return;
    }
    push(new ValueCommand<Evidence>(this, *before, after, tr("Edit evidence \"%1\"").arg(after.reference())));
}

void Session::editProduct(const Product &after)
{
    if (!writable())
        return;
    const std::optional<Product> before = m_workspace->product(after.id);
    if (!before) {
        fail(tr("This product no longer exists."));
        return;
    }
    push(new ValueCommand<Product>(this, *before, after, tr("Edit product \"%1\"").arg(after.name)));
}

void Session::editOrganisation(const Organisation &after)
{
    if (!writable())
        return;
    const std::optional<Organisation> before = m_workspace->organisation(after.id);
    if (!before) {
        fail(tr("This organisation no longer exists."));
        return;
    }
    push(new ValueCommand<Organisation>(this, *before, after, tr("Edit organisation \"%1\"").arg(after.name)));
}

bool Session::markExported(qint64 declarationId, const QString &exportId, const QByteArray &declarationJson,
                           QString *whyNot)
{
    if (isReadOnly()) {
        if (whyNot)
            *whyNot = readOnlyReason();
        return false;
    }
    QString error;
    if (!m_workspace->recordExport(declarationId, exportId, declarationJson, &error)) {
        if (connectionLostBehind(error)) {
            enterDisconnected();
            error = ServerRefusal::unreachableMessage();
        } else {
            const ServerRefusal refusal = ServerRefusal::explain(error);
            m_lastErrorDetails = refusal.details;
            error = refusal.message;
        }
        if (whyNot)
            *whyNot = error;
        return false;
    }
    refresh();
    return true;
}

void Session::editDeclaration(const Declaration &after)
{
    if (!writable())
        return;
    const std::optional<Declaration> before = m_workspace->declaration(after.id);
    if (!before) {
        fail(tr("This declaration no longer exists."));
        return;
    }
    push(new ValueCommand<Declaration>(this, *before, after, tr("Edit declaration details")));
}

bool Session::applyAssessment(qint64 declarationId, const QString &itemId, Verdict verdict,
                              const QString &justification, const QString &notes, qint64 expectedVersion)
{
    if (!writable())
        return false;
    QString error;
    bool conflict = false;
    if (!m_workspace->setAssessmentIfUnchanged(declarationId, itemId, expectedVersion, verdict, justification, notes,
                                               &error, &conflict)) {
        UnsavedAnswer attempt;
        attempt.declarationId = declarationId;
        attempt.before = assessment(itemId);
        attempt.mine = attempt.before;
        attempt.mine.verdict = verdict;
        attempt.mine.justification = justification;
        attempt.mine.notes = notes;
        attempt.expectedVersion = expectedVersion;
        if (!handleAnswerFailure(declarationId, attempt, error, conflict))
            fail(error);
        return false;
    }
    refresh();
    return true;
}

bool Session::apply(const Evidence &given)
{
    if (!writable())
        return false;
    Evidence evidence = given;
    evidence.id = liveId(RecordKind::Evidence, given.id);
    QString error;
    if (!m_workspace->updateEvidence(evidence, &error)) {
        fail(error);
        return false;
    }
    refresh();
    return true;
}

bool Session::apply(const Product &given)
{
    if (!writable())
        return false;
    Product product = given;
    product.id = liveId(RecordKind::Product, given.id);
    product.organisationId = liveId(RecordKind::Organisation, given.organisationId);
    QString error;
    if (!m_workspace->updateProduct(product, &error)) {
        fail(error);
        return false;
    }
    Q_EMIT catalogChanged();
    refresh();
    return true;
}

bool Session::apply(const Organisation &given)
{
    if (!writable())
        return false;
    Organisation organisation = given;
    organisation.id = liveId(RecordKind::Organisation, given.id);
    QString error;
    if (!m_workspace->updateOrganisation(organisation, &error)) {
        fail(error);
        return false;
    }
    Q_EMIT catalogChanged();
    refresh();
    return true;
}

bool Session::apply(const Declaration &declaration)
{
    if (!writable())
        return false;
    QString error;
    if (!m_workspace->updateDeclaration(declaration, &error)) {
        fail(error);
        return false;
    }
    Q_EMIT catalogChanged();
    refresh();
    return true;
}

void Session::reveal(qint64 declarationId, const QString &itemId, qint64 evidenceId)
{
    Q_EMIT revealRequested(declarationId, itemId, evidenceId);
}

// ---- structural changes ----

qint64 Session::addOrganisation(const QString &name)
{
    if (!writable())
        return -1;
    Organisation o;
    o.name = name;
    QString error;
    const qint64 id = m_workspace->addOrganisation(o, &error);
    if (id < 0)
        fail(error);
    else
        Q_EMIT catalogChanged();
    return id;
}

qint64 Session::addProduct(qint64 organisationId, const QString &name)
{
    if (!writable())
        return -1;
    Product p;
    p.organisationId = organisationId;
    p.name = name;
    QString error;
    const qint64 id = m_workspace->addProduct(p, &error);
    if (id < 0)
        fail(error);
    else
        Q_EMIT catalogChanged();
    return id;
}

qint64 Session::addDeclaration(qint64 productId, const QString &criteriaSetId, Route route)
{
    if (!writable())
        return -1;
    QString error;
    const qint64 id = m_workspace->addDeclaration(productId, criteriaSetId, route, &error);
    if (id < 0)
        fail(error);
    else
        Q_EMIT catalogChanged();
    return id;
}

bool Session::removeFile(qint64 fileId)
{
    if (!writable())
        return false;
    QString error;
    const bool ok = m_workspace->removeFile(fileId, &error);
    if (!ok)
        fail(error);
    refresh();
    return ok;
}

} // namespace hoshi
