// SPDX-License-Identifier: Apache-2.0
#include "exportdialog.h"
#include "common/statuscolours.h"

#include "common/desktop.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "common/settings.h"
#include "common/verdictstyle.h"
#include "common/verificationtext.h"
#include "export/keygenerator.h"
#include "session/session.h"
#include "util/language.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace hoshi {

namespace {

constexpr int ProblemIndexRole = Qt::UserRole + 1;

QLabel *wrappingLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *button(QWidget *parent, const char *objectName)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAutoDefault(false);
    return b;
}

QString colouredStyle(const QColor &background, const QColor &foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-radius: 3px; }")
        .arg(background.name(), foreground.name());
}

} // namespace

ExportDialog::ExportDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_runner(new ExportRunner(this)), m_heading(new QLabel(this)),
      m_pages(new QStackedWidget(this)), m_buttons(new QDialogButtonBox(this)),
      m_exportButton(button(this, "exportButton")), m_closeButton(button(this, "closeButton"))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowModality(Qt::WindowModal);
    m_heading->setObjectName(QStringLiteral("exportHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_pages->setObjectName(QStringLiteral("exportPages"));
    // Same order as State.
    m_pages->addWidget(buildBlockedPage());
    m_pages->addWidget(buildOptionsPage());
    m_pages->addWidget(buildProgressPage());
    m_pages->addWidget(buildResultPage());

    m_exportButton->setDefault(true);
    m_buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_runner, &ExportRunner::progress, this, &ExportDialog::onProgress);
    connect(m_runner, &ExportRunner::finished, this, &ExportDialog::onFinished);

    // A remembered folder that has gone since is reported by the export ("does not exist").
    QString folder = defaultOutputFolder();
    m_folderEdit->setText(QDir::toNativeSeparators(folder));

    // The Session holds the live gate's verdict; while it blocks there is nothing to choose.
    QList<GateProblem> blocking;
    for (const GateProblem &p : m_session->problems()) {
        if (p.isBlocking())
            blocking << p;
    }
    retranslate();
    if (!m_session->snapshot() || !blocking.isEmpty())
        showBlocked(blocking);
    else
        setState(State::Options);
    resize(std::max(sizeHint().width(), 680), std::max(sizeHint().height(), 520));
}

ExportDialog::~ExportDialog()
{
    // The runner's destructor would wait too; cancel first so that the wait is short.
    m_runner->cancel();
    m_runner->waitForFinished();
}

QWidget *ExportDialog::buildBlockedPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("blockedPage"));
    m_blockedLabel = wrappingLabel(page, "blockedLabel");
    m_blockedLabel->setStyleSheet(StatusColours::textStyle(Tone::Bad, true));
    m_blockedHint = wrappingLabel(page, "blockedHint");
    m_blockedList = new QListWidget(page);
    m_blockedList->setObjectName(QStringLiteral("blockedList"));
    m_blockedList->setWordWrap(true);
    m_blockedList->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_blockedHint);
    layout->addWidget(m_blockedList, 1);
    connect(m_blockedList, &QListWidget::itemClicked, this, &ExportDialog::openProblem);
    connect(m_blockedList, &QListWidget::itemActivated, this, &ExportDialog::openProblem);
    return page;
}

QWidget *ExportDialog::buildOptionsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("optionsPage"));
    m_folderLabel = new QLabel(page);
    m_folderEdit = new QLineEdit(page);
    m_folderEdit->setObjectName(QStringLiteral("outputFolderEdit"));
    m_folderButton = button(page, "chooseFolderButton");
    m_outputsLabel = new QLabel(page);
    m_packageCheck = new QCheckBox(page);
    m_packageCheck->setObjectName(QStringLiteral("packageCheck"));
    m_packageCheck->setChecked(true);
    m_englishCheck = new QCheckBox(page);
    m_englishCheck->setObjectName(QStringLiteral("englishPackageCheck"));
    const DeclarationSnapshot *current = m_session->snapshot();
    m_englishCheck->setVisible(current && current->declaration.route == Route::Psti);
    m_archiveCheck = new QCheckBox(page);
    m_archiveCheck->setObjectName(QStringLiteral("archiveCheck"));
    m_archiveCheck->setChecked(true);

    m_signGroup = new QGroupBox(page);
    m_signGroup->setObjectName(QStringLiteral("signGroup"));
    // Not a checkable group: "Create a key pair" must work before anything is ticked.
    m_signCheck = new QCheckBox(m_signGroup);
    m_signCheck->setObjectName(QStringLiteral("signCheck"));
    m_keyLabel = new QLabel(m_signGroup);
    m_keyEdit = new QLineEdit(m_signGroup);
    m_keyEdit->setObjectName(QStringLiteral("signKeyEdit"));
    m_keyButton = button(m_signGroup, "signKeyButton");
    m_certLabel = new QLabel(m_signGroup);
    m_certEdit = new QLineEdit(m_signGroup);
    m_certEdit->setObjectName(QStringLiteral("signCertEdit"));
    m_certButton = button(m_signGroup, "signCertButton");
    m_passphraseLabel = new QLabel(m_signGroup);
    m_passphraseEdit = new QLineEdit(m_signGroup);
    m_passphraseEdit->setObjectName(QStringLiteral("signPassphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_createKeyButton = button(m_signGroup, "createKeyButton");
    m_keyInfo = wrappingLabel(m_signGroup, "keyInfoLabel");
    m_keyInfo->hide();
    m_signHint = wrappingLabel(m_signGroup, "signHint");
    m_signHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto row = [](QWidget *edit, QWidget *b) {
        auto *h = new QHBoxLayout;
        h->addWidget(edit, 1);
        h->addWidget(b);
        return h;
    };
    auto *signForm = new QFormLayout(m_signGroup);
    signForm->addRow(m_signCheck);
    signForm->addRow(m_keyLabel, row(m_keyEdit, m_keyButton));
    signForm->addRow(m_certLabel, row(m_certEdit, m_certButton));
    signForm->addRow(m_passphraseLabel, m_passphraseEdit);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_createKeyButton);
    createRow->addStretch(1);
    signForm->addRow(createRow);
    signForm->addRow(m_keyInfo);
    signForm->addRow(m_signHint);

    m_subsetLabel = new QLabel(page);
    m_subsetLabel->setWordWrap(true);
    m_subsetEdit = new QLineEdit(page);
    m_subsetEdit->setObjectName(QStringLiteral("subsetItemsEdit"));
    m_subsetLabel->setBuddy(m_subsetEdit);
    auto *outputs = new QVBoxLayout;
    outputs->addWidget(m_packageCheck);
    outputs->addWidget(m_englishCheck);
    outputs->addWidget(m_archiveCheck);
    outputs->addWidget(m_subsetLabel);
    outputs->addWidget(m_subsetEdit);
    auto *form = new QFormLayout;
    form->addRow(m_folderLabel, row(m_folderEdit, m_folderButton));
    form->addRow(m_outputsLabel, outputs);

    m_gateLabel = wrappingLabel(page, "gateLabel");
    m_messageLabel = wrappingLabel(page, "exportMessage");
    m_messageLabel->setStyleSheet(StatusColours::textStyle(Tone::Bad, true));
    m_messageLabel->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_gateLabel);
    layout->addLayout(form);
    layout->addWidget(m_signGroup);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);

    connect(m_folderButton, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_keyButton, &QPushButton::clicked, this, [this] { chooseSigningFile(m_keyEdit, false); });
    connect(m_certButton, &QPushButton::clicked, this, [this] { chooseSigningFile(m_certEdit, true); });
    connect(m_createKeyButton, &QPushButton::clicked, this, &ExportDialog::createKeyPair);
    for (QCheckBox *check : {m_packageCheck, m_archiveCheck})
        connect(check, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
    connect(m_signCheck, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_subsetEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_certEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    return page;
}

QWidget *ExportDialog::buildProgressPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("progressPage"));
    m_phaseLabel = wrappingLabel(page, "exportPhase");
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, ExportRunner::ProgressRange);
    m_cancelButton = button(page, "cancelExportButton");
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_phaseLabel);
    layout->addWidget(m_progress);
    layout->addLayout(buttonRow);
    layout->addStretch(2);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancelButton->setEnabled(false);
        m_phaseLabel->setText(tr("Cancelling… nothing will be left under the final names."));
    });
    return page;
}

QWidget *ExportDialog::buildResultPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("resultPage"));
    m_resultLabel = wrappingLabel(page, "resultLabel");
    m_resultLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_writtenList = new QTreeWidget(page);
    m_writtenList->setObjectName(QStringLiteral("writtenList"));
    m_writtenList->setHeaderHidden(true);
    m_writtenList->setRootIsDecorated(true);
    m_writtenList->setTextElideMode(Qt::ElideMiddle);
    m_verificationLabel = wrappingLabel(page, "verificationLabel");
    m_verificationLabel->setTextFormat(Qt::RichText);
    m_fontWarning = wrappingLabel(page, "fontWarning");
    m_fontWarning->setStyleSheet(StatusColours::textStyle(Tone::Warning));
    m_openFolderButton = button(page, "openFolderButton");
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openFolderButton);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_writtenList, 1);
    layout->addWidget(m_verificationLabel);
    layout->addWidget(m_fontWarning);
    layout->addLayout(buttonRow);
    connect(m_openFolderButton, &QPushButton::clicked, this,
            [this] { Desktop::openUrl(QUrl::fromLocalFile(QDir::fromNativeSeparators(m_folderEdit->text()))); });
    connect(m_writtenList, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            Desktop::openUrl(QUrl::fromLocalFile(path));
    });
    return page;
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export declaration"));
    if (const DeclarationSnapshot *s = m_session->snapshot())
        m_heading->setText(tr("Export %1 — %2").arg(s->product.name, s->criteria.id));
    else
        m_heading->setText(tr("Export declaration"));
    m_exportButton->setText(tr("&Export"));
    m_closeButton->setText(m_state == State::Running ? tr("Cancel") : tr("Close"));

    m_blockedHint->setText(
        tr("Nothing has been written. Click a problem to go to it; export again once none is left."));
    m_blockedLabel->setText(
        tr("This declaration cannot be exported yet (%n blocking problem(s)).", nullptr, int(m_blocking.size())));

    m_folderLabel->setText(tr("Output &folder:"));
    m_folderLabel->setBuddy(m_folderEdit);
    m_folderButton->setText(tr("Choose…"));
    m_outputsLabel->setText(tr("Write:"));
    m_packageCheck->setText(tr("&Application package for IPA (checklist PDF, XLSX, CSV, application data, README)"));
    m_englishCheck->setText(tr("Checklist in &English (allowed on the UK PSTI route; Japanese otherwise)"));
    m_archiveCheck->setText(tr("Retained e&vidence archive (BagIt ZIP with every evidence file, for auditors)"));
    m_subsetLabel->setText(tr("For an IPA evidence request: only the evidence of these &items (for example "
                              "S1.1-04, S1.1-13; empty: every item). A subset holds no application package."));
    m_subsetEdit->setPlaceholderText(tr("every item"));
    m_signGroup->setTitle(tr("Signature (optional)"));
    m_signCheck->setText(tr("&Sign the evidence archive"));
    m_keyLabel->setText(tr("Private key (PEM):"));
    m_certLabel->setText(tr("Certificate (PEM):"));
    m_keyButton->setText(tr("Browse…"));
    m_certButton->setText(tr("Browse…"));
    m_passphraseLabel->setText(tr("Key passphrase:"));
    m_passphraseEdit->setPlaceholderText(tr("only for an encrypted key"));
    m_createKeyButton->setText(tr("Create a key pair…"));
    m_createKeyButton->setToolTip(tr("Makes a self-signed ECDSA P-256 key and certificate in a folder you choose, "
                                     "named after the organisation."));
    m_signHint->setText(tr("The signature covers every file of the archive. Give the certificate's fingerprint to "
                           "whoever will check your archives."));
    const int warnings = int(m_session->problems().size()) - m_session->blockingCount();
    m_gateLabel->setText(warnings > 0 ? tr("Nothing blocks submission (%n warning(s)).", nullptr, warnings)
                                      : tr("Nothing blocks submission."));
    m_gateLabel->setStyleSheet(StatusColours::textStyle(Tone::Good, true));

    m_cancelButton->setText(tr("Cancel"));
    m_openFolderButton->setText(tr("Open folder"));
    if (m_state == State::Running)
        m_phaseLabel->setText(phaseText(m_phase));
    if (m_state == State::Done)
        showResult();
}

void ExportDialog::setState(State state)
{
    m_state = state;
    m_pages->setCurrentIndex(int(state));
    updateButtons();
}

void ExportDialog::showBlocked(const QList<GateProblem> &problems)
{
    m_blocking = problems;
    m_blockedList->clear();
    for (int i = 0; i < problems.size(); ++i) {
        auto *item = new QListWidgetItem(VerdictStyle::blockingIcon(), problems.at(i).message, m_blockedList);
        item->setData(ProblemIndexRole, i);
        item->setToolTip(problems.at(i).message);
    }
    if (problems.isEmpty())
        m_blockedList->addItem(tr("No declaration is open."));
    retranslate();
    setState(State::Blocked);
}

void ExportDialog::updateButtons()
{
    const bool options = m_state == State::Options;
    const bool signing = m_signCheck->isChecked();
    const bool ready = options && !m_folderEdit->text().trimmed().isEmpty()
                       && (m_packageCheck->isChecked() || m_archiveCheck->isChecked())
                       && (!signing || !m_archiveCheck->isChecked()
                           || (!m_keyEdit->text().trimmed().isEmpty() && !m_certEdit->text().trimmed().isEmpty()));
    m_exportButton->setVisible(options);
    m_exportButton->setEnabled(ready);
    // A subset is an evidence archive on its own.
    const bool subset = !m_subsetEdit->text().trimmed().isEmpty();
    m_packageCheck->setEnabled(!subset);
    // A signature belongs to the archive; without one there is nothing to sign.
    m_signGroup->setEnabled(m_archiveCheck->isChecked() || subset);
    for (QWidget *w : std::initializer_list<QWidget *>{m_keyLabel, m_keyEdit, m_keyButton, m_certLabel, m_certEdit,
                                                       m_certButton, m_passphraseLabel, m_passphraseEdit})
        w->setEnabled(signing);
    m_messageLabel->setText(m_message);
    m_messageLabel->setVisible(!m_message.isEmpty());
    m_closeButton->setText(m_state == State::Running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::setOutputDirectory(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::chooseFolder()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Export into folder"),
                                                            QDir::fromNativeSeparators(m_folderEdit->text()));
    if (!folder.isEmpty())
        setOutputDirectory(folder);
}

void ExportDialog::chooseSigningFile(QLineEdit *edit, bool certificate)
{
    const QString file = FileDialog::getOpenFileName(this, certificate ? tr("Signing certificate") : tr("Signing key"),
                                                     tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(QDir::toNativeSeparators(file));
}

void ExportDialog::createKeyPair()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Folder for the new key pair"));
    if (folder.isEmpty())
        return;
    QString name = tr("Hoshi signing key");
    if (const DeclarationSnapshot *s = m_session->snapshot())
        name = !s->organisation.nameEn.isEmpty() ? s->organisation.nameEn : s->organisation.name;
    const std::optional<QString> passphrase = MessageBox::getPassphrase(
        this, tr("Passphrase for the new key"),
        tr("A passphrase protects the signing key if the file is copied. Leave both fields empty for a key "
           "without one. It is asked for again at every signed export; it can not be recovered."),
        true);
    if (!passphrase)
        return;
    KeyGenerator::Result key;
    QString error;
    m_keyInfo->show();
    if (!KeyGenerator::generate(folder, name, KeyGenerator::DefaultValidDays, &key, &error, passphrase->toUtf8())) {
        m_keyInfo->setStyleSheet(StatusColours::textStyle(Tone::Bad));
        m_keyInfo->setText(error);
        return;
    }
    m_keyInfo->setStyleSheet(QString());
    m_keyInfo->setText(tr("Created %1 and %2 (%3). Certificate fingerprint (SHA-256): %4. Keep the key private.")
                           .arg(QFileInfo(key.keyPath).fileName(), QFileInfo(key.certificatePath).fileName(),
                                key.subject, key.fingerprint));
    m_keyEdit->setText(QDir::toNativeSeparators(key.keyPath));
    m_certEdit->setText(QDir::toNativeSeparators(key.certificatePath));
    // Filled in for this export only; the next one asks again.
    m_passphraseEdit->setText(*passphrase);
    m_signCheck->setChecked(true);
}

QString ExportDialog::defaultOutputFolder() const
{
    // The folder chosen last for this workspace, else the workspace file's own folder (except
    // the demo's temporary one, which goes when the application ends; a server address has none).
    const Workspace *ws = m_session->workspace();
    const QString workspace = ws ? ws->path() : QString();
    const QString remembered = Settings::exportDirectory(workspace);
    // Earlier versions made a folder name out of a server address ("<folder>/postgresql:/alice@"):
    // such a remembered folder is not offered again.
    const auto mangled = [](const QString &folder) { return folder.contains(QLatin1String("/postgresql:")); };
    if (!remembered.isEmpty() && !mangled(remembered))
        return remembered;
    // Only an existing folder is offered: never a name made from a server address.
    const QString folder = ws && !ws->isServer() ? QFileInfo(workspace).absolutePath() : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir() || folder.startsWith(QDir::tempPath() + QStringLiteral("/hoshi-demo-")))
        return Settings::exportDirectory().isEmpty() || mangled(Settings::exportDirectory()) ? QDir::homePath()
                                                                                             : Settings::exportDirectory();
    return folder;
}

void ExportDialog::startExport()
{
    if (m_state != State::Options || !m_exportButton->isEnabled() || !m_session->workspace() || !m_session->snapshot())
        return;
    ExportJob::Request request;
    request.declarationId = m_session->currentDeclarationId();
    m_exportedDeclaration = request.declarationId;
    request.outputDir = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    request.items = m_subsetEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.package = m_packageCheck->isChecked() && request.items.isEmpty();
    request.language = !m_englishCheck->isHidden() && m_englishCheck->isChecked() ? QStringLiteral("en") : QStringLiteral("ja");
    request.archive = m_archiveCheck->isChecked() || !request.items.isEmpty();
    if (request.archive && m_signCheck->isChecked()) {
        request.signingKey = QDir::fromNativeSeparators(m_keyEdit->text().trimmed());
        request.signingCertificate = QDir::fromNativeSeparators(m_certEdit->text().trimmed());
        request.keyPassphrase = m_passphraseEdit->text().toUtf8();
        if (request.keyPassphrase.isEmpty() && KeyGenerator::isEncryptedKey(request.signingKey)) {
            const std::optional<QString> passphrase = MessageBox::getPassphrase(
                this, tr("Key passphrase"), tr("The signing key %1 is protected by a passphrase:")
                                                .arg(QFileInfo(request.signingKey).fileName()), false);
            if (!passphrase)
                return;
            request.keyPassphrase = passphrase->toUtf8();
        }
    }
    m_message.clear();
    m_result = {};
    if (!m_runner->start(m_session->workspace()->path(), m_session->isReadOnly(), request))
        return;
    Settings::setExportDirectory(request.outputDir);
    Settings::setExportDirectory(m_session->workspace()->path(), request.outputDir);
    m_phase = ExportRunner::Phase::Package;
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_phaseLabel->setText(phaseText(m_phase));
    setState(State::Running);
}

QString ExportDialog::phaseText(ExportRunner::Phase phase) const
{
    switch (phase) {
    case ExportRunner::Phase::Package:
        return m_packageCheck->isChecked() ? tr("Writing the application package…") : tr("Preparing the export…");
    case ExportRunner::Phase::Archive:
        return tr("Writing the evidence archive…");
    case ExportRunner::Phase::Verify:
        break;
    }
    return tr("Checking the written archive…");
}

void ExportDialog::onProgress(int value, ExportRunner::Phase phase)
{
    if (m_state != State::Running || m_runner->isCancelling())
        return;
    m_progress->setValue(value);
    if (phase != m_phase) {
        m_phase = phase;
        m_phaseLabel->setText(phaseText(phase));
    }
}

void ExportDialog::onFinished(const ExportRunner::Result &result)
{
    m_result = result;
    Q_EMIT exportFinished(result.ok);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (result.ok) {
        m_notRecorded.clear();
        if (result.outcome.recordable)
            (void)m_session->markExported(m_exportedDeclaration, result.outcome.exportId,
                                          result.outcome.declarationJson, &m_notRecorded);
        setState(State::Done);
        showResult();
        return;
    }
    if (result.outcome.blocked) {
        QList<GateProblem> blocking;
        for (const GateProblem &p : result.outcome.problems) {
            if (p.isBlocking())
                blocking << p;
        }
        showBlocked(blocking);
        return;
    }
    m_message = result.cancelled ? tr("Export cancelled. Nothing was written.")
                                 : tr("The export failed and nothing was written: %1").arg(result.error);
    setState(State::Options);
}

void ExportDialog::showResult()
{
    const ExportJob::Outcome &o = m_result.outcome;
    const QStringList written = o.writtenPaths();
    const QString folder = QDir::toNativeSeparators(m_folderEdit->text());
    if (m_notRecorded.isEmpty()) {
        m_resultLabel->setText(tr("Export complete: %n item(s) written to %1.", nullptr, int(written.size())).arg(folder));
        m_resultLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    } else {
        // The files are there, but the workspace does not know of the export: say both.
        m_resultLabel->setText(tr("%n item(s) written to %1, but the export was not recorded in the workspace (no "
                                  "Export baseline, state unchanged): %2",
                                  nullptr, int(written.size()))
                                   .arg(folder, m_notRecorded));
        m_resultLabel->setStyleSheet(StatusColours::textStyle(Tone::Warning, true));
    }
    m_writtenList->clear();
    auto add = [this](const QString &path, const QString &what) {
        auto *item = new QTreeWidgetItem(m_writtenList, {tr("%1 — %2").arg(QFileInfo(path).fileName(), what)});
        item->setData(0, Qt::UserRole, path);
        item->setToolTip(0, QDir::toNativeSeparators(path));
        return item;
    };
    if (!o.package.folder.isEmpty()) {
        QTreeWidgetItem *folder = add(o.package.folder, tr("application package (folder)"));
        for (const QString &file : o.package.files) {
            auto *child = new QTreeWidgetItem(folder, {file});
            child->setData(0, Qt::UserRole, QDir(o.package.folder).filePath(file));
        }
    }
    m_writtenList->expandAll();
    if (!o.package.zip.isEmpty())
        add(o.package.zip, tr("application package (ZIP)"));
    if (!o.archive.path.isEmpty())
        add(o.archive.path, tr("evidence archive, %n evidence file(s)", nullptr, int(o.archive.evidenceFiles)));

    if (o.archive.path.isEmpty()) {
        m_verificationLabel->hide();
    } else {
        m_verificationLabel->show();
        if (!m_result.verified) {
            m_verificationLabel->setStyleSheet(QString());
            m_verificationLabel->setText(tr("The written archive was not checked (cancelled). Open it with File ▸ "
                                            "Open evidence archive to check it."));
        } else {
            const VerificationResult &v = m_result.verification;
            QStringList lines{QStringLiteral("<b>%1</b>")
                                  .arg(tr("Evidence archive checked after writing: %1.")
                                           .arg(VerificationText::headline(v))
                                           .toHtmlEscaped())};
            lines << VerificationText::details(v).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
            lines << VerificationText::signer(v.signature).toHtmlEscaped();
            // The vendor is the one who hands the fingerprint out (README-VERIFY.txt has it too).
            if (!v.signature.fingerprint.isEmpty())
                lines << tr("Certificate SHA-256: %1 — give this fingerprint to whoever will check your "
                            "archives.")
                             .arg(v.signature.fingerprint)
                             .toHtmlEscaped();
            m_verificationLabel->setText(lines.join(QLatin1String("<br>")));
            m_verificationLabel->setStyleSheet(
                colouredStyle(VerificationText::background(v.status), VerificationText::foreground(v.status)));
        }
    }
    // The filled IPA checklist is listed with the package's files; why it has no PDF is said here.
    QStringList notes;
    for (const QString &note : {o.fontWarning, o.formPdfNote}) {
        if (!note.isEmpty())
            notes << note;
    }
    m_fontWarning->setText(notes.join(QLatin1Char('\n')));
    m_fontWarning->setVisible(!notes.isEmpty());
}

void ExportDialog::openProblem(QListWidgetItem *item)
{
    if (!item)
        return;
    const QVariant index = item->data(ProblemIndexRole);
    if (!index.isValid())
        return;
    const GateProblem problem = m_blocking.value(index.toInt());
    // Close first: the dialog is window-modal and would keep the main window from the problem.
    accept();
    Q_EMIT problemActivated(problem);
}

void ExportDialog::reject()
{
    if (m_state == State::Running) {
        // Closing while writing means cancel; the dialog goes once the worker has cleaned up.
        m_closeWhenDone = true;
        m_runner->cancel();
        m_cancelButton->setEnabled(false);
        m_phaseLabel->setText(tr("Cancelling… nothing will be left under the final names."));
        return;
    }
    QDialog::reject();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hoshi
