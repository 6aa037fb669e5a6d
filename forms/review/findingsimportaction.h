// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

class QWidget;

namespace hoshi {

class Session;

// File ▸ Import findings…: asks for a reviewer's <archive>-findings.json and imports it into the
// session's workspace (FindingsImporter: all or nothing). On success the declaration it belongs
// to is opened and the user is told what arrived and who signed it; a refused file changes
// nothing and the reason is shown.
class FindingsImportAction
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FindingsImportAction)

public:
    static bool run(QWidget *parent, Session *session);
    // Without the file dialog (tests, drag and drop).
    static bool importFile(QWidget *parent, Session *session, const QString &path);
};

} // namespace hoshi
