// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoshi {

// ETSI EN 303 645 seen through a declaration: per ETSI provision, which criteria items map to it
// (the items' "etsiEn303645" mappings) with their verdicts and evidence. Informative only: the
// mapping is the project's inference from the wording, never an official table, and every row
// says so. A first step to answering once for several schemes.
struct EtsiRow {
    QString provision;      // "5.1-1"
    bool ukPsti = false;    // one of the UK PSTI regime's four provisions
    QStringList itemIds;    // Hoshi items mapped to it
    QStringList verdicts;   // "S1.1-02: conforming"
    QStringList evidence;   // one line per evidence record, de-duplicated
    QString confidence;     // "ours" unless the criteria file says otherwise
};

class EtsiView
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::EtsiView)

public:
    [[nodiscard]] static QList<EtsiRow> rows(const DeclarationSnapshot &snapshot);
    // UTF-8 with BOM, CRLF, like the checklist CSV; English headers (ETSI is an English standard).
    [[nodiscard]] static QByteArray csv(const DeclarationSnapshot &snapshot);
    [[nodiscard]] static QString inferenceNote();
};

} // namespace hoshi
