// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteria/criterialibrary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hoshi {

// The status column of the criteria library, in words: "published", "draft (public comment
// until …)", "superseded by …". `today` is passed in so that a period that ended a year ago is
// not called current (and so that tests can fix the date).
[[nodiscard]] QString criteriaStatusText(const CriteriaLibraryEntry &entry, const QList<CriteriaLibraryEntry> &all,
                                         const QDate &today);

// The set that really replaces `entry`: one that lists it in "supersedes" and is not older
// (by publication date) than it. An older file that claims to replace a newer one is not
// believed. Empty when there is none.
[[nodiscard]] QString criteriaReplacement(const CriteriaLibraryEntry &entry, const QList<CriteriaLibraryEntry> &all);

} // namespace hoshi
