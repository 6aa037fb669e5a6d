// SPDX-License-Identifier: Apache-2.0
// Review comments and sign-off in the workspace: threads, the state machine, the approver rule,
// stale approvals, the setting, all-or-nothing imports, and the gate rules that read them.
#include "gate/submissiongate.h"
#include "storage/workspace.h"

#include <optional>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");
const QString Alice = QStringLiteral("Alice Preparer");
const QString Bob = QStringLiteral("Bob Reviewer");

struct Fixture {
    std::unique_ptr<Workspace> ws;
    qint64 declaration = -1;
    QString firstItem;
    QString secondItem;
};

Fixture makeFixture(const QString &path)
{
    Fixture f;
    QString error;
    f.ws = Workspace::create(path, &error);
    if (!f.ws)
        qFatal("create: %s", qPrintable(error));
    f.ws->setActor(Alice);
    const qint64 organisation = f.ws->addOrganisation({-1, QStringLiteral("Vendor"), {}, {}, {}, {}, {}, {}}, &error);
    Product p;
    p.organisationId = organisation;
    p.name = QStringLiteral("Router");
    p.modelNumbers = {QStringLiteral("R-1")};
    p.firmwareVersion = QStringLiteral("1.0");
    f.declaration = f.ws->addDeclaration(f.ws->addProduct(p, &error), Star1, Route::Standard, &error);
    if (f.declaration < 0)
        qFatal("fixture: %s", qPrintable(error));
    const QList<Assessment> items = f.ws->assessments(f.declaration);
    f.firstItem = items.at(0).itemId;
    f.secondItem = items.at(1).itemId;
    if (!f.ws->setAssessment(f.declaration, f.firstItem, Verdict::Conforming, QStringLiteral("ok"), {}, &error))
        qFatal("assess: %s", qPrintable(error));
    return f;
}

int historyLength(const Fixture &f)
{
    return int(f.ws->history(f.declaration).size());
}

QStringList codes(const QList<GateProblem> &problems)
{
    QStringList list;
    for (const GateProblem &p : problems)
        list << p.code;
    return list;
}

// A copy: callers pass the gate's result as a temporary, which is gone after the call.
std::optional<GateProblem> find(const QList<GateProblem> &problems, const QString &code)
{
    for (const GateProblem &p : problems) {
        if (p.code == code)
            return p;
    }
    return std::nullopt;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("review%1.hoshi").arg(++m_count)); }

private Q_SLOTS:
    void stateKeysRoundTrip()
    {
        for (ReviewState s : {ReviewState::Draft, ReviewState::InReview, ReviewState::ChangesRequested,
                              ReviewState::Approved})
            QCOMPARE(reviewStateFromKey(reviewStateKey(s)), s);
        QCOMPARE(reviewStateKey(ReviewState::ChangesRequested), QStringLiteral("changes-requested"));
        QVERIFY(!reviewStateFromKey(QStringLiteral("submitted")));
    }

    void commentThreads()
    {
        Fixture f = makeFixture(nextPath());
        QString error;
        const qint64 general = f.ws->addComment(f.declaration, {}, Bob, QStringLiteral("Looks good overall"), &error);
        QVERIFY2(general > 0, qPrintable(error));
        const qint64 onItem = f.ws->addComment(f.declaration, f.firstItem, Bob, QStringLiteral("Which page?"), &error);
        QVERIFY2(onItem > general, qPrintable(error));

        const QList<ReviewComment> list = f.ws->comments(f.declaration);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).itemId, QString());
        QCOMPARE(list.at(1).itemId, f.firstItem);
        QCOMPARE(list.at(1).author, Bob);
        QCOMPARE(list.at(1).text, QStringLiteral("Which page?"));
        QVERIFY(list.at(1).createdAt.isValid());
        QVERIFY(!list.at(1).resolved);

        // Every change is in the history, under the comment's author.
        const QList<HistoryEntry> itemHistory = f.ws->history(f.declaration, f.firstItem);
        QCOMPARE(itemHistory.first().action, QStringLiteral("review-comment"));
        QCOMPARE(itemHistory.first().actor, Bob);
        QVERIFY(itemHistory.first().summary.contains(QLatin1String("Which page?")));

        QVERIFY2(f.ws->resolveComment(onItem, Alice, &error), qPrintable(error));
        const std::optional<ReviewComment> resolved = f.ws->comment(onItem);
        QVERIFY(resolved && resolved->resolved);
        QCOMPARE(resolved->resolvedBy, Alice);
        QVERIFY(resolved->resolvedAt.isValid());
        QCOMPARE(f.ws->history(f.declaration, f.firstItem).first().action, QStringLiteral("review-comment-resolved"));

        const std::optional<DeclarationSnapshot> s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        QCOMPARE(s->review.openComments, 1);
        QCOMPARE(s->review.totalComments, 2);
    }

    void badCommentsChangeNothing()
    {
        Fixture f = makeFixture(nextPath());
        QString error;
        const qint64 id = f.ws->addComment(f.declaration, {}, Bob, QStringLiteral("x"), &error);
        const int before = historyLength(f);
        QCOMPARE(f.ws->addComment(f.declaration, QStringLiteral("NO-SUCH-ITEM"), Bob, QStringLiteral("x"), &error), -1);
        QVERIFY(error.contains(QLatin1String("NO-SUCH-ITEM")));
        QCOMPARE(f.ws->addComment(f.declaration, {}, QStringLiteral("  "), QStringLiteral("x"), &error), -1);
        QVERIFY(error.contains(QLatin1String("author")));
        QCOMPARE(f.ws->addComment(f.declaration, {}, Bob, QString(), &error), -1);
        QCOMPARE(f.ws->addComment(4711, {}, Bob, QStringLiteral("x"), &error), -1);
        QVERIFY(error.contains(QLatin1String("4711")));
        QVERIFY(!f.ws->resolveComment(9999, Bob, &error));
        QVERIFY(!f.ws->resolveComment(id, QString(), &error));
        QVERIFY(f.ws->resolveComment(id, Bob, &error));
        QVERIFY(!f.ws->resolveComment(id, Alice, &error));
        QVERIFY(error.contains(QLatin1String("already resolved")));
        QCOMPARE(historyLength(f), before + 1); // only the one good resolve
        QCOMPARE(f.ws->comments(f.declaration).size(), 1);
        QCOMPARE(f.ws->integrityCheck(), QStringLiteral("ok"));
    }

    void addCommentsIsAllOrNothing()
    {
        Fixture f = makeFixture(nextPath());
        QString error;
        ReviewComment good;
        good.declarationId = f.declaration;
        good.itemId = f.firstItem;
        good.author = QStringLiteral("IPA");
        good.text = QStringLiteral("Accepted");
        good.origin = QStringLiteral("findings:abc");
        good.findingStatus = QStringLiteral("accepted");
        ReviewComment bad = good;
        bad.findingStatus = QStringLiteral("maybe");
        const int before = historyLength(f);
        QVERIFY(!f.ws->addComments({good, bad}, &error));
        QVERIFY(error.contains(QLatin1String("maybe")));
        QVERIFY(f.ws->comments(f.declaration).isEmpty());
        QCOMPARE(historyLength(f), before);

        ReviewComment second = good;
        second.itemId = f.secondItem;
        second.findingStatus = QStringLiteral("more-evidence");
        QVERIFY2(f.ws->addComments({good, second}, &error), qPrintable(error));
        const QList<ReviewComment> list = f.ws->comments(f.declaration);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).origin, QStringLiteral("findings:abc"));
        QCOMPARE(list.at(1).findingStatus, QStringLiteral("more-evidence"));
        QCOMPARE(historyLength(f), before + 2);
    }

    void stateMachine()
    {
        Fixture f = makeFixture(nextPath());
        QString error;
        QCOMPARE(f.ws->reviewState(f.declaration), ReviewState::Draft);
        QVERIFY(!f.ws->approve(f.declaration, Bob, &error));
        QVERIFY(error.contains(QLatin1String("request a review")));
        QVERIFY(!f.ws->reject(f.declaration, Bob, QStringLiteral("no"), &error));
        QVERIFY(f.ws->signOffs(f.declaration).isEmpty());

        QVERIFY2(f.ws->requestReview(f.declaration, Alice, &error), qPrintable(error));
        QCOMPARE(f.ws->reviewState(f.declaration), ReviewState::InReview);
        QVERIFY(!f.ws->requestReview(f.declaration, Alice, &error));
        QVERIFY(error.contains(QLatin1String("already in review")));

        QVERIFY(!f.ws->reject(f.declaration, Bob, QStringLiteral("  "), &error));
        QVERIFY(error.contains(QLatin1String("reason")));
        QCOMPARE(f.ws->reviewState(f.declaration), ReviewState::InReview);
        QVERIFY2(f.ws->reject(f.declaration, Bob, QStringLiteral("Page numbers missing"), &error), qPrintable(error));
        QCOMPARE(f.ws->reviewState(f.declaration), ReviewState::ChangesRequested);
        QCOMPARE(f.ws->signOffs(f.declaration).last().reason, QStringLiteral("Page numbers missing"));
        QCOMPARE(f.ws->history(f.declaration).first().action, QStringLiteral("review-changes-requested"));
        QCOMPARE(f.ws->history(f.declaration).first().actor, Bob);

        // Alice prepared the declaration: she cannot approve it, Bob can.
        QVERIFY(!f.ws->approve(f.declaration, Alice, &error));
        QVERIFY2(error.contains(Alice) && error.contains(QLatin1String("cannot approve")), qPrintable(error));
        QCOMPARE(f.ws->reviewState(f.declaration), ReviewState::ChangesRequested);
        QVERIFY2(f.ws->approve(f.declaration, Bob, &error), qPrintable(error));
        QCOMPARE(f.ws->reviewState(f.declaration), ReviewState::Approved);
        const std::optional<SignOff> approval = f.ws->currentApproval(f.declaration);
        QVERIFY(approval);
        QCOMPARE(approval->author, Bob);
        QCOMPARE(approval->fingerprint.size(), 64);
        QCOMPARE(approval->fingerprint, f.ws->fingerprint(f.declaration, &error));
        // What was approved is kept as an Approval baseline, under the approver's name.
        const std::optional<Baseline> baseline = f.ws->latestBaseline(f.declaration, BaselineKind::Approval);
        QVERIFY(baseline);
        QCOMPARE(baseline->fingerprint, approval->fingerprint);
        QCOMPARE(baseline->actor, Bob);
        QVERIFY(approval->at.isValid());
        QVERIFY(!f.ws->approve(f.declaration, QStringLiteral("Carol"), &error));
        QVERIFY(error.contains(QLatin1String("already approved")));
        QCOMPARE(f.ws->signOffs(f.declaration).size(), 3);
        // Review steps do not make anyone a changer: Bob's comment after approval changes nothing.
        QVERIFY(f.ws->addComment(f.declaration, {}, Bob, QStringLiteral("fine"), &error) > 0);
        QVERIFY(f.ws->changersSinceApproval(f.declaration).isEmpty());
    }

    void changeMakesApprovalStale()
    {
        Fixture f = makeFixture(nextPath());
        QString error;
        QVERIFY(f.ws->requestReview(f.declaration, Alice, &error));
        QVERIFY(f.ws->approve(f.declaration, Bob, &error));
        std::optional<DeclarationSnapshot> s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(s->review.approval && !s->review.approvalStale);
        QVERIFY(!find(SubmissionGate::check(*s), QStringLiteral("approval-stale")));

        f.ws->setActor(QStringLiteral("Carol"));
        QVERIFY(f.ws->setAssessment(f.declaration, f.secondItem, Verdict::NotApplicable, QStringLiteral("no radio"), {},
                                    &error));
        s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(s->review.approvalStale);
        QCOMPARE(s->review.changedItems, QStringList{f.secondItem});
        QCOMPARE(f.ws->changersSinceApproval(f.declaration), QStringList{QStringLiteral("Carol")});
        const QList<GateProblem> problems = SubmissionGate::check(*s);
        const std::optional<GateProblem> stale = find(problems, QStringLiteral("approval-stale"));
        QVERIFY(stale);
        QVERIFY(!stale->isBlocking());
        QVERIFY2(stale->message.contains(f.secondItem) && stale->message.contains(Bob), qPrintable(stale->message));
        // Named field by field from the approval baseline (ChangeDetector).
        QVERIFY2(stale->message.contains(QLatin1String("not-applicable"))
                     || stale->message.contains(verdictName(Verdict::NotApplicable)),
                 qPrintable(stale->message));

        // Carol changed it: she cannot approve. Alice, whose changes were approved, can now.
        QVERIFY(!f.ws->approve(f.declaration, QStringLiteral("Carol"), &error));
        QVERIFY2(f.ws->approve(f.declaration, Alice, &error), qPrintable(error));
        s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(!s->review.approvalStale);
        QCOMPARE(s->review.approval->author, Alice);
    }

    void requireApprovalSetting()
    {
        Fixture f = makeFixture(nextPath());
        QString error;
        QVERIFY(!f.ws->requireApproval());
        std::optional<DeclarationSnapshot> s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(!codes(SubmissionGate::check(*s)).contains(QStringLiteral("approval-missing")));

        QVERIFY2(f.ws->setRequireApproval(true, &error), qPrintable(error));
        QVERIFY(f.ws->requireApproval());
        s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        const std::optional<GateProblem> missing = find(SubmissionGate::check(*s), QStringLiteral("approval-missing"));
        QVERIFY(missing && missing->isBlocking());

        QVERIFY(f.ws->requestReview(f.declaration, Alice, &error));
        QVERIFY(f.ws->approve(f.declaration, Bob, &error));
        s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(!find(SubmissionGate::check(*s), QStringLiteral("approval-missing")));
        QVERIFY(f.ws->setAssessment(f.declaration, f.firstItem, Verdict::NonConforming, {}, {}, &error));
        s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
        const std::optional<GateProblem> stale = find(SubmissionGate::check(*s), QStringLiteral("approval-stale"));
        QVERIFY(stale && stale->isBlocking());

        QVERIFY(f.ws->setRequireApproval(false, &error));
        QVERIFY(!f.ws->requireApproval());
    }

    void readOnlyRefusesReview()
    {
        const QString p = nextPath();
        qint64 declaration = -1;
        {
            Fixture f = makeFixture(p);
            declaration = f.declaration;
        }
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(p, Workspace::Access::ReadOnly, &error);
        QVERIFY(ws);
        QCOMPARE(ws->addComment(declaration, {}, Bob, QStringLiteral("x"), &error), -1);
        QVERIFY(!ws->requestReview(declaration, Alice, &error));
        QVERIFY(!ws->setRequireApproval(true, &error));
        QCOMPARE(ws->reviewState(declaration), ReviewState::Draft);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "testreview.moc"
