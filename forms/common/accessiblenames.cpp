// SPDX-License-Identifier: Apache-2.0
#include "accessiblenames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>

namespace hoshi {

namespace {

const char namedProperty[] = "hoshiAccessibleNameChecked";

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

// What a sighted user reads near the widget, innermost first.
QString nearbyName(const QWidget *widget)
{
    if (!widget->toolTip().isEmpty())
        return withoutMnemonic(widget->toolTip()).section(QLatin1Char('\n'), 0, 0);
    if (const auto *line = qobject_cast<const QLineEdit *>(widget); line && !line->placeholderText().isEmpty())
        return line->placeholderText();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget); text && !text->placeholderText().isEmpty())
        return text->placeholderText();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget); text && !text->placeholderText().isEmpty())
        return text->placeholderText();
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (const auto *group = qobject_cast<const QGroupBox *>(p); group && !group->title().isEmpty())
            return withoutMnemonic(group->title());
        if (const auto *dock = qobject_cast<const QDockWidget *>(p); dock && !dock->windowTitle().isEmpty())
            return withoutMnemonic(dock->windowTitle());
        if (const auto *tabs = qobject_cast<const QTabWidget *>(p->parentWidget())) {
            const int index = tabs->indexOf(const_cast<QWidget *>(p));
            if (index >= 0 && !tabs->tabText(index).isEmpty())
                return withoutMnemonic(tabs->tabText(index));
        }
        if (p->isWindow())
            return withoutMnemonic(p->windowTitle());
    }
    return {};
}

} // namespace

void AccessibleNames::install()
{
    qApp->installEventFilter(new AccessibleNames(qApp));
}

bool AccessibleNames::isControl(const QWidget *widget)
{
    if (widget->focusPolicy() == Qt::NoFocus && !qobject_cast<const QAbstractButton *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTabBar *>(widget);
}

QString AccessibleNames::spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : widget->accessibleName();
}

void AccessibleNames::name(QWidget *widget)
{
    if (widget->property(namedProperty).toBool())
        return;
    widget->setProperty(namedProperty, true);
    if (!isControl(widget) || !widget->accessibleName().isEmpty())
        return;
    // Qt's own name (button text, a label's buddy, a form layout's label) is the best one.
    if (!spokenName(widget).isEmpty())
        return;
    // Line edits inside a combo box or spin box are spoken as part of it.
    if (qobject_cast<QComboBox *>(widget->parentWidget()) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
        return;
    const QString name = nearbyName(widget);
    if (!name.isEmpty())
        widget->setAccessibleName(name);
}

void AccessibleNames::nameTree(QWidget *root)
{
    name(root);
    for (QWidget *child : root->findChildren<QWidget *>())
        name(child);
}

bool AccessibleNames::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType())
        nameTree(static_cast<QWidget *>(watched));
    return false;
}

} // namespace hoshi
