// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QWidget;

namespace hoshi {

// Gives every control a name a screen reader can speak. Qt already names buttons by their text
// and fields by the label whose buddy they are (form layouts too); for the rest (icon-only
// buttons, lists, tables, text areas without a label) this derives a name from what a sighted
// user reads nearby: the tool tip, the placeholder text, the enclosing group box, dock or tab.
// Installed once on the application, it names each widget the first time it is shown, so the
// widgets themselves need no accessibility code and later edits keep working.
class AccessibleNames : public QObject // no Q_OBJECT: it only overrides eventFilter()
{
public:
    // Installs the filter on the application (owned by it).
    static void install();
    // The name a screen reader speaks for the widget; empty when it would say nothing.
    [[nodiscard]] static QString spokenName(QWidget *widget);
    // Controls a user can focus or operate (buttons, fields, lists, tables, tabs).
    [[nodiscard]] static bool isControl(const QWidget *widget);
    // Names the widget (if it needs one) and its children.
    static void nameTree(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static void name(QWidget *widget);
};

} // namespace hoshi
