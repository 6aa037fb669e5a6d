// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteria/pointoverlay.h"
#include "domain/attachedform.h"
#include "domain/snapshot.h"
#include "formprofile.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hoshi {
class Workspace;
}

namespace hoshi::officialform {

// An official form ready to be checked or filled: the template as read, its profile, and what
// is left unresolved (FormDetector::recheck against the declaration's criteria set).
struct LoadedForm {
    AttachedForm stored; // name, SHA-256, template bytes (and the stored profile JSON)
    Workbook workbook;
    FormProfile profile; // profile.problems: what re-checking found
    // Items of the profile that the criteria set does not have (a form of another version).
    QStringList extraItems;
};

// What attaching did besides storing the form.
struct AttachOutcome {
    FormProfile profile;            // as stored, problems filled
    bool profileImported = false;   // --profile: a mapping shared by someone else
    QString importedForSha256;      // set when that profile was made for a different template file
    bool overlaySet = false;        // the profile's point texts became the declaration's official points
    int overlayItems = 0;
    int overlayPoints = 0;
    QStringList movedChoices;       // "S1.1-04: point 2 → official point 2"
    QStringList droppedChoices;     // point answers with no match among the official points
};

// The one place that turns a user's copy of IPA's checklist workbook into an attached form and
// back: the CLI's `form` commands, the form dialog (through Session), the gate and the exports
// all come here. Files are read through WorkbookReader (hostile-input safe); nothing in the
// workbook is changed or executed.
class FormAttachment
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::officialform::FormAttachment)

public:
    // Reads the template, detects its profile (or takes the one in profilePath, checked against
    // this template and the declaration's criteria set) and stores both with the declaration,
    // replacing a form attached before. Refuses anything unreadable; then nothing changes.
    [[nodiscard]] static bool attach(Workspace &workspace, qint64 declarationId, const QString &templatePath,
                                     const QString &profilePath, AttachOutcome *outcome, QString *error);
    // The declaration's attached form, re-checked. False with *error when none is attached.
    [[nodiscard]] static bool load(const Workspace &workspace, qint64 declarationId, LoadedForm *form,
                                   QString *error);
    // The same from a snapshot that carries its form (DeclarationSnapshot::form).
    [[nodiscard]] static bool fromSnapshot(const DeclarationSnapshot &snapshot, LoadedForm *form, QString *error);
    // A form given as files (hoshi-cli export --form, --profile), not stored anywhere.
    [[nodiscard]] static bool fromFiles(const CriteriaSet &criteria, const QString &templatePath,
                                        const QString &profilePath, LoadedForm *form, QString *error);
    // Saves an edited profile (the form dialog); the template stays as it is.
    [[nodiscard]] static bool saveProfile(Workspace &workspace, qint64 declarationId, const FormProfile &profile,
                                          QString *error);
    // Writes the stored profile to a file so that others can attach the same mapping.
    [[nodiscard]] static bool exportProfile(const Workspace &workspace, qint64 declarationId, const QString &path,
                                            QString *error);
    // Removes the form and the official points it set.
    [[nodiscard]] static bool remove(Workspace &workspace, qint64 declarationId, QString *error);

    // Re-checks profile against the workbook and set: fills profile->problems and extraItems.
    static void recheck(LoadedForm *form, const CriteriaSet &criteria);
    // The name of the filled copy: "<template name>-<first model number>.<xlsx|xlsm>".
    [[nodiscard]] static QString filledName(const QString &templateName, const QStringList &modelNumbers);

    // The official points a profile holds (the point texts of its items that the set has), as
    // the declaration's point overlay with this form as its source; std::nullopt without any.
    [[nodiscard]] static std::optional<PointOverlay> overlayOf(const FormProfile &profile, const CriteriaSet &criteria,
                                                               const QString &fileName, const QString &sha256);

private:
    [[nodiscard]] static bool readProfileFile(const QString &path, FormProfile *profile, QString *error);
    // Sets (or, without points, clears) the overlay this form gave; an overlay from elsewhere is
    // left alone when the form has no points. Runs inside the caller's transaction.
    [[nodiscard]] static bool applyOverlay(Workspace &workspace, qint64 declarationId, const FormProfile &profile,
                                           const QString &previousSha256, AttachOutcome *outcome, QString *error);
};

} // namespace hoshi::officialform
