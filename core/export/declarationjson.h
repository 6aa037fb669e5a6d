// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "domain/snapshot.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hoshi {

class EvidencePlan;

// A declaration read back from an archive's data/declaration.json: what the auditor mode shows.
struct ArchivedDeclaration {
    DeclarationSnapshot snapshot;     // criteria, assessments and evidence as exported
    QHash<qint64, QString> filePaths; // EvidenceFile::id -> path inside the bag ("data/evidence/...")
    QString softwareVersion;          // Hoshi version that wrote it
};

// data/declaration.json: the whole declaration in one self-describing file, including the exact
// criteria set it was assessed against (so it stays readable when the criteria change).
// Deterministic: keys sorted, items in criteria order, evidence and files by id, only data that
// comes from the workspace (no export time), so unchanged data gives the same bytes.
class DeclarationJson
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::DeclarationJson)

public:
    static constexpr int FormatVersion = 1;

    // What toJson() writes: everything, or without the embedded criteria set and the point
    // overlay (the declaration's fingerprint leaves both out, and parsing the criteria set's
    // JSON cost a third of every fingerprint).
    enum class Parts { Whole, WithoutCriteriaSet };
    [[nodiscard]] static QJsonObject toJson(const DeclarationSnapshot &snapshot, const EvidencePlan &plan,
                                            Parts parts = Parts::Whole);
    [[nodiscard]] static QByteArray toBytes(const DeclarationSnapshot &snapshot, const EvidencePlan &plan);
    [[nodiscard]] static std::optional<ArchivedDeclaration> fromBytes(const QByteArray &json, QString *error);

    // The application data (manufacturer, product and label-page fields) on its own.
    [[nodiscard]] static QJsonObject applicationData(const DeclarationSnapshot &snapshot);
    [[nodiscard]] static QJsonObject organisationJson(const Organisation &o);
    [[nodiscard]] static QJsonObject productJson(const Product &p);
    [[nodiscard]] static QJsonObject declarationJson(const Declaration &d);
};

} // namespace hoshi
