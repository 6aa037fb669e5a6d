// SPDX-License-Identifier: Apache-2.0
#include "formfiller.h"

#include "archive/zipwriter.h"
#include "sheetpatcher.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>

namespace hoshi::officialform {

namespace {

struct Write {
    CellRef cell;
    QString value;
    QString owner; // item id or field key, for messages
};

QList<Write> writesOf(const FormProfile &profile, const FormAnswers &answers)
{
    QList<Write> writes;
    auto add = [&](const CellRef &cell, const QString &value, const QString &owner) {
        if (cell.isValid() && !value.isEmpty())
            writes.append({cell, value, owner});
    };
    for (const FormItem &item : profile.items) {
        const FormAnswers::Item *a = answers.item(item.itemId);
        if (!a)
            continue;
        bool perPoint = false;
        for (int i = 0; i < item.points.size(); ++i) {
            if (item.points.at(i).verdictCell.isValid()) {
                perPoint = true;
                add(item.points.at(i).verdictCell, a->pointWords.value(i), item.itemId);
            }
        }
        if (!perPoint)
            add(item.verdictCell, a->verdictWord, item.itemId);
        add(item.evidenceCell, a->evidence, item.itemId);
        add(item.reasonCell, a->reason, item.itemId);
        add(item.remarksCell, a->remarks, item.itemId);
    }
    for (const FormField &field : profile.fields)
        add(field.valueCell, answers.fields.value(field.key), field.key);
    return writes;
}

// textLength validations: the operator and its bounds (formula1/formula2 as numbers).
bool lengthAllowed(const DataValidation &v, qsizetype length)
{
    bool ok1 = false, ok2 = false;
    const double a = v.formula1.toDouble(&ok1);
    const double b = v.formula2.toDouble(&ok2);
    if (!ok1)
        return true; // a bound given as a formula is not evaluated; Excel's own limit still applies
    const double n = double(length);
    const QString &op = v.operatorName;
    if (op.isEmpty() || op == QLatin1String("between"))
        return ok2 ? n >= a && n <= b : true;
    if (op == QLatin1String("notBetween"))
        return ok2 ? n < a || n > b : true;
    if (op == QLatin1String("equal"))
        return n == a;
    if (op == QLatin1String("notEqual"))
        return n != a;
    if (op == QLatin1String("greaterThan"))
        return n > a;
    if (op == QLatin1String("lessThan"))
        return n < a;
    if (op == QLatin1String("greaterThanOrEqual"))
        return n >= a;
    if (op == QLatin1String("lessThanOrEqual"))
        return n <= a;
    return true;
}

void checkWrite(const Workbook &workbook, const Write &w, QList<FormProblem> *problems)
{
    auto problem = [&](const char *code, const QString &message) {
        problems->append({QString::fromLatin1(code), w.owner, w.cell.toString(), message});
    };
    const WorkbookSheet *sheet = workbook.sheet(w.cell.sheet);
    if (!sheet) {
        problem("cell-missing", FormFiller::tr("The sheet \"%1\" is not in the workbook.").arg(w.cell.sheet));
        return;
    }
    if (w.value.size() > FormFiller::MaxCellCharacters)
        problem("value-too-long", FormFiller::tr("%1: the text has %2 characters; a cell holds at most %3.")
                                      .arg(w.cell.toString())
                                      .arg(w.value.size())
                                      .arg(FormFiller::MaxCellCharacters));
    if (const WorkbookCell *cell = sheet->cell(w.cell.row, w.cell.column); cell && cell->hasFormula)
        problem("formula-cell", FormFiller::tr("%1 holds a formula; Hoshi does not overwrite it.").arg(w.cell.toString()));
    const DataValidation *v = sheet->validationAt(w.cell.row, w.cell.column);
    if (!v)
        return;
    if (v->type == QLatin1String("list")) {
        if (v->listValues.isEmpty())
            problem("validation-unreadable", FormFiller::tr("%1 only takes values from a list that Hoshi can not read (%2).")
                                                 .arg(w.cell.toString(), v->formula1));
        else if (!v->listValues.contains(w.value))
            problem("value-not-in-list", FormFiller::tr("%1 only takes %2; \"%3\" is not one of them.")
                                             .arg(w.cell.toString(), v->listValues.join(QStringLiteral(", ")), w.value.left(80)));
    } else if (v->type == QLatin1String("textLength") && !lengthAllowed(*v, w.value.size())) {
        problem("value-too-long", FormFiller::tr("%1: the text has %2 characters, which the cell's validation does not allow (%3 %4 %5).")
                                      .arg(w.cell.toString())
                                      .arg(w.value.size())
                                      .arg(v->operatorName.isEmpty() ? QStringLiteral("between") : v->operatorName, v->formula1, v->formula2));
    }
}

} // namespace

QList<FormProblem> FormFiller::check(const Workbook &workbook, const FormProfile &profile, const FormAnswers &answers)
{
    QList<FormProblem> problems;
    const QList<Write> writes = writesOf(profile, answers);
    QHash<QString, QString> owners;
    for (const Write &w : writes) {
        const QString key = w.cell.toString();
        if (owners.contains(key))
            problems.append({QStringLiteral("cell-shared"), w.owner, key,
                             tr("%1 is the answer cell of both %2 and %3.").arg(key, owners.value(key), w.owner)});
        owners.insert(key, w.owner);
        checkWrite(workbook, w, &problems);
    }
    return problems;
}

bool FormFiller::fill(const Workbook &workbook, const FormProfile &profile, const FormAnswers &answers, QByteArray *out,
                      QList<FormProblem> *problems, QString *error)
{
    const QList<FormProblem> found = check(workbook, profile, answers);
    if (problems)
        *problems = found;
    if (!found.isEmpty()) {
        if (error)
            *error = tr("The form can not be filled: %n problem(s).", nullptr, int(found.size()));
        return false;
    }
    QHash<QString, patch::CellValues> perPart;
    for (const Write &w : writesOf(profile, answers))
        perPart[workbook.sheet(w.cell.sheet)->partPath].insert(WorkbookSheet::key(w.cell.row, w.cell.column), w.value);
    QHash<QString, QByteArray> replaced;
    for (auto it = perPart.constBegin(); it != perPart.constEnd(); ++it) {
        QByteArray patched;
        QString patchError;
        if (!patch::worksheet(workbook.part(it.key())->data, *it, &patched, &patchError)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(it.key(), patchError);
            return false;
        }
        replaced.insert(it.key(), patched);
    }
    if (workbook.hasFormulas && !perPart.isEmpty()) {
        const WorkbookPart *p = workbook.part(workbook.workbookPartPath);
        QByteArray patched;
        QString patchError;
        if (!p || !patch::fullCalcOnLoad(p->data, &patched, &patchError)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(workbook.workbookPartPath, patchError);
            return false;
        }
        replaced.insert(p->path, patched);
    }
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    ZipWriter zip(&buffer);
    if (!zip.open(error))
        return false;
    for (const WorkbookPart &p : workbook.parts) {
        if (p.isDirectory)
            continue; // a folder entry carries nothing; Office never writes one
        const QByteArray &data = replaced.contains(p.path) ? replaced[p.path] : p.data;
        const QDateTime modified = p.modified.isValid() ? p.modified : QDateTime(QDate(1980, 1, 1), QTime(0, 0));
        if (!zip.addFile(p.path, data, modified, ZipWriter::Compression::Deflate, error))
            return false;
    }
    return zip.close(error);
}

bool FormFiller::fillToFile(const Workbook &workbook, const FormProfile &profile, const FormAnswers &answers,
                            const QString &path, QList<FormProblem> *problems, QString *error)
{
    QByteArray bytes;
    if (!fill(workbook, profile, answers, &bytes, problems, error))
        return false;
    // QSaveFile writes beside the target and renames over it on commit: a reader never sees half
    // a workbook, and a failure leaves nothing behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Can not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hoshi::officialform
