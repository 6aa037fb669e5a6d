// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mainwindow.h"

class QAction;
class QMenu;

namespace hoshi {

// Every action of the main window, kept together so that retranslate() and updateActions()
// see them all. Object names are stable: tests and keyboard documentation refer to them.
struct MainWindow::Actions {
    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *itemMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QMenu *helpMenu = nullptr;

    QAction *newWorkspace = nullptr;
    QAction *open = nullptr;
    QAction *openReadOnly = nullptr;
    QAction *openDemo = nullptr;
    QAction *openArchive = nullptr;
    QAction *closeArchive = nullptr;
    QAction *exportDeclaration = nullptr;
    QAction *importFindings = nullptr;
    QAction *synchronise = nullptr; // File ▸ Synchronise… (forms/sync)
    QAction *closeWorkspace = nullptr;
    QAction *quit = nullptr;

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *newOrganisation = nullptr;
    QAction *newProduct = nullptr;
    QAction *newDeclaration = nullptr;
    QAction *findItem = nullptr;
    QAction *userName = nullptr;
    QAction *reviewPeriods = nullptr;

    QAction *showChecklist = nullptr;
    QAction *previousItem = nullptr;
    QAction *nextItem = nullptr;
    QAction *conforming = nullptr;
    QAction *notApplicable = nullptr;
    QAction *nonConforming = nullptr;
    QAction *notAssessed = nullptr;
    QAction *addDocument = nullptr;
    QAction *addDeviceTest = nullptr;
    QAction *nextProblem = nullptr;
    QAction *previousProblem = nullptr;
    QAction *productDetails = nullptr;
    QAction *declarationDetails = nullptr;
    QAction *officialForm = nullptr; // IPA checklist workbook (form dialog)
    QAction *criteriaLibrary = nullptr;

    QActionGroup *languages = nullptr;
    QAction *languageSystem = nullptr;
    QAction *languageJapanese = nullptr;
    QAction *languageEnglish = nullptr;

    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
};

} // namespace hoshi
