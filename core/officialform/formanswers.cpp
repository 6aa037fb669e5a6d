// SPDX-License-Identifier: Apache-2.0
#include "formfiller.h"

#include "export/exporttext.h"

#include <QRegularExpression>

#include <algorithm>

namespace hoshi::officialform {

namespace {

// IPA's id of the set: a data revision Hoshi adds ("-rev2") is not part of it.
QString officialCriteriaId(const QString &id)
{
    static const QRegularExpression revision(QStringLiteral("-rev[0-9]+$"));
    return QString(id).remove(revision);
}

QString evidenceText(const DeclarationSnapshot &snapshot, const QString &itemId)
{
    QList<Evidence> evidence = snapshot.evidence.value(itemId);
    std::sort(evidence.begin(), evidence.end(), [](const Evidence &x, const Evidence &y) { return x.id < y.id; });
    QStringList lines;
    for (const Evidence &e : std::as_const(evidence))
        lines << ExportText::evidenceLine(e);
    return lines.join(QLatin1Char('\n'));
}

QHash<QString, QString> fieldValues(const DeclarationSnapshot &s)
{
    QString contact = s.organisation.contactName;
    if (!s.organisation.contactEmail.isEmpty())
        contact = contact.isEmpty() ? s.organisation.contactEmail
                                    : QStringLiteral("%1 <%2>").arg(contact, s.organisation.contactEmail);
    return {{QStringLiteral("product.name"), s.product.name},
            {QStringLiteral("product.modelNumbers"), s.product.modelNumbers.join(QStringLiteral(", "))},
            {QStringLiteral("manufacturer.name"), s.organisation.name},
            {QStringLiteral("manufacturer.corporateNumber"), s.organisation.corporateNumber},
            {QStringLiteral("product.firmwareVersion"), s.product.firmwareVersion},
            {QStringLiteral("declaration.evaluationCompletedOn"),
             s.declaration.evaluationCompletedOn.isValid() ? s.declaration.evaluationCompletedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("criteria.id"), officialCriteriaId(s.criteria.id)},
            {QStringLiteral("manufacturer.contact"), contact}};
}

} // namespace

const FormAnswers::Item *FormAnswers::item(const QString &itemId) const
{
    for (const Item &i : items) {
        if (i.itemId == itemId)
            return &i;
    }
    return nullptr;
}

FormAnswers FormAnswersBuilder::fromSnapshot(const DeclarationSnapshot &snapshot, const FormProfile &profile,
                                             QList<FormProblem> *problems)
{
    FormAnswers answers;
    answers.fields = fieldValues(snapshot);
    for (const FormItem &formItem : profile.items) {
        const Assessment *assessment = snapshot.assessmentOf(formItem.itemId);
        const CriteriaItem *criteriaItem = snapshot.criteria.item(formItem.itemId);
        FormAnswers::Item item;
        item.itemId = formItem.itemId;
        item.verdict = assessment ? assessment->verdict : Verdict::NotAssessed;
        if (item.verdict != Verdict::NotAssessed) {
            const auto word = profile.vocabulary.wordFor(item.verdict);
            if (word)
                item.verdictWord = *word;
            else if (problems)
                problems->append({QStringLiteral("vocabulary-unmapped"), item.itemId, formItem.verdictCell.toString(),
                                  tr("The template has no word for \"%1\" (item %2).").arg(verdictName(item.verdict), item.itemId)});
        }
        // Each point takes the item's verdict; with alternatives, a point the vendor does not
        // rely on is left empty.
        const QStringList chosen = snapshot.chosenPoints.value(item.itemId);
        for (const FormPoint &point : formItem.points) {
            QString word = item.verdictWord;
            if (criteriaItem && criteriaItem->pointMode == PointMode::Alternatives && item.verdict == Verdict::Conforming
                && point.number <= criteriaItem->points.size()
                && !chosen.contains(criteriaItem->points.at(point.number - 1).id))
                word.clear();
            item.pointWords << word;
        }
        item.evidence = evidenceText(snapshot, item.itemId);
        if (assessment && item.verdict == Verdict::NotApplicable)
            item.reason = assessment->justification;
        if (assessment)
            item.remarks = assessment->notes;
        // A form without a reason column keeps the N/A reason in its remarks.
        if (!formItem.reasonCell.isValid() && !item.reason.isEmpty()) {
            item.remarks = item.remarks.isEmpty() ? item.reason : item.reason + QLatin1Char('\n') + item.remarks;
            item.reason.clear();
        }
        answers.items.append(item);
    }
    return answers;
}

} // namespace hoshi::officialform
