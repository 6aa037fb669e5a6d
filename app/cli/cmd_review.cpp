// SPDX-License-Identifier: Apache-2.0
// review comment|resolve|list|request|approve|reject and settings: the review of a declaration
// (comment threads and sign-off) and the workspace setting "require approval before export".
#include "cliutil.h"
#include "cmd_shelflife.h"
#include "cmd_findings.h"
#include "commands.h"
#include "util/displaydate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

QString stampText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject commentJson(const ReviewComment &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("item"), c.itemId},
            {QStringLiteral("author"), c.author},
            {QStringLiteral("account"), c.account},
            {QStringLiteral("createdAt"), stampText(c.createdAt)},
            {QStringLiteral("text"), c.text},
            {QStringLiteral("resolved"), c.resolved},
            {QStringLiteral("resolvedBy"), c.resolvedBy},
            {QStringLiteral("resolvedAt"), stampText(c.resolvedAt)},
            {QStringLiteral("origin"), c.origin},
            {QStringLiteral("findingStatus"), c.findingStatus}};
}

QJsonObject signOffJson(const SignOff &s)
{
    return {{QStringLiteral("state"), reviewStateKey(s.state)},
            {QStringLiteral("author"), s.author},
            {QStringLiteral("account"), s.account},
            {QStringLiteral("at"), stampText(s.at)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("fingerprint"), s.fingerprint}};
}

const char reviewUsage[] =
    QT_TRANSLATE_NOOP("hoshi::cli::Cli",
                      "usage: hoshi-cli review comment WS --declaration ID [--item ITEM] --author NAME --text T\n"
                      "       hoshi-cli review resolve WS --comment ID --author NAME\n"
                      "       hoshi-cli review list WS --declaration ID [--json]\n"
                      "       hoshi-cli review request|approve WS --declaration ID --author NAME\n"
                      "       hoshi-cli review reject WS --declaration ID --author NAME --reason T");

void addReviewOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("item"), Cli::tr("Criteria item the comment is about (comment)."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("author"), Cli::tr("Name of who comments, resolves, requests or decides."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("text"), Cli::tr("Comment text (comment)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("comment"), Cli::tr("Comment id (resolve)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("reason"), Cli::tr("Why changes are needed (reject)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON (list).")});
}

// --author is required by every verb that changes something.
bool requireAuthor(const QCommandLineParser &parser)
{
    if (!parser.value(QStringLiteral("author")).trimmed().isEmpty())
        return true;
    err(Cli::tr("error: --author is required"));
    return false;
}

bool knownDeclaration(const Workspace &ws, qint64 id)
{
    if (ws.declaration(id))
        return true;
    err(Cli::tr("error: there is no declaration with the id %1").arg(id));
    return false;
}

int printList(const Workspace &ws, qint64 declarationId, bool json)
{
    QString error;
    const std::optional<DeclarationSnapshot> s = ws.snapshot(declarationId, Workspace::ContentCheck::Skip, &error);
    if (!s) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    const ReviewSummary &r = s->review;
    const QList<ReviewComment> comments = ws.comments(declarationId);
    const QString sameAccount = ws.selfApprovedAccount(declarationId);
    if (json) {
        QJsonArray commentList;
        for (const ReviewComment &c : comments)
            commentList.append(commentJson(c));
        QJsonArray signOffList;
        for (const SignOff &so : ws.signOffs(declarationId))
            signOffList.append(signOffJson(so));
        QJsonObject approval;
        if (r.approval) {
            approval = signOffJson(*r.approval);
            approval.insert(QStringLiteral("stale"), r.approvalStale);
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("declaration"), declarationId},
                                            {QStringLiteral("state"), reviewStateKey(r.state)},
                                            {QStringLiteral("approval"), r.approval ? QJsonValue(approval) : QJsonValue()},
                                            {QStringLiteral("sameAccount"), sameAccount},
                                            {QStringLiteral("openComments"), r.openComments},
                                            {QStringLiteral("comments"), commentList},
                                            {QStringLiteral("signOffs"), signOffList}}));
        return Ok;
    }
    out(Cli::tr("review state: %1").arg(reviewStateName(r.state)));
    if (r.approval)
        out(Cli::tr("approved by %1 at %2 (fingerprint %3)%4")
                .arg(r.approval->author, DisplayDate::dateTime(r.approval->at), r.approval->fingerprint.left(16),
                     r.approvalStale ? Cli::tr(", stale: the declaration changed since") : QString()));
    if (!sameAccount.isEmpty())
        out(Cli::tr("warning: the approval was given from the same account (%1) that asked for the review or changed "
                    "the declaration").arg(sameAccount));
    for (const SignOff &so : ws.signOffs(declarationId)) {
        out(Cli::tr("  %1\t%2\t%3 (%4)%5")
                .arg(DisplayDate::dateTime(so.at), reviewStateKey(so.state), so.author,
                     so.account.isEmpty() ? Cli::tr("account not recorded") : Cli::tr("account %1").arg(so.account),
                     so.reason.isEmpty() ? QString() : QStringLiteral("\t") + so.reason));
    }
    for (const ReviewComment &c : comments) {
        out(QStringLiteral("#%1\t%2\t%3\t%4\t%5\t%6")
                .arg(c.id)
                .arg(c.resolved ? Cli::tr("resolved by %1").arg(c.resolvedBy) : Cli::tr("open"),
                     c.itemId.isEmpty() ? QStringLiteral("-") : c.itemId, c.author, DisplayDate::dateTime(c.createdAt), c.text));
    }
    out(Cli::tr("%n open comment(s)", nullptr, r.openComments));
    return Ok;
}

// request, approve, reject: a refused step is a negative answer (exit 1) and changes nothing.
int runSignOff(Workspace &ws, const QString &verb, qint64 declarationId, const QCommandLineParser &parser)
{
    const QString author = parser.value(QStringLiteral("author"));
    QString error;
    bool ok = false;
    if (verb == QLatin1String("request"))
        ok = ws.requestReview(declarationId, author, &error);
    else if (verb == QLatin1String("approve"))
        ok = ws.approve(declarationId, author, &error);
    else
        ok = ws.reject(declarationId, author, parser.value(QStringLiteral("reason")), &error);
    if (!ok) {
        err(Cli::tr("error: %1").arg(error));
        return Negative;
    }
    out(Cli::tr("declaration %1: %2").arg(declarationId).arg(reviewStateName(ws.reviewState(declarationId))));
    return Ok;
}

int runResolve(Workspace &ws, const QCommandLineParser &parser)
{
    const qint64 commentId = idOption(parser, QStringLiteral("comment"));
    if (commentId < 0 || !requireAuthor(parser))
        return UsageOrInput;
    if (!ws.comment(commentId)) {
        err(Cli::tr("error: there is no comment with the id %1").arg(commentId));
        return UsageOrInput;
    }
    QString error;
    if (!ws.resolveComment(commentId, parser.value(QStringLiteral("author")), &error)) {
        err(Cli::tr("error: %1").arg(error));
        return Negative;
    }
    return Ok;
}

} // namespace

int runReview(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("import"))
        return runReviewImport(args.mid(1)); // findings from an auditor (cmd_findings.cpp)
    const QStringList verbs{QStringLiteral("comment"), QStringLiteral("resolve"), QStringLiteral("list"),
                            QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("reject")};
    QCommandLineParser parser;
    addReviewOptions(parser);
    const bool knownVerb = verbs.contains(verb);
    if (!knownVerb || !parse(parser, QStringLiteral("review ") + verb, args.mid(1))) {
        if (!knownVerb)
            err(Cli::tr(reviewUsage));
        return UsageOrInput;
    }
    const bool readOnly = verb == QLatin1String("list");
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), readOnly ? Workspace::Access::ReadOnly
                                                                                    : Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    if (verb == QLatin1String("resolve"))
        return runResolve(*ws, parser);
    const qint64 declarationId = idOption(parser, QStringLiteral("declaration"));
    if (declarationId < 0 || !knownDeclaration(*ws, declarationId))
        return UsageOrInput;
    if (readOnly)
        return printList(*ws, declarationId, parser.isSet(QStringLiteral("json")));
    if (!requireAuthor(parser))
        return UsageOrInput;
    if (verb != QLatin1String("comment"))
        return runSignOff(*ws, verb, declarationId, parser);
    QString error;
    const qint64 id = ws->addComment(declarationId, parser.value(QStringLiteral("item")),
                                     parser.value(QStringLiteral("author")), parser.value(QStringLiteral("text")), &error);
    return reportNewId(id, error);
}

int runSettings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("require-approval"),
                      Cli::tr("on: a declaration must be approved (and unchanged since) before it can be exported."),
                      QStringLiteral("on|off")});
    addReviewPeriodOption(parser);
    if (!parse(parser, QStringLiteral("settings"), args))
        return UsageOrInput;
    const bool change = parser.isSet(QStringLiteral("require-approval")) || hasReviewPeriodOption(parser);
    const QString value = parser.value(QStringLiteral("require-approval"));
    if (parser.isSet(QStringLiteral("require-approval")) && value != QLatin1String("on") && value != QLatin1String("off")) {
        err(Cli::tr("error: --require-approval takes on or off, not \"%1\"").arg(value));
        return UsageOrInput;
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), change ? Workspace::Access::ReadWrite
                                                                                  : Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    QString error;
    if (hasReviewPeriodOption(parser) && !applyReviewPeriodOption(parser, *ws))
        return UsageOrInput;
    if (parser.isSet(QStringLiteral("require-approval")) && !ws->setRequireApproval(value == QLatin1String("on"), &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    out(QStringLiteral("require-approval: %1").arg(ws->requireApproval() ? QStringLiteral("on") : QStringLiteral("off")));
    printReviewPeriods(*ws);
    return Ok;
}

} // namespace hoshi::cli
