// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace hoshi {

class Session;

// The criteria library: every criteria set known to this installation and the open workspace
// (built-in, user folder, workspace copies) with version, status and source; importing a file
// (problems shown with file and JSON pointer); two versions compared item by item; which
// declarations use which set, and carrying one over to a newer set with its review list.
class CriteriaLibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaLibraryPage(Session *session, QWidget *parent = nullptr);

    void reload();
    // Picks the two sets to compare (by id) and shows their differences.
    void compare(const QString &olderId, const QString &newerId);
    void importFile(const QString &path);
    // Carries the declaration over to the set; the review list shows what must be judged again.
    bool carryOver(qint64 declarationId, const QString &targetSetId);
    // Applies another data revision of the declaration's own set in place (no dialog); the
    // review list shows point answers that moved or lost their point.
    bool updateCriteriaData(qint64 declarationId, int dataRevision);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void fillSets();
    void fillUsage();
    // Offers as carry-over targets only other sets of the selected declaration's level.
    void filterTargets();
    void showDiff();
    void chooseImport();
    void carryOverSelected();
    void updateSelected();
    void updateButtons();

    Session *m_session;
    QLabel *m_setsHeading;
    QTreeWidget *m_sets;
    QLabel *m_sourceLabel;
    QPushButton *m_import;
    QListWidget *m_problems;
    QLabel *m_compareHeading;
    QComboBox *m_older;
    QComboBox *m_newer;
    QLabel *m_diffSummary;
    QTableWidget *m_diff;
    QLabel *m_usageHeading;
    QTreeWidget *m_usage;
    QComboBox *m_target;
    QPushButton *m_carryOver;
    QPushButton *m_updateData;
    QListWidget *m_review;
};

} // namespace hoshi
