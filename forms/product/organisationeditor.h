// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QWidget>

#include <memory>

namespace hoshi {

namespace Ui {
class OrganisationEditor;
}

class Session;

// The vendor organisation (manufacturer) as it is registered; each field committed when left.
class OrganisationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationEditor(Session *session, QWidget *parent = nullptr);
    ~OrganisationEditor() override;

    void setOrganisation(qint64 organisationId);
    [[nodiscard]] qint64 organisationId() const { return m_organisationId; }
    void focusField(const QString &field);
    void commitPending();
    void setReadOnly(bool readOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void load(const Organisation &o, bool force);

    std::unique_ptr<Ui::OrganisationEditor> m_ui;
    Session *m_session;
    qint64 m_organisationId = -1;
    bool m_readOnly = false;
};

} // namespace hoshi
