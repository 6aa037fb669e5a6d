// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "baseline/changedetector.h"
#include "changereport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hoshi {

class Workspace;

// What changed in a declaration since its label was recorded: the latest Label baseline
// compared with the current declaration by ChangeDetector. Used by the label page, the change
// report and the firmware update flow.
struct LabelChanges {
    Q_DECLARE_TR_FUNCTIONS(hoshi::LabelChanges)

public:
    bool hasBaseline = false;
    QDateTime baselineAt;
    QString baselineExportId;
    QList<DeclarationChange> changes;

    // hasBaseline false (and *error empty) when no label was recorded yet; *error set when the
    // declaration or the comparison failed.
    [[nodiscard]] static LabelChanges since(const Workspace &workspace, qint64 declarationId, QString *error);
    [[nodiscard]] QStringList lines() const;
    [[nodiscard]] QList<ChangeRow> rows() const;
};

} // namespace hoshi
