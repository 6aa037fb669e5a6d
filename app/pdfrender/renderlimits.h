// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace hoshi::pdfrender {

// Limits on this process, applied before it reads anything from the application: address space
// and CPU time (setrlimit), no file may grow (RLIMIT_FSIZE 0), and where libseccomp is
// available a filter that refuses opening files for writing, creating, renaming or removing
// files, network sockets and starting programs. Returns what could not be applied ("" = all).
[[nodiscard]] QString applyLimits(qint64 addressSpaceBytes, int cpuSeconds);

} // namespace hoshi::pdfrender
