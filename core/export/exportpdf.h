// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "domain/snapshot.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QString>

namespace hoshi {

// The PDFs of an export, drawn with QPdfWriter (QtGui; needs a QGuiApplication, which hoshi-cli
// creates with the offscreen platform). Text is drawn with the proportional IPAPGothic from fonts-ipafont-gothic so
// that Japanese stays searchable and copyable (with a font lacking the glyphs Qt would draw
// outlines, and pdftotext would find nothing).
class ExportPdf
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ExportPdf)

public:
    struct Options {
        QDate printedOn; // shown in the header when valid
        // When valid, the PDF's /CreationDate is set to this instead of "now": the copy inside the
        // retained archive must be byte-identical across exports of unchanged data.
        QDateTime fixedCreationDate;
        // "ja" (default): Japanese with English alongside; "en": English only (UK PSTI route).
        QString language = QStringLiteral("ja");
    };

    [[nodiscard]] static bool checklist(const DeclarationSnapshot &snapshot, const Options &options, QByteArray *pdf,
                                        QString *error);
    [[nodiscard]] static bool applicationData(const DeclarationSnapshot &snapshot, const Options &options,
                                              QByteArray *pdf, QString *error);
    // Any other bilingual A4 document drawn the same way (label page, change report); `images`
    // are what the HTML's <img src="NAME"> refer to.
    [[nodiscard]] static bool document(const QString &bodyHtml, const QString &title,
                                       const QHash<QString, QImage> &images, const Options &options, QByteArray *pdf,
                                       QString *error);
    // The family used for documents; loads IPAPGothic on first use. Empty *warning when a font
    // with Japanese glyphs was found.
    [[nodiscard]] static QString fontFamily(QString *warning = nullptr);
    // The date the retained archive's PDFs carry: evaluation completion, else declaration creation.
    [[nodiscard]] static QDateTime stableDate(const DeclarationSnapshot &snapshot);
};

} // namespace hoshi
