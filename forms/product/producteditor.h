// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace hoshi {

namespace Ui {
class ProductEditor;
}

class Session;

// Every field of the product's public label page, each committed (undoably) when it is left.
// Required fields and checks come from the submission gate, so the editor marks exactly what
// would block a declaration.
class ProductEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProductEditor(Session *session, QWidget *parent = nullptr);
    ~ProductEditor() override;

    void setProduct(qint64 productId);
    [[nodiscard]] qint64 productId() const { return m_productId; }
    // Focuses the field a gate problem names, e.g. "product.firmwareVersion".
    void focusField(const QString &field);
    void commitPending();
    void setReadOnly(bool readOnly);
    // The fields currently marked with a problem (for tests and the accessibility summary).
    [[nodiscard]] QStringList markedFields() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void load(const Product &p, bool force);
    void validate(const Product &p);
    void commit(const std::function<void(Product &)> &change);
    // The firmware image hash: typed (checked inline) or computed from a chosen image file.
    void commitImageHash(const QString &text);
    void chooseFirmwareImage();

    std::unique_ptr<Ui::ProductEditor> m_ui;
    Session *m_session;
    qint64 m_productId = -1;
    bool m_readOnly = false;
};

} // namespace hoshi
