// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hoshi {

// Why a frozen copy of a declaration was kept: it was approved (sign-off), exported for
// submission, or its label was recorded. "Changes since" compares the current declaration with
// the latest baseline of a kind.
enum class BaselineKind { Approval, Export, Label };

[[nodiscard]] QString baselineKindKey(BaselineKind kind); // "approval", "export", "label"
[[nodiscard]] std::optional<BaselineKind> baselineKindFromKey(const QString &key);

// A declaration as it stood at one moment: the same JSON that goes into the evidence archive
// (data/declaration.json, with file hashes). Never changes once stored.
struct Baseline {
    qint64 id = -1;
    qint64 declarationId = -1;
    BaselineKind kind = BaselineKind::Export;
    QDateTime createdAt;
    QString actor;
    QString exportId;    // the export's id (bag-info Hoshi-Export-Id); empty when not from an export
    QString fingerprint; // DeclarationFingerprint of json
    QByteArray json;     // DeclarationJson bytes
};

} // namespace hoshi
