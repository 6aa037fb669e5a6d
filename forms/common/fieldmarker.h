// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/submissiongate.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

class QLabel;
class QWidget;

namespace hoshi {

// Inline validation: a field with a problem gets a coloured frame and a message under it. The
// message line is kept (empty) when there is no problem, so that the form does not move.
// The rules themselves come from the core (the submission gate); this only shows them.
class FieldMarker
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FieldMarker)

public:
    enum class Level { None, Warning, Error };
    static void mark(QWidget *field, QLabel *message, Level level, const QString &text);
    static void clear(QWidget *field, QLabel *message) { mark(field, message, Level::None, {}); }

    // Marks the fields of a form that the gate names. Fields are found by name: the gate's
    // "product.firmwareVersion" is the widget "firmwareVersionEdit" with its message label
    // "firmwareVersionMessage". Every other "*Edit" field of the form is cleared.
    static void markProblems(QWidget *form, const QString &prefix, const QList<GateProblem> &problems,
                             const QSet<QString> &keep = {});
    // Adds " *" to the labels ("<name>Label") of the given fields.
    static void markRequired(QWidget *form, const QStringList &fields);

    // Dates are typed as YYYY-MM-DD (or left empty). Returns false for text that is no date.
    [[nodiscard]] static bool parseDate(const QString &text, QDate *date);
    [[nodiscard]] static QString dateText(const QDate &date);
    [[nodiscard]] static QString dateFormatHint() { return tr("Use the form YYYY-MM-DD, for example 2027-03-31."); }
};

} // namespace hoshi
