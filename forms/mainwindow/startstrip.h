// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hoshi {

// The guided start of an empty workspace: organisation → product → declaration, each step
// with its button, the steps not yet possible saying what they wait for.
class StartStrip : public QWidget
{
    Q_OBJECT

public:
    explicit StartStrip(QWidget *parent = nullptr);

    // How far the workspace is; read-only workspaces get no buttons.
    void setState(int organisations, int products, bool readOnly);

Q_SIGNALS:
    void organisationRequested();
    void productRequested();
    void declarationRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Step {
        QLabel *title = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
    };
    QWidget *buildStep(Step &step, const char *objectName);
    void retranslate();
    void refresh();

    QLabel *m_heading;
    QLabel *m_intro;
    Step m_steps[3];
    int m_organisations = 0;
    int m_products = 0;
    bool m_readOnly = false;
};

} // namespace hoshi
