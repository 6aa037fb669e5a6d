// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "officialform/formattachment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace hoshi {

class Session;
class SheetGridModel;

// The official form of the current declaration: the user's copy of IPA's checklist workbook,
// each sheet shown read-only with the cells the form profile uses coloured by role (legend at
// the side), what detection did not find, and the verdict words. A role is assigned to a cell,
// its column or its row from the context menu or the role picker; every change is re-checked
// at once and saved into the workspace through the Session (the dialog touches no file).
class FormMappingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormMappingDialog(Session &session, QWidget *parent = nullptr);
    ~FormMappingDialog() override;

    // What assigning covers: the cell under the cursor, its column in every item block, or its row.
    enum class Scope { Cell, Column, Row };

    // The same as the role picker and the context menu (tests and the screenshot drive these).
    bool assign(const QString &sheet, int row, int column, officialform::CellRole role, const QString &key,
                Scope scope);
    bool assignWord(Verdict verdict, const QString &word);
    [[nodiscard]] const officialform::LoadedForm *form() const { return m_loaded ? &m_form : nullptr; }
    // Shows the sheet with this name (the first one otherwise).
    void showSheet(const QString &sheet);

public Q_SLOTS:
    void reload();

private:
    void buildLayout();
    QWidget *buildSidePanel();
    QWidget *buildPicker();
    void rebuildSheets();
    void refreshRoles();
    void refreshProblems();
    void refreshVocabulary();
    void refreshHeader();
    void updateKeyPicker();
    void showContextMenu(QTableView *view, const QPoint &pos);
    void assignFromPicker(Scope scope);
    bool saveAndRecheck();
    void attachWorkbook();
    void importProfile();
    void exportProfile();
    void removeForm();
    void reportAttach(const officialform::AttachOutcome &outcome);
    [[nodiscard]] QTableView *currentView() const;
    [[nodiscard]] QStringList itemIds() const;

    Session &m_session;
    officialform::LoadedForm m_form;
    bool m_loaded = false;
    QString m_shownSha256; // the workbook the grids show
    QLabel *m_header = nullptr;
    QTabWidget *m_sheets = nullptr;
    QList<SheetGridModel *> m_models;
    QListWidget *m_problems = nullptr;
    QComboBox *m_rolePicker = nullptr;
    QComboBox *m_keyPicker = nullptr;
    QVBoxLayout *m_vocabularyLayout = nullptr;
    QWidget *m_vocabularyBox = nullptr;
    QList<QComboBox *> m_wordPickers;
    QPushButton *m_attach = nullptr;
    QPushButton *m_importProfile = nullptr;
    QPushButton *m_exportProfile = nullptr;
    QPushButton *m_remove = nullptr;
    QList<QPushButton *> m_assignButtons;
};

} // namespace hoshi
