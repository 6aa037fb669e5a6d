// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi {

class Workspace;

// The built-in demo: a fictional vendor with three products, one ★1 declaration that is
// complete and submittable (with small generated evidence files: a PDF manual page, a test
// log and a screenshot), one in progress with several blocking problems, and a ★3 draft.
// `hoshi-cli demo`, `hoshi --demo` and the tests all use this one recipe.
struct DemoIds {
    qint64 organisation = -1;
    qint64 completeDeclaration = -1;   // passes the gate
    qint64 inProgressDeclaration = -1; // blocked
    qint64 star3Declaration = -1;
};

class DemoWorkspace
{
public:
    [[nodiscard]] static bool write(Workspace &workspace, DemoIds *ids, QString *error);
    // Creates a new workspace file at path holding the demo.
    [[nodiscard]] static bool create(const QString &path, DemoIds *ids, QString *error);
};

} // namespace hoshi
