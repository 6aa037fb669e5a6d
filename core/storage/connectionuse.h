// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace hoshi::storage {

// A test hook on every use of a workspace connection (each query takes its connection through
// Workspace::db()). Unset in the applications: the only cost then is one atomic load per query.
// The GUI tests set it to learn whether any query ran on the GUI thread, which must never wait
// for the workspace (see "Reads off the GUI thread" in docs/architecture.md).
using ConnectionUseObserver = void (*)();
void setConnectionUseObserver(ConnectionUseObserver observer);
void noteConnectionUse();

} // namespace hoshi::storage
