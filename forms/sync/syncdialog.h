// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "syncrunner.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace hoshi {

class Session;
class SyncConflictView;

// File ▸ Synchronise…: brings the open workspace (this copy) and another copy (a .hoshi file or
// a server address) to the same records. First a preview (what goes each way: counts per record
// type and the records themselves, and the conflicts, each decided in the conflict view), then
// the synchronisation with a progress bar; both run on a worker thread (SyncRunner). Afterwards
// the session reloads what it shows. Nothing is written before "Synchronise", and not while a
// conflict is undecided.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    enum CountColumn { TypeColumn, ToThisColumn, ToOtherColumn };
    enum ItemColumn { DirectionColumn, ChangeColumn, ItemRecordColumn };

    explicit SyncDialog(Session *session, QWidget *parent = nullptr);
    ~SyncDialog() override;

    // The other copy; the organisation limit (-1: the whole workspace).
    void setOtherLocation(const QString &location);
    void setOrganisation(qint64 organisationId);

    // What the buttons do (tests drive these too).
    void preview();
    void synchronise();
    // From the start of a step until its outcome is shown.
    [[nodiscard]] bool isRunning() const { return m_busy; }
    void waitForFinished();

    [[nodiscard]] SyncConflictView *conflictView() const { return m_conflicts; }
    [[nodiscard]] QTableWidget *countsTable() const { return m_counts; }
    [[nodiscard]] QTableWidget *itemsTable() const { return m_items; }
    [[nodiscard]] QPushButton *synchroniseButton() const { return m_apply; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString problemText() const;

    void reject() override;

Q_SIGNALS:
    // After a synchronisation that wrote both copies (the session has reloaded).
    void synchronised(const QString &otherLocation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    [[nodiscard]] QLayout *buildButtons(); // the problem line, progress and the buttons
    void retranslate();
    void chooseFile();
    void chooseServer();
    void invalidatePreview();
    void updateButtons();
    void setBusy(bool busy);
    [[nodiscard]] sync::SyncOptions options() const;
    void onFinished(const SyncRunner::Outcome &outcome);
    void showPlan(const sync::SyncPlan &plan);
    void showFailure(const SyncRunner::Outcome &outcome);
    void reloadSession();

    Session *m_session;
    SyncRunner m_runner;
    bool m_busy = false;
    bool m_havePlan = false;
    bool m_planHasWork = false;
    QString m_plannedLocation;

    QLabel *m_locationLabel;
    QLineEdit *m_location;
    QPushButton *m_chooseFile;
    QPushButton *m_chooseServer;
    QLabel *m_organisationLabel;
    QComboBox *m_organisation;
    QPushButton *m_preview;
    QLabel *m_summary;
    QLabel *m_countsLabel;
    QTableWidget *m_counts;
    QLabel *m_itemsLabel;
    QTableWidget *m_items;
    SyncConflictView *m_conflicts;
    QProgressBar *m_progress;
    QLabel *m_problem;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

// Opens the dialog for the main window's File ▸ Synchronise… (kept here so the main window
// needs no more than one call).
void showSyncDialog(Session *session, QWidget *parent);

} // namespace hoshi
