// SPDX-License-Identifier: Apache-2.0
#include "evidencepreview.h"

#include "storage/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace hoshi {

namespace {

// Beyond these sizes a preview would cost more than it helps; the file stays attached.
constexpr qint64 MaxPdfBytes = qint64(512) << 20;
constexpr qint64 MaxImageBytes = qint64(64) << 20;
constexpr qint64 MaxTextBytes = qint64(2) << 20;

enum class Kind { Pdf, Image, Text, Other };

Kind kindOf(const EvidenceFile &file)
{
    const QMimeDatabase db;
    QMimeType type = db.mimeTypeForName(file.mediaType);
    if (!type.isValid() || type.isDefault())
        type = db.mimeTypeForFile(file.originalName, QMimeDatabase::MatchExtension);
    if (type.inherits(QStringLiteral("application/pdf")))
        return Kind::Pdf;
    if (type.name().startsWith(QLatin1String("image/"))
        && QImageReader::supportedMimeTypes().contains(type.name().toLatin1()))
        return Kind::Image;
    if (type.inherits(QStringLiteral("text/plain")) || type.name() == QLatin1String("application/json")
        || type.name() == QLatin1String("application/xml") || type.name() == QLatin1String("text/csv"))
        return Kind::Text;
    return Kind::Other;
}

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setAutoRaise(true);
    return b;
}

} // namespace

EvidencePreview::EvidencePreview(QWidget *parent)
    : QWidget(parent), m_fileCombo(new QComboBox(this)), m_fileInfo(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_message(new QLabel(this))
{
    m_worker = std::make_unique<PreviewWorker>();
    connect(m_worker.get(), &PreviewWorker::finished, this, &EvidencePreview::onWorkerFinished);
    setObjectName(QStringLiteral("evidencePreview"));
    m_fileCombo->setObjectName(QStringLiteral("previewFileCombo"));
    m_fileInfo->setObjectName(QStringLiteral("previewFileInfo"));
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildPdfPage();

    m_passwordPage = new QWidget(this);
    m_passwordLabel = new QLabel(m_passwordPage);
    m_passwordLabel->setWordWrap(true);
    m_passwordEdit = new QLineEdit(m_passwordPage);
    m_passwordEdit->setObjectName(QStringLiteral("pdfPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordButton = new QPushButton(m_passwordPage);
    m_passwordButton->setObjectName(QStringLiteral("pdfPasswordButton"));
    auto *passwordLayout = new QVBoxLayout(m_passwordPage);
    passwordLayout->addStretch();
    passwordLayout->addWidget(m_passwordLabel);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordEdit, 1);
    passwordRow->addWidget(m_passwordButton);
    passwordLayout->addLayout(passwordRow);
    passwordLayout->addStretch();
    const auto submit = [this] { submitPassword(m_passwordEdit->text()); };
    connect(m_passwordButton, &QPushButton::clicked, this, submit);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, submit);

    m_imageArea = new QScrollArea(this);
    m_image = new QLabel(m_imageArea);
    m_image->setObjectName(QStringLiteral("previewImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_pdfPage);
    m_stack->addWidget(m_passwordPage);
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_text);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(m_fileCombo, 1);
    top->addWidget(m_fileInfo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_fileCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_files.size())
            showFile(m_files.at(index));
    });
    retranslate();
    clear();
}

// The worker goes first (it waits for its thread), while every widget it reports to still exists.
EvidencePreview::~EvidencePreview()
{
    m_worker.reset();
}

void EvidencePreview::buildPdfPage()
{
    m_pdfPage = new QWidget(this);
    m_pdfArea = new QScrollArea(m_pdfPage);
    m_pdfArea->setObjectName(QStringLiteral("pdfView"));
    m_pdfArea->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pdfPageImage = new QLabel(m_pdfArea);
    m_pdfPageImage->setObjectName(QStringLiteral("pdfPageImage"));
    m_pdfArea->setWidget(m_pdfPageImage);
    m_hitModel = new QStringListModel(this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one search when typing pauses, not one per key

    m_previousPage = toolButton(m_pdfPage, QStringLiteral("pdfPreviousPage"), QStringLiteral("◀"));
    m_nextPage = toolButton(m_pdfPage, QStringLiteral("pdfNextPage"), QStringLiteral("▶"));
    m_pageSpin = new QSpinBox(m_pdfPage);
    m_pageSpin->setObjectName(QStringLiteral("pdfPageSpin"));
    m_pageCount = new QLabel(m_pdfPage);
    m_zoomOut = toolButton(m_pdfPage, QStringLiteral("pdfZoomOut"), QStringLiteral("−"));
    m_zoomIn = toolButton(m_pdfPage, QStringLiteral("pdfZoomIn"), QStringLiteral("+"));
    m_fitWidth = toolButton(m_pdfPage, QStringLiteral("pdfFitWidth"), QStringLiteral("↔"));
    m_searchEdit = new QLineEdit(m_pdfPage);
    m_searchEdit->setObjectName(QStringLiteral("pdfSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchCount = new QLabel(m_pdfPage);
    m_searchCount->setObjectName(QStringLiteral("pdfSearchCount"));
    m_usePage = new QPushButton(m_pdfPage);
    m_usePage->setObjectName(QStringLiteral("usePageButton"));
    m_searchResults = new QListView(m_pdfPage);
    m_searchResults->setObjectName(QStringLiteral("pdfSearchResults"));
    m_searchResults->setModel(m_hitModel);
    m_searchResults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_searchResults->setMaximumHeight(90);
    m_searchResults->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(m_previousPage);
    bar->addWidget(m_pageSpin);
    bar->addWidget(m_pageCount);
    bar->addWidget(m_nextPage);
    bar->addSpacing(8);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidth);
    bar->addSpacing(8);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_searchCount);
    bar->addSpacing(8);
    bar->addWidget(m_usePage);
    // Off the window's edge: the bar ends a little inside the page.
    bar->setContentsMargins(0, 0, 6, 0);
    auto *layout = new QVBoxLayout(m_pdfPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_searchResults);
    layout->addWidget(m_pdfArea, 1);

    connect(m_previousPage, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_nextPage, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_pageSpin, &QSpinBox::editingFinished, this, [this] { goToPage(m_pageSpin->value()); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { setZoom(zoom() * 1.25); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { setZoom(zoom() / 1.25); });
    connect(m_fitWidth, &QToolButton::clicked, this, [this] { setZoom(1.0); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &EvidencePreview::search);
    connect(m_searchDelay, &QTimer::timeout, this, &EvidencePreview::runSearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        // Enter walks through the hits.
        const int n = searchResultCount();
        if (n == 0)
            return;
        const int next = (m_searchResults->currentIndex().row() + 1) % n;
        m_searchResults->setCurrentIndex(m_hitModel->index(next, 0));
    });
    connect(m_searchResults->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() < m_hitPages.size())
                    goToPage(m_hitPages.at(current.row()) + 1);
            });
    connect(m_usePage, &QPushButton::clicked, this, [this] { Q_EMIT usePageRequested(currentPage()); });
}

void EvidencePreview::retranslate()
{
    m_previousPage->setToolTip(tr("Previous page"));
    m_nextPage->setToolTip(tr("Next page"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_fitWidth->setToolTip(tr("Fit to width"));
    m_searchEdit->setPlaceholderText(tr("Search in the PDF"));
    m_usePage->setText(tr("Use this page"));
    m_usePage->setToolTip(tr("Write the page shown into the page field of the document reference"));
    m_passwordLabel->setText(tr("This PDF is protected by a password. Enter it to view the document (the password "
                                "is not stored)."));
    m_passwordButton->setText(tr("Open"));
    // The size is worded by the locale ("38 bytes" / "38 バイト"): follow a language switch.
    for (const EvidenceFile &f : std::as_const(m_files)) {
        if (f.id == m_fileId)
            m_fileInfo->setText(QLocale().formattedDataSize(f.size));
    }
    m_fileCombo->setToolTip(tr("Attached files"));
    updatePageControls();
}

void EvidencePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidencePreview::setUsePageVisible(bool visible)
{
    m_usePageVisible = visible;
    m_usePage->setVisible(visible);
}

QString EvidencePreview::message() const
{
    return m_message->text();
}

void EvidencePreview::clear(const QString &message)
{
    m_files.clear();
    m_fileId = -1;
    m_fileCombo->clear();
    m_fileCombo->hide();
    m_fileInfo->clear();
    closePdf();
    showMessage(message.isEmpty() ? tr("No file to preview.") : message);
    m_mode = Mode::Empty;
}

int EvidencePreview::firstPage(const QString &pages)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    const QRegularExpressionMatch m = number.match(pages);
    return m.hasMatch() ? m.captured().toInt() : 0;
}

void EvidencePreview::showFiles(const Workspace *workspace, const QList<EvidenceFile> &files, qint64 fileId, int page)
{
    // The worker reads through a connection of its own: a Workspace belongs to its thread.
    const ContentReader reader =
        workspace ? PreviewWorker::workspaceReader(workspace->path(), workspace->isReadOnly()) : ContentReader();
    showFiles(reader, QString(), files, fileId, page);
}

void EvidencePreview::showFiles(const ContentReader &reader, const QString &sourceName,
                                const QList<EvidenceFile> &files, qint64 fileId, int page)
{
    m_reader = reader;
    m_sourceName = sourceName;
    if (files.isEmpty() || !reader) {
        clear(tr("No file attached to this evidence yet."));
        return;
    }
    // Same files as shown already: keep the page and zoom the user is looking at.
    bool same = files.size() == m_files.size();
    for (int i = 0; same && i < files.size(); ++i)
        same = files[i].id == m_files[i].id;
    const qint64 wanted = fileId >= 0 ? fileId : (same ? m_fileId : files.first().id);
    if (same && wanted == m_fileId && m_mode != Mode::Empty) {
        // Only a newly cited page moves the view (after "use this page" in another preview).
        if (page > 0 && page != m_citedPage && m_mode == Mode::Pdf)
            goToPage(page);
        else if (page > 0 && m_mode == Mode::Loading)
            m_openAtPage = page;
        m_citedPage = page;
        return;
    }
    m_citedPage = page;
    m_files = files;
    m_fileCombo->clear();
    int current = 0;
    for (int i = 0; i < files.size(); ++i) {
        m_fileCombo->addItem(files[i].originalName);
        if (files[i].id == wanted)
            current = i;
    }
    m_fileCombo->setCurrentIndex(current);
    m_fileCombo->setVisible(true);
    showFile(files.at(current), page);
}

void EvidencePreview::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_mode = Mode::Message;
}

void EvidencePreview::showLoading(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_mode = Mode::Loading;
}

bool EvidencePreview::isBusy() const
{
    return m_mode == Mode::Loading || m_worker->isBusy();
}

void EvidencePreview::showFile(const EvidenceFile &file, int openAtPage)
{
    m_fileId = file.id;
    closePdf();
    m_loadingFile = file;
    m_openAtPage = openAtPage;
    m_fileInfo->setText(QLocale().formattedDataSize(file.size));
    m_fileInfo->setToolTip(tr("SHA-256: %1").arg(file.sha256));
    switch (kindOf(file)) {
    case Kind::Pdf:
        if (file.size > MaxPdfBytes) {
            showMessage(tr("This PDF is too large to preview here (%1).").arg(QLocale().formattedDataSize(file.size)));
            return;
        }
        showLoading(tr("Rendering %1…").arg(file.originalName));
        m_worker->loadPdf(m_document, m_reader, file);
        return;
    case Kind::Image:
        if (file.size > MaxImageBytes) {
            showMessage(
                tr("This image is too large to preview here (%1).").arg(QLocale().formattedDataSize(file.size)));
            return;
        }
        showLoading(tr("Loading %1…").arg(file.originalName));
        m_worker->loadImage(m_document, m_reader, file, std::max(200, m_stack->width() - 24));
        return;
    case Kind::Text:
        showLoading(tr("Loading %1…").arg(file.originalName));
        m_worker->loadText(m_document, m_reader, file, MaxTextBytes);
        return;
    case Kind::Other:
        break;
    }
    if (m_sourceName.isEmpty())
        showMessage(tr("%1 (%2) cannot be previewed here. It is kept in the workspace with its SHA-256.")
                        .arg(file.originalName, file.mediaType));
    else
        showMessage(tr("%1 (%2) cannot be previewed here; open it with another application.")
                        .arg(file.originalName, file.mediaType));
}

void EvidencePreview::closePdf()
{
    m_searchDelay->stop();
    {
        const QSignalBlocker block(m_searchEdit);
        m_searchEdit->clear();
    }
    m_hitPages.clear();
    m_hitModel->setStringList({});
    m_searchResults->hide();
    m_searchCount->clear();
    // Whatever the worker still does for the previous file is not wanted any more.
    ++m_document;
    m_worker->close();
    m_pages = 0;
    m_pdfPageImage->clear();
    m_page = 0;
}

void EvidencePreview::onWorkerFinished(const PreviewWorker::Result &result)
{
    if (result.document != m_document)
        return; // for a file shown before
    switch (result.op) {
    case PreviewWorker::Op::Pdf:
    case PreviewWorker::Op::Password:
        onPdfOpened(result);
        break;
    case PreviewWorker::Op::Render:
        onPageRendered(result);
        break;
    case PreviewWorker::Op::Search:
        onSearched(result);
        break;
    case PreviewWorker::Op::Image:
        onImageRead(result);
        break;
    case PreviewWorker::Op::Text:
        onTextRead(result);
        break;
    case PreviewWorker::Op::Close:
        break;
    }
}

// The document went to the renderer process; only page images and text come back.
void EvidencePreview::onPdfOpened(const PreviewWorker::Result &result)
{
    const PdfRenderClient::Outcome outcome = result.outcome;
    if (outcome == PdfRenderClient::Outcome::PasswordNeeded) {
        if (m_mode == Mode::Password && !result.query.isEmpty()) {
            m_passwordLabel->setText(tr("That password is not correct. Try again."));
            m_passwordEdit->selectAll();
            return;
        }
        m_passwordLabel->setText(tr("This PDF is protected by a password. Enter it to view the document (the password "
                                    "is not stored)."));
        m_stack->setCurrentWidget(m_passwordPage);
        m_mode = Mode::Password;
        m_passwordEdit->clear();
        m_passwordEdit->setFocus();
        return;
    }
    if (result.readFailed) {
        showMessage(readErrorText(m_loadingFile, result.error));
        return;
    }
    if (outcome == PdfRenderClient::Outcome::Failed) {
        showMessage(tr("This PDF cannot be shown: %1").arg(result.error));
        return;
    }
    m_pages = result.pages;
    m_zoom = 1.0;
    m_page = m_openAtPage > 1 ? std::min(m_openAtPage, m_pages) - 1 : 0;
    m_pageSpin->setRange(1, m_pages);
    m_stack->setCurrentWidget(m_pdfPage);
    m_mode = Mode::Pdf;
    m_usePage->setVisible(m_usePageVisible);
    renderPage();
}

QImage EvidencePreview::onPaper(const QImage &page)
{
    // A PDF page leaves its background transparent: printed, it is white paper. Under a dark
    // palette it would otherwise show black text on the dark window colour.
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.setDevicePixelRatio(page.devicePixelRatio());
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(QPoint(0, 0), page);
    return paper;
}

void EvidencePreview::renderPage()
{
    if (m_mode != Mode::Pdf)
        return;
    updatePageControls();
    const int viewWidth = std::max(300, m_pdfArea->viewport()->width() - 4);
    const int width = std::clamp(int(viewWidth * m_zoom), 100, 4096);
    if (m_pdfPageImage->pixmap().isNull())
        m_pdfPageImage->setText(tr("Rendering…"));
    m_worker->render(m_document, m_page, int(width * devicePixelRatio()));
}

void EvidencePreview::onPageRendered(const PreviewWorker::Result &result)
{
    if (m_mode != Mode::Pdf)
        return;
    if (result.image.isNull()) {
        if (!result.rendererOpen) // the renderer stopped: crash, hang or limit
            showMessage(tr("This PDF cannot be shown: %1").arg(result.error));
        else if (result.page == m_page)
            m_pdfPageImage->setText(result.error);
        return;
    }
    if (result.page != m_page)
        return; // another page is on its way
    QPixmap pixmap = QPixmap::fromImage(onPaper(result.image));
    pixmap.setDevicePixelRatio(devicePixelRatio());
    m_pdfPageImage->setPixmap(pixmap);
    m_pdfPageImage->resize(pixmap.deviceIndependentSize().toSize());
}

void EvidencePreview::runSearch()
{
    if (m_mode != Mode::Pdf)
        return;
    m_worker->search(m_document, m_searchEdit->text());
}

void EvidencePreview::onSearched(const PreviewWorker::Result &result)
{
    if (m_mode != Mode::Pdf)
        return;
    if (!result.rendererOpen) {
        showMessage(tr("This PDF cannot be shown: %1").arg(result.error));
        return;
    }
    if (result.query != m_searchEdit->text())
        return; // typing went on: a newer search is on its way
    QStringList lines;
    m_hitPages.clear();
    for (const PdfRenderClient::Hit &hit : result.hits) {
        m_hitPages << hit.page;
        lines << tr("p. %1: …%2…").arg(hit.page + 1).arg(hit.context);
    }
    m_hitModel->setStringList(lines);
    const int n = searchResultCount();
    m_searchCount->setText(m_searchEdit->text().isEmpty() ? QString() : tr("%n hit(s)", nullptr, n));
    m_searchResults->setVisible(n > 0);
}

void EvidencePreview::submitPassword(const QString &password)
{
    if (m_mode != Mode::Password)
        return;
    m_worker->retryPassword(m_document, password);
}

QString EvidencePreview::readErrorText(const EvidenceFile &file, const QString &error) const
{
    if (m_sourceName.isEmpty())
        return tr("Cannot read %1 from the workspace: %2").arg(file.originalName, error);
    return tr("Cannot read %1 from %2: %3").arg(file.originalName, m_sourceName, error);
}

void EvidencePreview::onImageRead(const PreviewWorker::Result &result)
{
    if (result.readFailed) {
        showMessage(readErrorText(m_loadingFile, result.error));
        return;
    }
    if (result.image.isNull()) {
        showMessage(tr("This image cannot be shown: %1").arg(result.error));
        return;
    }
    m_image->setPixmap(QPixmap::fromImage(result.image));
    m_stack->setCurrentWidget(m_imageArea);
    m_mode = Mode::Image;
}

void EvidencePreview::onTextRead(const PreviewWorker::Result &result)
{
    if (result.readFailed) {
        showMessage(readErrorText(m_loadingFile, result.error));
        return;
    }
    QString text = result.text;
    if (m_loadingFile.size > MaxTextBytes)
        text += QLatin1Char('\n') + tr("[… preview shows the first %1 of %2]")
                                        .arg(QLocale().formattedDataSize(MaxTextBytes),
                                             QLocale().formattedDataSize(m_loadingFile.size));
    m_text->setPlainText(text);
    m_stack->setCurrentWidget(m_text);
    m_mode = Mode::Text;
}

int EvidencePreview::pageCount() const
{
    return m_mode == Mode::Pdf ? m_pages : 0;
}

int EvidencePreview::currentPage() const
{
    return m_mode == Mode::Pdf ? m_page + 1 : 0;
}

void EvidencePreview::goToPage(int page)
{
    if (m_mode != Mode::Pdf)
        return;
    m_page = std::clamp(page, 1, m_pages) - 1;
    renderPage();
}

void EvidencePreview::setZoom(qreal factor)
{
    m_zoom = std::clamp(factor, 0.1, 8.0);
    renderPage();
}

qreal EvidencePreview::zoom() const
{
    return m_zoom;
}

void EvidencePreview::search(const QString &text)
{
    if (m_searchEdit->text() != text)
        m_searchEdit->setText(text);
    m_searchDelay->start();
}

int EvidencePreview::searchResultCount() const
{
    return int(m_hitPages.size());
}

void EvidencePreview::updatePageControls()
{
    const int count = pageCount();
    const int page = currentPage();
    m_pageCount->setText(tr("of %1").arg(count));
    {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setValue(page);
    }
    m_previousPage->setEnabled(page > 1);
    m_nextPage->setEnabled(page < count);
}

} // namespace hoshi
