// SPDX-License-Identifier: Apache-2.0
#include "capturedroptarget.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace hoshi {

CaptureDropTarget::CaptureDropTarget(QWidget *watched, std::function<QString(const QPoint &)> itemAt, QObject *parent)
    : QObject(parent), m_watched(watched), m_itemAt(std::move(itemAt))
{
    watched->setAcceptDrops(true);
    watched->installEventFilter(this);
}

QString CaptureDropTarget::droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return {};
    const QString path = data->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xml") || suffix == QLatin1String("json") ? path : QString();
}

bool CaptureDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_watched)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const bool take = !droppedFile(drag->mimeData()).isEmpty()
                          && !m_itemAt(drag->position().toPoint()).isEmpty();
        if (take)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        const QString itemId = m_itemAt(drop->position().toPoint());
        if (path.isEmpty() || itemId.isEmpty())
            return false;
        drop->acceptProposedAction();
        Q_EMIT fileDropped(path, itemId);
        return true;
    }
    default:
        return false;
    }
}

} // namespace hoshi
