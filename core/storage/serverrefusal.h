// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace hoshi {

class Workspace;

// What a person should read when the server refused something or could not be reached. The
// errors the Workspace returns carry the driver's raw text ("ERROR:  permission denied for table
// assessment (42501) QPSQL: Unable to create query"); this turns it, by SQLSTATE and by the names
// of Hoshi's own server rules, into a translated sentence, and keeps the raw text as details for
// a details pane. Text that is not a server's error is passed through unchanged.
struct ServerRefusal
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ServerRefusal)

public:
    enum class Kind {
        None,                // not a server error: message is the text as given
        ConnectionLost,      // the server cannot be reached (class 08, shutdown, socket closed)
        NotPermitted,        // 42501: the role may not do this (an auditor writing, ...)
        RowSecurity,         // a row the user may not write (another organisation's)
        ApproverNotReviewer, // the server's approval rule: only a reviewer may approve
        ApproverChangedIt,   // the server's approval rule: who changed it may not approve it
        ReadOnly,            // 25006: a read-only transaction
        AppendOnly,          // history, baselines and sign-offs cannot be changed
        Other,               // some other refusal of the server
    };

    Kind kind = Kind::None;
    QString message; // translated, without SQLSTATE or driver text
    QString details; // the raw text as the server and the driver gave it ("" for Kind::None)
    QString sqlState;

    [[nodiscard]] bool isServerError() const { return kind != Kind::None; }
    [[nodiscard]] bool isConnectionLost() const { return kind == Kind::ConnectionLost; }

    // Explains one error text (as a Workspace method set it).
    [[nodiscard]] static ServerRefusal explain(const QString &errorText);
    // The five-character SQLSTATE the driver put in the text ("(42501)"), or "".
    [[nodiscard]] static QString sqlStateIn(const QString &errorText);
    // Whether the workspace's own connection still answers. Always true for a file. One small
    // query on the workspace's connection: a server workspace always has an identity in `meta`,
    // so no answer means the connection is gone (read errors of the Workspace are otherwise
    // indistinguishable from records that do not exist).
    [[nodiscard]] static bool connectionAnswers(const Workspace &workspace);
    // The sentence shown while the server cannot be reached.
    [[nodiscard]] static QString unreachableMessage();
};

} // namespace hoshi
