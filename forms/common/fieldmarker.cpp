// SPDX-License-Identifier: Apache-2.0
#include "fieldmarker.h"
#include "statuscolours.h"
#include "util/displaydate.h"

#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace hoshi {

void FieldMarker::mark(QWidget *field, QLabel *message, Level level, const QString &text)
{
    // A dynamic property drives the style sheet, so the frame follows the palette's metrics.
    const char *state = level == Level::Error ? "error" : level == Level::Warning ? "warning" : "";
    if (field && field->property("validation").toString() != QLatin1String(state)) {
        // A style-sheet border draws a one-line field a little lower than the native frame:
        // keep the native height so that the rows below do not move when it is marked.
        if (field->sizePolicy().verticalPolicy() == QSizePolicy::Fixed && !field->property("nativeHeight").isValid()) {
            field->setProperty("nativeHeight", field->sizeHint().height());
            field->setMinimumHeight(field->sizeHint().height());
        }
        field->setProperty("validation", QLatin1String(state));
        field->setStyleSheet(level == Level::Error     ? StatusColours::borderStyle(Tone::Bad)
                             : level == Level::Warning ? StatusColours::borderStyle(Tone::Warning)
                                                       : QString());
    }
    if (message) {
        // The message keeps its line when there is nothing to say: fields must not jump under
        // the mouse as messages come and go while one types.
        message->setText(level != Level::None ? text : QString());
        const QMargins m = message->contentsMargins();
        message->setMinimumHeight(message->fontMetrics().height() + 2 * message->margin() + m.top() + m.bottom());
        auto *form = message->parentWidget() ? qobject_cast<QFormLayout *>(message->parentWidget()->layout()) : nullptr;
        if (form && form->indexOf(message) >= 0)
            form->setRowVisible(message, true);
        else
            message->setVisible(true);
        message->setStyleSheet(level == Level::Error ? StatusColours::textStyle(Tone::Bad)
                                                     : StatusColours::textStyle(Tone::Warning));
    }
}

void FieldMarker::markProblems(QWidget *form, const QString &prefix, const QList<GateProblem> &problems,
                               const QSet<QString> &keep)
{
    QHash<QString, GateProblem> byField;
    for (const GateProblem &p : problems) {
        if (!p.field.startsWith(prefix))
            continue;
        const QString name = p.field.mid(prefix.size());
        // A blocking problem wins over a warning on the same field.
        if (!byField.contains(name) || (p.isBlocking() && !byField.value(name).isBlocking()))
            byField.insert(name, p);
    }
    const QList<QLabel *> messages = form->findChildren<QLabel *>();
    for (QLabel *message : messages) {
        const QString objectName = message->objectName();
        if (!objectName.endsWith(QLatin1String("Message")))
            continue;
        const QString name = objectName.chopped(7);
        if (keep.contains(name))
            continue;
        QWidget *field = form->findChild<QWidget *>(name + QLatin1String("Edit"));
        if (byField.contains(name)) {
            const GateProblem &p = byField[name];
            mark(field, message, p.isBlocking() ? Level::Error : Level::Warning, p.message);
        } else {
            clear(field, message);
        }
    }
}

void FieldMarker::markRequired(QWidget *form, const QStringList &fields)
{
    for (const QString &name : fields) {
        if (auto *label = form->findChild<QLabel *>(name + QLatin1String("Label"))) {
            if (!label->text().endsWith(QLatin1String(" *")))
                label->setText(label->text() + QLatin1String(" *"));
        }
    }
}

bool FieldMarker::parseDate(const QString &text, QDate *date)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *date = QDate();
        return true;
    }
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    const QRegularExpressionMatch m = iso.match(t);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return false;
    *date = d;
    return true;
}

QString FieldMarker::dateText(const QDate &date)
{
    return DisplayDate::date(date);
}

} // namespace hoshi
