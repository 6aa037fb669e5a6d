#include "evidencepreview.h"

#include "pdfrender/pdfrenderclient.h"
#include "storage/workspace.h"

#include <QBuffer>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
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
#include <QStringDecoder>
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
      m_stack(new QStackedWidget(this)), m_message(new QLabel(this)), m_renderer(std::make_unique<PdfRenderClient>())
{
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

EvidencePreview::~EvidencePreview() = default;

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
    ContentReader reader;
    if (workspace) {
        reader = [workspace](const EvidenceFile &file, QIODevice *out, QString *error, const ProgressCallback &progress) {
            return workspace->readContent(file.sha256, out, error, progress);
        };
    }
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
    m_openAtPage = page;
    showFile(files.at(current));
    m_openAtPage = 0;
}

void EvidencePreview::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_mode = Mode::Message;
}

void EvidencePreview::showFile(const EvidenceFile &file)
{
    m_fileId = file.id;
    closePdf();
    m_fileInfo->setText(QLocale().formattedDataSize(file.size));
    m_fileInfo->setToolTip(tr("SHA-256: %1").arg(file.sha256));
    switch (kindOf(file)) {
    case Kind::Pdf:
        if (file.size > MaxPdfBytes) {
            showMessage(tr("This PDF is too large to preview here (%1).").arg(QLocale().formattedDataSize(file.size)));
            return;
        }
        {
            QBuffer buffer(&m_pdfBytes);
            buffer.open(QIODevice::WriteOnly);
            QString error;
            if (!m_reader(file, &buffer, &error, {})) {
                m_pdfBytes.clear();
                showMessage(readErrorText(file, error));
                return;
            }
        }
        openPdf(QString());
        return;
    case Kind::Image:
        showImage(file);
        return;
    case Kind::Text:
        showText(file);
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
    m_renderer->close();
    m_pdfBytes.clear();
    m_pdfPageImage->clear();
    m_page = 0;
}

// The document goes to the renderer process; only page images and text come back.
void EvidencePreview::openPdf(const QString &password)
{
    QString error;
    const PdfRenderClient::Outcome outcome = m_renderer->open(m_pdfBytes, password, &error);
    if (outcome == PdfRenderClient::Outcome::PasswordNeeded) {
        if (m_mode == Mode::Password && !password.isEmpty()) {
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
    if (outcome == PdfRenderClient::Outcome::Failed) {
        m_pdfBytes.clear();
        showMessage(tr("This PDF cannot be shown: %1").arg(error));
        return;
    }
    m_pdfBytes.clear(); // the renderer has its copy
    m_zoom = 1.0;
    m_page = m_openAtPage > 1 ? std::min(m_openAtPage, m_renderer->pageCount()) - 1 : 0;
    m_pageSpin->setRange(1, m_renderer->pageCount());
    m_stack->setCurrentWidget(m_pdfPage);
    m_mode = Mode::Pdf;
    m_usePage->setVisible(m_usePageVisible);
    renderPage();
}

void EvidencePreview::renderPage()
{
    if (m_mode != Mode::Pdf)
        return;
    updatePageControls();
    const int viewWidth = std::max(300, m_pdfArea->viewport()->width() - 4);
    const int width = std::clamp(int(viewWidth * m_zoom), 100, 4096);
    QString error;
    const QImage image = m_renderer->render(m_page, int(width * devicePixelRatio()), &error);
    if (image.isNull()) {
        if (!m_renderer->isOpen())
            showMessage(tr("This PDF cannot be shown: %1").arg(error)); // the renderer stopped: crash, hang or limit
        else
            m_pdfPageImage->setText(error);
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio());
    m_pdfPageImage->setPixmap(pixmap);
    m_pdfPageImage->resize(pixmap.deviceIndependentSize().toSize());
}

void EvidencePreview::runSearch()
{
    if (m_mode != Mode::Pdf)
        return;
    QList<PdfRenderClient::Hit> hits;
    QString error;
    if (!m_renderer->search(m_searchEdit->text(), &hits, &error) && !m_renderer->isOpen()) {
        showMessage(tr("This PDF cannot be shown: %1").arg(error));
        return;
    }
    QStringList lines;
    m_hitPages.clear();
    for (const PdfRenderClient::Hit &hit : std::as_const(hits)) {
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
    if (m_mode != Mode::Password || m_pdfBytes.isEmpty())
        return;
    openPdf(password);
}

QString EvidencePreview::readErrorText(const EvidenceFile &file, const QString &error) const
{
    if (m_sourceName.isEmpty())
        return tr("Cannot read %1 from the workspace: %2").arg(file.originalName, error);
    return tr("Cannot read %1 from %2: %3").arg(file.originalName, m_sourceName, error);
}

void EvidencePreview::showImage(const EvidenceFile &file)
{
    if (file.size > MaxImageBytes) {
        showMessage(tr("This image is too large to preview here (%1).").arg(QLocale().formattedDataSize(file.size)));
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!m_reader(file, &buffer, &error, {})) {
        showMessage(readErrorText(file, error));
        return;
    }
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        showMessage(tr("This image cannot be shown: %1").arg(reader.errorString()));
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    const int maxWidth = std::max(200, m_stack->width() - 24);
    if (pixmap.width() > maxWidth)
        pixmap = pixmap.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    m_image->setPixmap(pixmap);
    m_stack->setCurrentWidget(m_imageArea);
    m_mode = Mode::Image;
}

void EvidencePreview::showText(const EvidenceFile &file)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    // Stop reading once enough is there to show; a cut-short read is not an error here.
    const bool complete = m_reader(file, &buffer, &error, [](qint64 done, qint64) { return done < MaxTextBytes; });
    if (!complete && buffer.size() == 0) {
        showMessage(readErrorText(file, error));
        return;
    }
    QByteArray bytes = buffer.data().left(MaxTextBytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Japanese logs are often Shift_JIS.
        QStringDecoder sjis("Shift_JIS");
        if (sjis.isValid())
            text = sjis.decode(bytes);
    }
    if (file.size > MaxTextBytes)
        text += QLatin1Char('\n') + tr("[… preview shows the first %1 of %2]")
                                        .arg(QLocale().formattedDataSize(MaxTextBytes),
                                             QLocale().formattedDataSize(file.size));
    m_text->setPlainText(text);
    m_stack->setCurrentWidget(m_text);
    m_mode = Mode::Text;
}

int EvidencePreview::pageCount() const
{
    return m_mode == Mode::Pdf ? m_renderer->pageCount() : 0;
}

int EvidencePreview::currentPage() const
{
    return m_mode == Mode::Pdf ? m_page + 1 : 0;
}

void EvidencePreview::goToPage(int page)
{
    if (m_mode != Mode::Pdf)
        return;
    m_page = std::clamp(page, 1, m_renderer->pageCount()) - 1;
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
