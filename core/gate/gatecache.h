// SPDX-License-Identifier: Apache-2.0
#pragma once

// The submission gate's outcome for many declarations at once, remembered between calls. An
// outcome is judged again only when something it was judged from changed: the key of each
// declaration is SnapshotReader::inputKeys() (row ids and versions of everything its snapshot
// holds) with the gate context (today, language). Declarations to judge are read in one batch.
// On a file, when nothing at all changed since the last call (SnapshotReader::changeStamp()) and
// every declaration asked for is known, the keys are not even read.

#include "gate/gateprogress.h"
#include "gate/submissiongate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
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
    // The remembered outcome of each of `ids`; std::nullopt when one is not known.
    [[nodiscard]] std::optional<QList<GateOutcome>> remembered(const QList<qint64> &ids) const;

    struct Entry {
        QByteArray key;
        GateOutcome outcome;
    };
    QString m_owner; // the workspace the entries belong to (path and identity)
    QByteArray m_stamp; // the workspace's change stamp when the entries were last checked ('' = unknown)
    QByteArray m_contextKey; // the gate context they were checked with
    QSet<qint64> m_checked;  // the declarations whose entries were checked at m_stamp
    QHash<qint64, Entry> m_entries;
    int m_lastJudged = 0;
};

} // namespace hoshi
