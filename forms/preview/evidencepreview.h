#pragma once

#include "domain/model.h"
#include "storage/workspace.h" // ProgressCallback

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

class PdfRenderClient;

// Shows a stored evidence file: PDFs (pages, zoom, text search, password), images and text or
// log files. PDFs are parsed and drawn by hoshi-pdf-render, a separate limited process
// (PdfRenderClient): a PDF that crashes, hangs or exhausts it becomes a message here.
// Content comes from Workspace::readContent, or, in the auditor
// mode, from an evidence archive through a ContentReader; anything that cannot be shown
// becomes a message in the widget, never a crash or a dialog.
class EvidencePreview : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Empty, Message, Pdf, Password, Image, Text };
    // Writes a file's content to `out`; the progress callback may stop it early (false).
    using ContentReader
        = std::function<bool(const EvidenceFile &file, QIODevice *out, QString *error, const ProgressCallback &progress)>;

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
    void showFile(const EvidenceFile &file);
    void openPdf(const QString &password);
    void renderPage();
    void runSearch();
    void closePdf();
    void showImage(const EvidenceFile &file);
    void showText(const EvidenceFile &file);
    void showMessage(const QString &text);
    void updatePageControls();
    void retranslate();
    [[nodiscard]] QString readErrorText(const EvidenceFile &file, const QString &error) const;

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
    std::unique_ptr<PdfRenderClient> m_renderer;
    QByteArray m_pdfBytes; // kept for a password retry
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
