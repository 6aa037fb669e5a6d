// SPDX-License-Identifier: Apache-2.0
#pragma once

// The submission gate's outcome for many declarations at once, remembered between calls. An
// outcome is judged again only when something it was judged from changed: the key of each
// declaration is SnapshotReader::inputKeys() (row ids and versions of everything its snapshot
// holds) with the gate context (today, language). Declarations to judge are read in one batch.

#include "gate/gateprogress.h"
#include "gate/submissiongate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi {

class Workspace;

struct GateOutcome {
    qint64 declarationId = -1;
    QList<GateProblem> problems;
    GateProgress progress; // GateProgress::of(snapshot, problems)
    int blocking = 0;
    int warnings = 0;
    int staleDeviceTests = 0; // FirmwareStaleness::staleTestCount(snapshot)
};

class GateCache
{
public:
    // The outcome of each declaration in `ids` (same order). std::nullopt with *error when one
    // of them can not be read. Belongs to the thread that uses `workspace`.
    [[nodiscard]] std::optional<QList<GateOutcome>> outcomes(const Workspace &workspace, const QList<qint64> &ids,
                                                             const GateContext &context, QString *error);
    // The outcome of one snapshot, judged now (what outcomes() remembers; `status` judges once
    // and needs no memory).
    [[nodiscard]] static GateOutcome judge(const DeclarationSnapshot &snapshot, const GateContext &context);
    // The number of declarations the last outcomes() call read and judged (the rest came from
    // the cache): for tests and benchmarks.
    [[nodiscard]] int lastJudged() const { return m_lastJudged; }
    void clear();

private:
    struct Entry {
        QByteArray key;
        GateOutcome outcome;
    };
    QString m_owner; // the workspace the entries belong to (path and identity)
    QHash<qint64, Entry> m_entries;
    int m_lastJudged = 0;
};

} // namespace hoshi
