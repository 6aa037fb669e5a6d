// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

#include <functional>

class QMimeData;
class QWidget;

namespace hoshi {

// Lets the user drop a tool output file (.xml, .json) on a widget that shows an item (the item
// page, a checklist row): the capture dialog then opens for that item. Only one local file is
// taken; anything else is left to the widget. The file's content is not looked at here: the
// dialog reads and parses it in the background and says why it refuses a file.
class CaptureDropTarget : public QObject
{
    Q_OBJECT

public:
    // itemAt: the item id shown at a point of watched ("" = none there).
    CaptureDropTarget(QWidget *watched, std::function<QString(const QPoint &)> itemAt, QObject *parent = nullptr);

    // The one local tool output file among the dropped data, "" when there is not exactly one.
    [[nodiscard]] static QString droppedFile(const QMimeData *data);

Q_SIGNALS:
    void fileDropped(const QString &path, const QString &itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_watched;
    std::function<QString(const QPoint &)> m_itemAt;
};

} // namespace hoshi
