// SPDX-License-Identifier: Apache-2.0
#include "producteditor.h"

#include "ui_producteditor.h"

#include "common/fieldmarker.h"
#include "common/fieldsync.h"
#include "common/filedialog.h"
#include "session/session.h"

#include "util/hashstream.h"

#include <QApplication>
#include <QRegularExpression>

namespace hoshi {

namespace {

struct TextField {
    QLineEdit *Ui::ProductEditor::*edit;
    QString Product::*member;
};

const TextField textFields[] = {
    {&Ui::ProductEditor::nameEdit, &Product::name},
    {&Ui::ProductEditor::categoryEdit, &Product::category},
    {&Ui::ProductEditor::webPageEdit, &Product::webPage},
    {&Ui::ProductEditor::configurationDiagramEdit, &Product::configurationDiagram},
    {&Ui::ProductEditor::firmwareNameEdit, &Product::firmwareName},
    {&Ui::ProductEditor::firmwareVersionEdit, &Product::firmwareVersion},
    {&Ui::ProductEditor::versionNoticeEdit, &Product::versionNotice},
    {&Ui::ProductEditor::productContactEdit, &Product::productContact},
    {&Ui::ProductEditor::vulnerabilityContactEdit, &Product::vulnerabilityContact},
    {&Ui::ProductEditor::vdpUrlEdit, &Product::vdpUrl},
    {&Ui::ProductEditor::technicalConformityNumberEdit, &Product::technicalConformityNumber},
    {&Ui::ProductEditor::otherCertificationsEdit, &Product::otherCertifications},
};

QStringList splitModels(const QString &text)
{
    // People type "A-100, A-200" or the Japanese "A-100、A-200".
    static const QRegularExpression separators(QStringLiteral("[,、;\\n]"));
    QStringList models;
    for (const QString &m : text.split(separators)) {
        if (!m.trimmed().isEmpty())
            models << m.trimmed();
    }
    return models;
}

bool sameProduct(const Product &a, const Product &b)
{
    for (const TextField &f : textFields) {
        if ((a.*f.member).trimmed() != (b.*f.member).trimmed())
            return false;
    }
    return a.modelNumbers == b.modelNumbers && a.supportUntil == b.supportUntil
           && a.firmwareImageSha256.trimmed().toLower() == b.firmwareImageSha256.trimmed().toLower()
           && a.summary.trimmed() == b.summary.trimmed() && a.otherSecurityInfo.trimmed() == b.otherSecurityInfo.trimmed();
}

// The gate reports what an empty product lacks: those are the required fields.
QStringList requiredFields()
{
    Organisation named;
    named.name = QStringLiteral("-");
    QStringList fields;
    for (const GateProblem &p : SubmissionGate::checkProduct(named, Product())) {
        if (p.code == QLatin1String("product-field-missing") && p.field.startsWith(QLatin1String("product.")))
            fields << p.field.mid(8);
    }
    return fields;
}

} // namespace

ProductEditor::ProductEditor(Session *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProductEditor>()), m_session(session)
{
    setObjectName(QStringLiteral("productEditor"));
    m_ui->setupUi(this);
    for (const TextField &f : textFields) {
        QLineEdit *edit = (*m_ui).*f.edit;
        QString Product::*member = f.member;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, member] {
            markCommitted(edit);
            const QString value = edit->text();
            commit([member, value](Product &p) { p.*member = value; });
        });
    }
    connect(m_ui->modelNumbersEdit, &QLineEdit::editingFinished, this, [this] {
        markCommitted(m_ui->modelNumbersEdit);
        const QStringList models = splitModels(m_ui->modelNumbersEdit->text());
        commit([models](Product &p) { p.modelNumbers = models; });
    });
    connect(m_ui->supportUntilEdit, &QLineEdit::editingFinished, this, [this] {
        QDate date;
        if (!FieldMarker::parseDate(m_ui->supportUntilEdit->text(), &date)) {
            FieldMarker::mark(m_ui->supportUntilEdit, m_ui->supportUntilMessage, FieldMarker::Level::Error,
                              FieldMarker::dateFormatHint());
            return;
        }
        markCommitted(m_ui->supportUntilEdit);
        commit([date](Product &p) { p.supportUntil = date; });
    });
    connect(m_ui->firmwareImageSha256Edit, &QLineEdit::editingFinished, this, [this] {
        commitImageHash(m_ui->firmwareImageSha256Edit->text());
    });
    connect(m_ui->chooseFirmwareImageButton, &QPushButton::clicked, this, &ProductEditor::chooseFirmwareImage);
    connect(m_ui->summaryEdit, &CommitTextEdit::editingFinished, this,
            [this](const QString &text) { commit([text](Product &p) { p.summary = text; }); });
    connect(m_ui->otherSecurityInfoEdit, &CommitTextEdit::editingFinished, this,
            [this](const QString &text) { commit([text](Product &p) { p.otherSecurityInfo = text; }); });
    connect(m_session, &Session::catalogChanged, this, &ProductEditor::reload);
    connect(m_session, &Session::workspaceChanged, this, [this] { setProduct(-1); });
    retranslate();
}

ProductEditor::~ProductEditor() = default;

void ProductEditor::retranslate()
{
    m_ui->retranslateUi(this);
    FieldMarker::markRequired(this, requiredFields());
    reload();
}

void ProductEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductEditor::setProduct(qint64 productId)
{
    if (productId != m_productId)
        commitPending();
    m_productId = productId;
    const std::optional<Product> p = m_session->workspace() && productId > 0
                                         ? m_session->workspace()->product(productId)
                                         : std::nullopt;
    if (p)
        load(*p, true);
    reload();
}

void ProductEditor::reload()
{
    const std::optional<Product> p = m_session->workspace() && m_productId > 0
                                         ? m_session->workspace()->product(m_productId)
                                         : std::nullopt;
    setEnabled(p.has_value());
    if (!p) {
        m_ui->headingLabel->setText(tr("No product selected"));
        return;
    }
    load(*p, false);
    validate(*p);
    setReadOnly(m_readOnly);
}

void ProductEditor::load(const Product &p, bool force)
{
    const std::optional<Organisation> o = m_session->workspace()->organisation(p.organisationId);
    m_ui->headingLabel->setText(o ? tr("%1 — %2").arg(p.name, o->name) : p.name);
    const auto line = [force](QLineEdit *edit, const QString &value) {
        force ? loadField(edit, value) : syncField(edit, value);
    };
    for (const TextField &f : textFields)
        line((*m_ui).*f.edit, p.*f.member);
    line(m_ui->modelNumbersEdit, p.modelNumbers.join(QLatin1String(", ")));
    line(m_ui->supportUntilEdit, FieldMarker::dateText(p.supportUntil));
    line(m_ui->firmwareImageSha256Edit, p.firmwareImageSha256);
    force ? loadField(m_ui->summaryEdit, p.summary) : syncField(m_ui->summaryEdit, p.summary);
    force ? loadField(m_ui->otherSecurityInfoEdit, p.otherSecurityInfo)
          : syncField(m_ui->otherSecurityInfoEdit, p.otherSecurityInfo);
}

void ProductEditor::validate(const Product &p)
{
    // The product alone through the gate: its product-level rules are the ones to show here.
    const Organisation o = m_session->workspace()->organisation(p.organisationId).value_or(Organisation());
    QSet<QString> keep;
    // A date the user typed but that could not be read stays marked until it is fixed.
    QDate ignored;
    if (!FieldMarker::parseDate(m_ui->supportUntilEdit->text(), &ignored))
        keep << QStringLiteral("supportUntil");
    if (!m_ui->firmwareImageSha256Message->text().isEmpty())
        keep << QStringLiteral("firmwareImageSha256");
    FieldMarker::markProblems(this, QStringLiteral("product."), SubmissionGate::checkProduct(o, p), keep);
}

QStringList ProductEditor::markedFields() const
{
    QStringList fields;
    for (const QWidget *w : findChildren<QWidget *>()) {
        if (!w->property("validation").toString().isEmpty())
            fields << w->objectName().chopped(4);
    }
    fields.sort();
    return fields;
}

void ProductEditor::commit(const std::function<void(Product &)> &change)
{
    if (m_productId < 0 || !m_session->workspace())
        return;
    std::optional<Product> p = m_session->workspace()->product(m_productId);
    if (!p)
        return;
    const Product before = *p;
    change(*p);
    if (sameProduct(*p, before))
        return;
    m_session->editProduct(*p);
}

void ProductEditor::commitPending()
{
    m_ui->summaryEdit->commit();
    m_ui->otherSecurityInfoEdit->commit();
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->hasFocus() && edit->isModified())
            Q_EMIT edit->editingFinished();
    }
}

void ProductEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool editable = !readOnly && !m_session->isReadOnly();
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(!editable);
    m_ui->summaryEdit->setReadOnly(!editable);
    m_ui->otherSecurityInfoEdit->setReadOnly(!editable);
    m_ui->chooseFirmwareImageButton->setEnabled(editable);
}

void ProductEditor::commitImageHash(const QString &text)
{
    static const QRegularExpression hash(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    const QString value = text.trimmed();
    if (!value.isEmpty() && !hash.match(value).hasMatch()) {
        FieldMarker::mark(m_ui->firmwareImageSha256Edit, m_ui->firmwareImageSha256Message, FieldMarker::Level::Error,
                          tr("A SHA-256 is 64 hexadecimal digits; or choose the image file and let Hoshi compute it."));
        return;
    }
    FieldMarker::clear(m_ui->firmwareImageSha256Edit, m_ui->firmwareImageSha256Message);
    markCommitted(m_ui->firmwareImageSha256Edit);
    commit([value](Product &p) { p.firmwareImageSha256 = value.toLower(); });
}

void ProductEditor::chooseFirmwareImage()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose the current firmware image"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString hash = HashStream::hexOfFile(path, HashStream::Algorithm::Sha256, &error);
    QApplication::restoreOverrideCursor();
    if (hash.isEmpty()) {
        FieldMarker::mark(m_ui->firmwareImageSha256Edit, m_ui->firmwareImageSha256Message, FieldMarker::Level::Error,
                          tr("Cannot read the image: %1").arg(error));
        return;
    }
    m_ui->firmwareImageSha256Edit->setText(hash);
    commitImageHash(hash);
}

void ProductEditor::focusField(const QString &field)
{
    const QString name = field.startsWith(QLatin1String("product.")) ? field.mid(8) : field;
    if (QWidget *w = findChild<QWidget *>(name + QLatin1String("Edit"))) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
        m_ui->scroll->ensureWidgetVisible(w);
    }
}

} // namespace hoshi
