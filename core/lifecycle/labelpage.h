// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"
#include "labelrecord.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace hoshi {

// The public label page as IPA publishes it for a labelled product: the label-page fields of the
// product and the label data, the ★ mark and a QR code to the product page. What is not recorded
// is shown as missing; nothing is filled in. Bilingual (ja/en) like every generated document.
struct LabelPageField {
    QString caption; // "製品名 / Product name"
    QString value;   // empty: missing (or, for an optional field, simply not given)
    bool optional = false; // the label page may leave it out: empty is not shown as missing
};

struct LabelPageView {
    int level = 0;
    QString registrationNumber;
    QString productPageUrl; // what the QR code encodes; empty: no QR code yet
    QList<LabelPageField> label;
    QList<LabelPageField> product;
};

class LabelPage
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::LabelPage)

public:
    static constexpr char QrResource[] = "hoshi-label-qr.png";

    [[nodiscard]] static LabelPageView of(const DeclarationSnapshot &snapshot, const LabelRecord &record,
                                          const QDate &today);
    // The page as HTML for QTextDocument; the QR code is <img src="QrResource">.
    [[nodiscard]] static QString html(const LabelPageView &view);
    // A QR code of `text` (libqrencode, error correction M), `moduleSize` pixels per module and a
    // four-module quiet zone. A null image when the text is empty or cannot be encoded.
    [[nodiscard]] static QImage qrCode(const QString &text, int moduleSize);
    [[nodiscard]] static bool writePdf(const LabelPageView &view, const QString &path, QString *error);
    // Placeholder shown for a missing value.
    [[nodiscard]] static QString missingText();
};

} // namespace hoshi
