// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hoshi {

// The user's copy of IPA's checklist workbook attached to a declaration (schema step 9). The
// template is kept byte for byte in the content store, like an evidence file; the form profile
// (format "hoshi-form-profile", core/officialform/formprofile.h) says where each answer goes and
// which parts a person set.
struct AttachedForm {
    qint64 declarationId = -1;
    QString originalName;     // the template's file name as the user had it
    QString sha256;           // lower-case hex of the template bytes
    qint64 size = 0;
    QByteArray profileJson;   // the stored profile, UTF-8 JSON
    QDateTime attachedAt;     // UTC
    QString attachedBy;
    QByteArray templateBytes; // filled only when asked for (snapshots, exports)
};

} // namespace hoshi
