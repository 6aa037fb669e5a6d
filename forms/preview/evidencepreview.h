// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"
#include "previewworker.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QStringListModel;
class QTimer;
class QToolButton;

namespace hoshi {

class Workspace;

// Shows a stored evidence file: PDFs (pages, zoom, text search, password), images and text or
// log files. PDFs are parsed and drawn by hoshi-pdf-render, a separate limited process
// (PdfRenderClient): a PDF that crashes, hangs or exhausts it becomes a message here.
// Content comes from Workspace::readContent, or, in the auditor
// mode, from an evidence archive through a ContentReader; anything that cannot be shown
// becomes a message in the widget, never a crash or a dialog.
//
// Nothing slow happens on the GUI thread: reading the file, decoding it and every exchange with
// the renderer run in a PreviewWorker. Meanwhile the preview says what it is doing (Loading);
// the page, the text or a message replaces that when the result arrives.
class EvidencePreview : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Empty, Message, Loading, Pdf, Password, Image, Text };
    // Writes a file's content to `out`; the progress callback may stop it early (false). Runs
    // on the preview's worker thread.
    using ContentReader = PreviewWorker::ContentReader;

    explicit EvidencePreview(QWidget *parent = nullptr);
    ~EvidencePreview() override;

    // Offers the files of one evidence record; shows the first (or the one with fileId). A
    // PDF opens at page (1-based) when given: the page a document reference cites.
    void showFiles(const Workspace *workspace, const QList<EvidenceFile> &files, qint64 fileId = -1, int page = 0);
    // The same for files that are not in a workspace (auditor mode: an evidence archive).
    // `sourceName` says where they come from in error messages ("the archive").
    void showFiles(const ContentReader &reader, const QString &sourceName, const QList<EvidenceFile> &files,
                   qint64 fileId = -1, int page = 0);
    // The first page number in a reference such as "14-16" or "2, 4"; 0 when there is none.
    [[nodiscard]] static int firstPage(const QString &pages);
    void clear(const QString &message = {});
    // "Use this page" is offered only where a page reference can be filled in.
    void setUsePageVisible(bool visible);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] qint64 currentFileId() const { return m_fileId; }
    // A file is being read or a page drawn or searched; its result is not shown yet.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] PreviewWorker *worker() const { return m_worker.get(); }
    // PDF state (pages are 1-based, as people count them).
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] int currentPage() const;
    void goToPage(int page);
    void setZoom(qreal factor);
    [[nodiscard]] qreal zoom() const;
    void search(const QString &text);
    [[nodiscard]] int searchResultCount() const;
    void submitPassword(const QString &password);

Q_SIGNALS:
    void usePageRequested(int page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPdfPage();
    void showFile(const EvidenceFile &file, int openAtPage = 0);
    void showLoading(const QString &text);
    void onWorkerFinished(const PreviewWorker::Result &result);
    void onPdfOpened(const PreviewWorker::Result &result);
    void onPageRendered(const PreviewWorker::Result &result);
    void onSearched(const PreviewWorker::Result &result);
    void onImageRead(const PreviewWorker::Result &result);
    void onTextRead(const PreviewWorker::Result &result);
    void renderPage();
    // The rendered page over opaque white, whatever the palette.
    [[nodiscard]] static QImage onPaper(const QImage &page);
    void runSearch();
    void closePdf();
    void showMessage(const QString &text);
    void updatePageControls();
    void retranslate();
    [[nodiscard]] QString readErrorText(const EvidenceFile &file, const QString &error) const;

    std::unique_ptr<PreviewWorker> m_worker;
    int m_document = 0;         // tags the worker's results; a new file or a clear counts up
    EvidenceFile m_loadingFile; // the file whose content the worker reads
    ContentReader m_reader;
    QString m_sourceName; // empty: the workspace
    QList<EvidenceFile> m_files;
    qint64 m_fileId = -1;
    int m_openAtPage = 0;
    int m_citedPage = 0; // the page the caller last asked for

    Mode m_mode = Mode::Empty;

    QComboBox *m_fileCombo;
    QLabel *m_fileInfo;
    QStackedWidget *m_stack;
    QLabel *m_message;
    // PDF
    QWidget *m_pdfPage;
    int m_pages = 0;     // of the PDF shown
    int m_page = 0;        // 0-based
    qreal m_zoom = 1.0;    // 1.0 = the page fills the width of the view
    QScrollArea *m_pdfArea;
    QLabel *m_pdfPageImage;
    QStringListModel *m_hitModel;
    QList<int> m_hitPages; // 0-based page of each search hit
    QTimer *m_searchDelay;
    QToolButton *m_previousPage;
    QToolButton *m_nextPage;
    QSpinBox *m_pageSpin;
    QLabel *m_pageCount;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QLineEdit *m_searchEdit;
    QLabel *m_searchCount;
    QListView *m_searchResults;
    QPushButton *m_usePage;
    bool m_usePageVisible = true;
    // Password
    QWidget *m_passwordPage;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QPushButton *m_passwordButton;
    // Image and text
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QPlainTextEdit *m_text;
};

} // namespace hoshi
