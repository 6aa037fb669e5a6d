// SPDX-License-Identifier: Apache-2.0
#include "findingspanel.h"

#include "common/filedialog.h"
#include "common/settings.h"
#include "common/statuscolours.h"
#include "export/cmssigner.h"
#include "findings/findingsarchive.h"
#include "findings/findingsfile.h"
#include "util/displaydate.h"
#include "util/accountname.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <initializer_list>
#include <iterator>

namespace hoshi {

namespace {

const QString ReviewerSetting = QStringLiteral("findings/reviewer");

// Combo box rows: "no finding" first, then the statuses in the order of the format.
constexpr FindingStatus Statuses[] = {FindingStatus::Accepted, FindingStatus::Question, FindingStatus::MoreEvidence};

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_itemLabel(new QLabel(this)), m_status(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_reviewerLabel(new QLabel(this)), m_reviewer(new QLineEdit(this)), m_remarksLabel(new QLabel(this)),
      m_remarks(new QLineEdit(this)), m_sign(new QCheckBox(this)), m_keyButton(new QPushButton(this)),
      m_certificateButton(new QPushButton(this)), m_passphrase(new QLineEdit(this)),
      m_saveButton(new QPushButton(this)), m_summary(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditFindings"));
    m_status->setObjectName(QStringLiteral("findingStatus"));
    m_text->setObjectName(QStringLiteral("findingText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_reviewer->setObjectName(QStringLiteral("findingsReviewer"));
    // The name last used for findings, else the one the app uses elsewhere (the sign-off).
    QString reviewer = QSettings().value(ReviewerSetting).toString();
    if (reviewer.isEmpty())
        reviewer = Settings::userName().isEmpty() ? AccountName::fullName() : Settings::userName();
    m_reviewer->setText(reviewer);
    m_remarks->setObjectName(QStringLiteral("findingsRemarks"));
    m_sign->setObjectName(QStringLiteral("findingsSign"));
    m_keyButton->setObjectName(QStringLiteral("findingsKeyButton"));
    m_certificateButton->setObjectName(QStringLiteral("findingsCertificateButton"));
    m_passphrase->setObjectName(QStringLiteral("findingsPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_saveButton->setObjectName(QStringLiteral("findingsSaveButton"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_message->setObjectName(QStringLiteral("findingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    // The message first: why the findings are off, or where they were saved, must be seen
    // without scrolling.
    layout->addWidget(m_message);
    layout->addLayout(buildItemRow());
    layout->addLayout(buildSaveRows());
    retranslate();
    clear();
}

QLayout *FindingsPanel::buildItemRow()
{
    auto *left = new QVBoxLayout;
    left->addWidget(m_itemLabel);
    left->addWidget(m_status);
    left->addWidget(m_summary);
    left->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addLayout(left);
    row->addWidget(m_text, 1);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FindingsPanel::storeItem);
    connect(m_text, &QPlainTextEdit::textChanged, this, &FindingsPanel::storeItem);
    return row;
}

QLayout *FindingsPanel::buildSaveRows()
{
    auto *grid = new QGridLayout;
    grid->addWidget(m_reviewerLabel, 0, 0);
    grid->addWidget(m_reviewer, 0, 1);
    grid->addWidget(m_remarksLabel, 0, 2);
    grid->addWidget(m_remarks, 0, 3, 1, 3);
    grid->addWidget(m_sign, 1, 0, 1, 2);
    grid->addWidget(m_keyButton, 1, 2);
    grid->addWidget(m_certificateButton, 1, 3);
    grid->addWidget(m_passphrase, 1, 4);
    grid->addWidget(m_saveButton, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    connect(m_reviewer, &QLineEdit::textEdited, this, [this] {
        m_modified = true;
        showSummary();
    });
    connect(m_remarks, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document.remarks = text;
        m_modified = true;
        showSummary();
        Q_EMIT findingsChanged();
    });
    connect(m_sign, &QCheckBox::toggled, this, [this](bool on) {
        m_keyButton->setEnabled(on && m_available);
        m_certificateButton->setEnabled(on && m_available);
        m_passphrase->setEnabled(on && m_available);
    });
    connect(m_keyButton, &QPushButton::clicked, this, [this] { chooseSigningFile(false); });
    connect(m_certificateButton, &QPushButton::clicked, this, [this] { chooseSigningFile(true); });
    connect(m_saveButton, &QPushButton::clicked, this, &FindingsPanel::save);
    return grid;
}

void FindingsPanel::clear()
{
    m_archivePath.clear();
    m_findingsPath.clear();
    m_document = FindingsDocument();
    m_available = false;
    m_modified = false;
    m_itemId.clear();
    m_unavailableReason.clear();
    m_showing = true;
    m_remarks->clear();
    m_showing = false;
    showItem();
    showMessage(QString(), false);
}

void FindingsPanel::setArchive(const QString &archivePath, const VerificationResult &result)
{
    clear();
    m_archivePath = archivePath;
    QString why;
    const std::optional<FindingsDocument> fresh = FindingsArchive::start(archivePath, result, &why);
    if (!fresh) {
        // Say why the fields are greyed out, and what to do about it.
        const int changed = int(result.problems().size());
        if (result.status == VerificationResult::Status::NotIntact)
            why += QLatin1Char(' ')
                   + (changed > 0 ? tr("%n file(s) in it do not match its manifest, so a finding could not say which "
                                       "version of the evidence it is about.",
                                       nullptr, changed)
                                  : tr("Its manifests do not match its files, so a finding could not say which "
                                       "version of the evidence it is about."))
                   + QLatin1Char(' ') + tr("Ask the vendor for the archive as it was exported.");
        m_unavailableReason = why;
        showItem();
        showMessage(tr("Findings are turned off: %1").arg(why), true);
        return;
    }
    m_document = *fresh;
    m_findingsPath = FindingsFile::pathForArchive(archivePath);
    m_available = true;
    loadExisting();
    showItem();
}

void FindingsPanel::loadExisting()
{
    LoadedFindings loaded;
    QString why;
    switch (FindingsArchive::loadBeside(m_archivePath, m_document, &loaded, &why)) {
    case FindingsArchive::Beside::None:
        showMessage(tr("Findings will be saved as %1.").arg(QDir::toNativeSeparators(m_findingsPath)), false);
        return;
    case FindingsArchive::Beside::Unusable:
        showMessage(tr("The findings file beside the archive is not used: %1 Saving replaces it.").arg(why), true);
        return;
    case FindingsArchive::Beside::Loaded:
        break;
    }
    const FindingsDocument fresh = m_document;
    m_document = loaded.document;
    m_document.archive = fresh.archive; // the file name as the archive is called now
    m_showing = true;
    m_reviewer->setText(m_document.reviewer);
    m_remarks->setText(m_document.remarks);
    m_showing = false;
    showMessage(loaded.signature.state == SignatureInfo::State::Valid
                    ? tr("Loaded the signed findings saved %1 (signer %2).")
                          .arg(DisplayDate::dateTime(m_document.createdAt),
                               loaded.signature.signer)
                    : tr("Loaded the findings saved %1.")
                          .arg(DisplayDate::dateTime(m_document.createdAt)),
                false);
}

void FindingsPanel::setItem(const QString &itemId)
{
    m_itemId = itemId;
    showItem();
}

void FindingsPanel::showItem()
{
    const bool editable = m_available && !m_itemId.isEmpty();
    m_showing = true;
    const Finding *finding = editable ? m_document.findingOf(m_itemId) : nullptr;
    int row = 0;
    if (finding) {
        for (int i = 0; i < int(std::size(Statuses)); ++i) {
            if (Statuses[i] == finding->status)
                row = i + 1;
        }
    }
    m_status->setCurrentIndex(row);
    m_text->setPlainText(finding ? finding->text : QString());
    m_showing = false;
    m_itemLabel->setText(m_itemId.isEmpty() ? tr("Finding:") : tr("Finding on %1:").arg(m_itemId));
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_text}) {
        w->setEnabled(editable);
        // A greyed-out field says why (the message below may be scrolled out of view).
        w->setToolTip(m_available ? QString() : m_unavailableReason);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_reviewer, m_remarks, m_sign, m_saveButton})
        w->setEnabled(m_available);
    const bool signing = m_available && m_sign->isChecked();
    m_keyButton->setEnabled(signing);
    m_certificateButton->setEnabled(signing);
    m_passphrase->setEnabled(signing);
    m_text->setPlaceholderText(m_status->currentIndex() == 0 ? tr("Choose a finding first.")
                                                             : tr("What the vendor should know or answer"));
    showSummary();
}

void FindingsPanel::storeItem()
{
    if (m_showing || !m_available || m_itemId.isEmpty())
        return;
    const int row = m_status->currentIndex();
    m_document.setFinding(m_itemId, row > 0 ? std::optional<FindingStatus>(Statuses[row - 1]) : std::nullopt,
                          m_text->toPlainText());
    m_modified = true;
    m_text->setPlaceholderText(row == 0 ? tr("Choose a finding first.") : tr("What the vendor should know or answer"));
    showSummary();
    Q_EMIT findingsChanged();
}

void FindingsPanel::showSummary()
{
    int counts[std::size(Statuses)] = {};
    for (const Finding &f : m_document.findings) {
        for (int i = 0; i < int(std::size(Statuses)); ++i) {
            if (Statuses[i] == f.status)
                ++counts[i];
        }
    }
    QString text = tr("%n finding(s)", nullptr, int(m_document.findings.size()));
    if (!m_document.findings.isEmpty())
        text += tr(": %1 accepted, %2 questions, %3 more evidence").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    if (m_modified)
        text += tr(" · not saved");
    m_summary->setText(m_available ? text : QString());
}

void FindingsPanel::chooseSigningFile(bool certificate)
{
    const QString file = FileDialog::getOpenFileName(this, certificate ? tr("Signing certificate") : tr("Signing key"),
                                                     tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (file.isEmpty())
        return;
    (certificate ? m_certificatePath : m_keyPath) = file;
    retranslate();
}

bool FindingsPanel::save()
{
    if (!m_available)
        return false;
    const QString reviewer = m_reviewer->text().simplified();
    if (reviewer.isEmpty()) {
        showMessage(tr("Enter your name as the reviewer before saving."), true);
        m_reviewer->setFocus();
        return false;
    }
    for (const Finding &f : m_document.findings) {
        if (f.status != FindingStatus::Accepted && f.text.trimmed().isEmpty()) {
            showMessage(tr("The finding on %1 needs a text: say what is asked.").arg(f.itemId), true);
            return false;
        }
    }
    if (m_document.findings.isEmpty() && m_document.remarks.trimmed().isEmpty()) {
        showMessage(tr("Record a finding on at least one item (or a general remark) before saving."), true);
        return false;
    }
    std::unique_ptr<CmsSigner> signer;
    QString error;
    if (m_sign->isChecked()) {
        if (m_keyPath.isEmpty() || m_certificatePath.isEmpty()) {
            showMessage(tr("Choose the signing key and certificate, or save without a signature."), true);
            return false;
        }
        signer = CmsSigner::load(m_keyPath, m_certificatePath, m_passphrase->text().toUtf8(), &error);
        if (!signer) {
            showMessage(error, true);
            return false;
        }
    }
    FindingsDocument document = m_document;
    document.reviewer = reviewer;
    document.createdAt = QDateTime::currentDateTimeUtc();
    document.createdAt.setTime(QTime(document.createdAt.time().hour(), document.createdAt.time().minute(),
                                     document.createdAt.time().second()));
    if (!FindingsFile::write(m_findingsPath, document, signer.get(), &error)) {
        showMessage(error, true);
        return false;
    }
    m_document = document;
    m_modified = false;
    QSettings().setValue(ReviewerSetting, reviewer);
    showSummary();
    showMessage(signer ? tr("Saved and signed: %1 (with %2)")
                             .arg(QDir::toNativeSeparators(m_findingsPath),
                                  QFileInfo(FindingsFile::signaturePath(m_findingsPath)).fileName())
                       : tr("Saved: %1").arg(QDir::toNativeSeparators(m_findingsPath)),
                false);
    Q_EMIT saved(m_findingsPath);
    return true;
}

void FindingsPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem ? StatusColours::textStyle(Tone::Bad) : StatusColours::textStyle(Tone::Muted));
}

void FindingsPanel::retranslate()
{
    m_showing = true;
    const int row = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("No finding"));
    for (FindingStatus s : Statuses)
        m_status->addItem(findingStatusName(s));
    m_status->setCurrentIndex(qMax(0, row));
    m_showing = false;
    m_reviewerLabel->setText(tr("Reviewer:"));
    m_reviewer->setPlaceholderText(tr("your name and organisation"));
    m_remarksLabel->setText(tr("General remarks:"));
    m_remarks->setPlaceholderText(tr("optional, about the declaration as a whole"));
    m_sign->setText(tr("Sign the findings"));
    m_keyButton->setText(m_keyPath.isEmpty() ? tr("Key…") : QFileInfo(m_keyPath).fileName());
    m_keyButton->setToolTip(QDir::toNativeSeparators(m_keyPath));
    m_certificateButton->setText(m_certificatePath.isEmpty() ? tr("Certificate…")
                                                             : QFileInfo(m_certificatePath).fileName());
    m_certificateButton->setToolTip(QDir::toNativeSeparators(m_certificatePath));
    m_passphrase->setPlaceholderText(tr("passphrase (encrypted key only)"));
    m_saveButton->setText(tr("Save findings"));
    m_saveButton->setToolTip(tr("Saves the findings beside the archive as <archive>-findings.json for the vendor "
                                "to import (File ▸ Import findings…)."));
    showItem();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
