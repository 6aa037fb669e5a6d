// SPDX-License-Identifier: Apache-2.0
#include "formrules.h"

#include "officialform/formattachment.h"
#include "officialform/formfiller.h"

#include <QSet>

namespace hoshi {

namespace {

using officialform::FormProblem;

GateProblem blocking(const QString &code, const QString &itemId, const QString &field, const QString &message)
{
    return {GateProblem::Severity::Blocking, code, itemId, field, -1, message};
}

// The field to fix for one of core/officialform's problems: the mapping (form dialog) unless
// the problem is about a value Hoshi would write.
QString fieldFor(const FormProblem &p)
{
    if (p.code.startsWith(QLatin1String("vocabulary-")))
        return QStringLiteral("form.vocabulary");
    if (p.code == QLatin1String("field-missing"))
        return QStringLiteral("form.field");
    return QStringLiteral("form.mapping");
}

GateProblem fromFormProblem(const QString &formName, const FormProblem &p)
{
    if (p.code == QLatin1String("item-missing"))
        return blocking(QStringLiteral("form-item-missing"), p.itemId, fieldFor(p),
                        FormRules::tr("The official form %1 has no answer cells for item %2 of the criteria set: "
                                      "map them in the form dialog, or attach the form of this criteria version.")
                            .arg(formName, p.itemId));
    // These name a verdict (its key), not an item.
    if (p.code == QLatin1String("vocabulary-unmapped") || p.code == QLatin1String("vocabulary-missing"))
        return blocking(QStringLiteral("form-") + p.code, QString(), fieldFor(p),
                        FormRules::tr("The official form %1: a verdict has no word in the form's list (%2). "
                                      "Map it in the form dialog.")
                            .arg(formName, p.message));
    const QString where = p.cell.isEmpty() ? QString() : FormRules::tr(" (cell %1)").arg(p.cell);
    return blocking(QStringLiteral("form-") + p.code, p.itemId, fieldFor(p),
                    FormRules::tr("The official form %1%2: %3").arg(formName, where, p.message));
}

} // namespace

QList<GateProblem> FormRules::check(const DeclarationSnapshot &s)
{
    QList<GateProblem> problems;
    if (!s.form)
        return problems;
    const QString name = s.form->originalName;
    if (s.corruptContent.contains(s.form->sha256)) {
        problems << blocking(QStringLiteral("form-content-damaged"), QString(), QStringLiteral("form"),
                             tr("The stored official form %1 is damaged: %2")
                                 .arg(name, s.corruptContent.value(s.form->sha256)));
        return problems;
    }
    officialform::LoadedForm form;
    QString error;
    if (!officialform::FormAttachment::fromSnapshot(s, &form, &error)) {
        problems << blocking(QStringLiteral("form-unreadable"), QString(), QStringLiteral("form"),
                             tr("The official form can not be used: %1").arg(error));
        return problems;
    }
    QSet<QString> seen; // one problem per code, item and cell: re-check and filler may both see it
    // Keyed by the original problem's subject (an item, a field or a verdict) and cell.
    auto add = [&](const GateProblem &p, const QString &subject, const QString &cell) {
        const QString key = p.code + QLatin1Char('\x1f') + subject + QLatin1Char('\x1f') + cell;
        if (!seen.contains(key)) {
            seen.insert(key);
            problems << p;
        }
    };
    for (const FormProblem &p : std::as_const(form.profile.problems))
        add(fromFormProblem(name, p), p.itemId, p.cell);
    for (const QString &itemId : std::as_const(form.extraItems))
        add(blocking(QStringLiteral("form-item-extra"), itemId, QStringLiteral("form.mapping"),
                     tr("The official form %1 has item %2, which the declaration's criteria set does not have: "
                        "the form is of another criteria version, or the mapping is wrong.")
                         .arg(name, itemId)),
            itemId, QString());
    if (!problems.isEmpty())
        return problems; // filling needs a complete mapping; its problems would only repeat these
    QList<FormProblem> answerProblems;
    const officialform::FormAnswers answers =
        officialform::FormAnswersBuilder::fromSnapshot(s, form.profile, &answerProblems);
    answerProblems += officialform::FormFiller::check(form.workbook, form.profile, answers);
    for (const FormProblem &p : std::as_const(answerProblems))
        add(fromFormProblem(name, p), p.itemId, p.cell);
    return problems;
}

} // namespace hoshi
