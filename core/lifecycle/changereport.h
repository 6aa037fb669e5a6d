// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"
#include "labelrecord.h"
#include "retestplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoshi {

// One change since the label baseline, as the report lists it.
struct ChangeRow {
    QString area;   // organisation, product, declaration, item, evidence, file
    QString kind;   // added, removed, changed
    QString itemId; // empty for product or declaration fields
    QString field;
    QString before;
    QString after;
    QStringList affectedItems;
};

// A draft to prepare the change notification to IPA: every change since the label was recorded
// (before/after, affected items), the re-test plan and the device tests already run on a new
// firmware. Bilingual PDF + JSON. It is a draft for the vendor's own use: Hoshi does not fill in
// IPA's official form, and both files say so.
struct ChangeReportInput {
    DeclarationSnapshot current;
    LabelRecord label;
    QDateTime baselineAt;
    QString baselineExportId;
    QList<ChangeRow> changes;
    QList<RetestItem> retest;
    QDateTime now;
};

class ChangeReport
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ChangeReport)

public:
    static constexpr char PdfName[] = "change-report-draft.pdf";
    static constexpr char JsonName[] = "change-report-draft.json";

    [[nodiscard]] static QString notice();
    [[nodiscard]] static QByteArray json(const ChangeReportInput &input);
    [[nodiscard]] static QString html(const ChangeReportInput &input);
    // Writes both files into outDir (created when missing); refuses to replace existing ones.
    [[nodiscard]] static bool write(const ChangeReportInput &input, const QString &outDir, QStringList *written,
                                    QString *error);

private:
    // Device-test evidence recorded for the product's current firmware after a firmware change.
    [[nodiscard]] static QList<QPair<QString, const Evidence *>> newFirmwareTests(const ChangeReportInput &input);
};

} // namespace hoshi
