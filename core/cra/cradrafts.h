// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crareadiness.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hoshi {

// The two CRA drafts Hoshi prepares from a ★1 declaration, for the manufacturer to complete and
// sign: the technical documentation (headings of Annex VII of Regulation (EU) 2024/2847) and the
// EU declaration of conformity (the fields of Annex V). Always in English, whatever the reader's
// language; each a PDF and a JSON document, marked DRAFT in its title, head and foot. The
// technical documentation points into the evidence archive exported from the same declaration
// by path (relative to the bag root, as EvidencePlan names it) and SHA-256.
class CraDrafts
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CraDrafts)

public:
    static constexpr char TechnicalDocumentationPdf[] = "cra-technical-documentation-draft.pdf";
    static constexpr char TechnicalDocumentationJson[] = "cra-technical-documentation-draft.json";
    static constexpr char DeclarationPdf[] = "cra-eu-declaration-of-conformity-draft.pdf";
    static constexpr char DeclarationJson[] = "cra-eu-declaration-of-conformity-draft.json";

    // The sentence both drafts open with (English).
    [[nodiscard]] static QString notice();
    [[nodiscard]] static QJsonObject technicalDocumentationJson(const CraReadiness &readiness, const QDateTime &now);
    [[nodiscard]] static QString technicalDocumentationHtml(const CraReadiness &readiness, const QDateTime &now);
    [[nodiscard]] static QJsonObject declarationJson(const CraReadiness &readiness, const QDateTime &now);
    [[nodiscard]] static QString declarationHtml(const CraReadiness &readiness, const QDateTime &now);
    // Writes the four files into outDir (created when missing); refuses to replace any existing
    // one, and leaves none behind when one cannot be written. Needs a QGuiApplication (PDF).
    [[nodiscard]] static bool write(const CraReadiness &readiness, const QDateTime &now, const QString &outDir,
                                    QStringList *written, QString *error);
};

} // namespace hoshi
