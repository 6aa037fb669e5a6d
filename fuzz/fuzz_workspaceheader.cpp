// SPDX-License-Identifier: Apache-2.0
// A workspace file may come from anywhere (a copy, a mail attachment): opening it read-only runs
// the header check, the read-only probe (SQLite on hostile bytes, quick_check, format version)
// and, when accepted, reads it. Nothing may crash, and nothing may be written beside it.
#include "storage/workspace.h"
#include "fuzzsupport.h"

#include <QFileInfo>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hoshi::fuzz::ensureApplication();
    const QString path = hoshi::fuzz::scratchFile(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                                  QStringLiteral("input.hoshi"));
    QString error;
    {
        const std::unique_ptr<hoshi::Workspace> ws = hoshi::Workspace::open(path, hoshi::Workspace::Access::ReadOnly, &error);
        if (ws) {
            for (const hoshi::Declaration &d : ws->declarations())
                (void)ws->snapshot(d.id, hoshi::Workspace::ContentCheck::Verify, &error);
        } else if (error.isEmpty()) {
            __builtin_trap(); // a refusal always says why
        }
    }
    if (QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm")))
        __builtin_trap(); // a read-only open left a trace
    return 0;
}
