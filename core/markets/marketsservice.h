// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recognition.h"
#include "ukrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi {
class Workspace;
}

namespace hoshi::markets {

// What the CLI and the label page ask about one declaration: its label's recognition in each
// market, and the UK compliance record. Reads the workspace; the rules are Recognition's.
struct DeclarationMarkets {
    qint64 declarationId = -1;
    RecognitionInput input;
    QList<MarketStatus> statuses; // UK first, then Singapore
    QDate today;

    [[nodiscard]] QJsonObject toJson() const;
};

class MarketsService
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::markets::MarketsService)

public:
    [[nodiscard]] static std::optional<DeclarationMarkets> read(const Workspace &workspace, qint64 declarationId,
                                                                const QDate &today, QString *error);
    // The UK record of a declaration as of today (refused while not deemed compliant).
    [[nodiscard]] static std::optional<UkComplianceRecord> ukRecord(const Workspace &workspace, qint64 declarationId,
                                                                    const QDate &today, QString *error);
    // Writes FILE.pdf and FILE.json beside it; nothing when refused.
    [[nodiscard]] static bool writeUkRecord(const Workspace &workspace, qint64 declarationId, const QDate &today,
                                            const QString &pdfPath, QString *error);
};

} // namespace hoshi::markets
