// SPDX-License-Identifier: Apache-2.0
#include "serverrefusal.h"

#include "workspace.h"

#include <QRegularExpression>

namespace hoshi {

namespace {

// Texts libpq and the server use when the connection is gone (they come without a SQLSTATE
// when the socket closed before the server could say anything).
bool mentionsLostConnection(const QString &text)
{
    static const char *const markers[] = {
        "server closed the connection unexpectedly", "no connection to the server", "could not connect to server",
        "connection to server", "terminating connection due to administrator command", "could not send data to server",
        "could not receive data from server", "Connection refused", "the database system is shutting down",
        "the database system is starting up", "SSL SYSCALL error", "connection not open",
    };
    for (const char *marker : markers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool looksLikeServerText(const QString &text)
{
    return text.contains(QLatin1String("QPSQL")) || text.contains(QLatin1String("ERROR:"))
           || text.contains(QLatin1String("FATAL:")) || !ServerRefusal::sqlStateIn(text).isEmpty();
}

} // namespace

QString ServerRefusal::sqlStateIn(const QString &errorText)
{
    // Qt's driver appends "(SQLSTATE)" before "QPSQL: ..."; the server's states are 5 characters
    // of digits and capitals.
    static const QRegularExpression state(QStringLiteral("\\(([0-9A-Z]{5})\\)"));
    const QRegularExpressionMatch match = state.match(errorText);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ServerRefusal::unreachableMessage()
{
    return tr("The server cannot be reached. The window is read-only until the connection is back; Hoshi "
              "reconnects by itself, and what you typed is kept and offered again.");
}

ServerRefusal ServerRefusal::explain(const QString &errorText)
{
    ServerRefusal r;
    r.sqlState = sqlStateIn(errorText);
    const QString state = r.sqlState;
    const bool serverText = looksLikeServerText(errorText);
    if (!serverText && !mentionsLostConnection(errorText)) {
        r.message = errorText;
        return r;
    }
    r.details = errorText.trimmed();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) || mentionsLostConnection(errorText)) {
        r.kind = Kind::ConnectionLost;
        r.message = unreachableMessage();
    } else if (errorText.contains(QLatin1String("only a reviewer of the organisation may approve"))) {
        r.kind = Kind::ApproverNotReviewer;
        r.message = tr("Only a reviewer of this organisation may approve a declaration; your role here does not "
                       "allow it.");
    } else if (errorText.contains(QLatin1String("since its last approval and cannot approve it"))) {
        r.kind = Kind::ApproverChangedIt;
        r.message = tr("You changed this declaration since its last approval, so another reviewer must approve it.");
    } else if (errorText.contains(QLatin1String("row-level security"))) {
        r.kind = Kind::RowSecurity;
        r.message = tr("The server did not accept the change: the record belongs to an organisation you may not "
                       "change.");
    } else if (state == QLatin1String("42501") || errorText.contains(QLatin1String("permission denied"))) {
        r.kind = Kind::NotPermitted;
        r.message = tr("The server did not accept the change: your role in this organisation may read it but not "
                       "change it. What is stored is shown again.");
    } else if (state == QLatin1String("25006")) {
        r.kind = Kind::ReadOnly;
        r.message = tr("The workspace is open read-only on the server; nothing was changed.");
    } else if (state == QLatin1String("23000")) {
        r.kind = Kind::AppendOnly;
        r.message = tr("The server keeps this record as it was written; it cannot be changed or removed.");
    } else {
        r.kind = Kind::Other;
        r.message = tr("The server did not accept the change; nothing was saved. The details say why.");
    }
    return r;
}

bool ServerRefusal::connectionAnswers(const Workspace &workspace)
{
    return !workspace.isServer() || !workspace.workspaceId().isEmpty();
}

} // namespace hoshi
