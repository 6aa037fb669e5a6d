// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// export, verify and keygen: writing and checking the exports from the command line. Each gets the arguments after its own
// word and returns the exit code (0 success, 1 negative answer, 2 usage/input error or an
// unreadable/hostile archive).
namespace hoshi::cli {

// export WS --declaration ID --out DIR [--sign KEY --cert CERT] [--no-package] [--no-archive]
int runExport(const QStringList &args);
// verify ARCHIVE.zip [--json]: 0 intact, 1 not intact, 2 unreadable or hostile
int runVerify(const QStringList &args);
// keygen --out DIR [--name CN] [--days N]
int runKeygen(const QStringList &args);

} // namespace hoshi::cli
