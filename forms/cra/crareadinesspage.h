// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cra/crareadiness.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace hoshi {

class CraFieldsEditor;
class Session;

// "CRA readiness" of the current declaration: every Annex I requirement of the EU Cyber
// Resilience Act with its coverage by the declaration's ★1 evidence (through the shipped
// mapping), the ★1 items and evidence files behind it, what ★1 does not cover, and the fields
// for what the CRA adds (read-only, with the reason, when the session may not change the
// declaration). Writes the two English drafts. Reached from the declaration page.
class CraReadinessPage : public QWidget
{
    Q_OBJECT

public:
    explicit CraReadinessPage(Session *session, QWidget *parent = nullptr);

    enum class Tab { Requirements, Gaps, Fields };
    void showTab(Tab tab);
    // Selects an Annex I point by its canonical key ("i2d"); false when it is not listed.
    bool selectRequirement(const QString &key);
    void reload();
    // The readiness shown now (nullopt without a declaration or for a non-★1 one).
    [[nodiscard]] const std::optional<CraReadiness> &readiness() const { return m_readiness; }
    // Stores the fields as edited (what the Save button does); the error is shown on the page.
    bool saveFields();
    // Writes the drafts into folder (what "Write drafts…" does after asking for the folder).
    bool writeDrafts(const QString &folder, QStringList *written);

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillRequirements();
    void fillGaps();
    void fillHistory();
    void showDetails();
    void chooseDraftFolder();

    Session *m_session;
    bool m_stale = true;
    std::optional<CraReadiness> m_readiness;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_drafts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_requirements = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_gapsIntro = nullptr;
    QTreeWidget *m_gaps = nullptr;
    CraFieldsEditor *m_fields = nullptr;
    QLabel *m_historyTitle = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace hoshi
