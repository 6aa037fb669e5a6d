// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "committextedit.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace hoshi {

// Refreshing a form from the workspace must not throw away what the user is typing in a
// field that has not been committed yet (a refresh happens after every commit anywhere).
// The value last shown is kept in a dynamic property; a field whose text still equals it is
// untouched by the user and may be replaced.
inline void syncField(QLineEdit *edit, const QString &value)
{
    const QVariant shown = edit->property("hoshiShown");
    if (!shown.isValid() || edit->text() == shown.toString()) {
        if (edit->text() != value)
            edit->setText(value);
        edit->setProperty("hoshiShown", value);
    }
}

// Force: used when a different record is loaded into the form.
inline void loadField(QLineEdit *edit, const QString &value)
{
    edit->setText(value);
    edit->setProperty("hoshiShown", value);
}

inline void markCommitted(QLineEdit *edit)
{
    edit->setProperty("hoshiShown", edit->text());
}

inline void syncField(CommitTextEdit *edit, const QString &value)
{
    if (!edit->isDirty())
        edit->setCommittedText(value);
}

inline void loadField(CommitTextEdit *edit, const QString &value)
{
    edit->setCommittedText(value);
}

} // namespace hoshi
