// SPDX-License-Identifier: Apache-2.0
#include "submissiongate.h"

#include "capturerules.h"
#include "evidencerules.h"
#include "formrules.h"
#include "reviewrules.h"
#include "pointrules.h"
#include "fieldcheck.h"
#include "firmwarestaleness.h"
#include "shelfliferules.h"

#include "util/language.h"
#include "util/displaydate.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace hoshi {

namespace {


class Collector
{
public:
    explicit Collector(const GateContext &context)
        : m_context(context)
    {
    }
    [[nodiscard]] const GateContext &context() const { return m_context; }

    void block(const QString &code, const QString &itemId, const QString &field, const QString &message,
               qint64 evidenceId = -1)
    {
        m_problems.append({GateProblem::Severity::Blocking, code, itemId, field, evidenceId, message});
    }
    void warn(const QString &code, const QString &itemId, const QString &field, const QString &message,
              qint64 evidenceId = -1)
    {
        m_problems.append({GateProblem::Severity::Warning, code, itemId, field, evidenceId, message});
    }
    void add(const QList<GateProblem> &problems) { m_problems.append(problems); }
    QList<GateProblem> take() { return std::move(m_problems); }

private:
    const GateContext &m_context;
    QList<GateProblem> m_problems;
};

// A sentence quoted inside parentheses loses its own full stop: "(… applies)." not ".).".
QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002)))
        text.chop(1);
    return text;
}

bool isWebUrl(const QString &text)
{
    return FieldCheck::isWebUrl(text);
}

// The syntax of the organisation's identifiers and contact details. A wrong corporate number
// would be refused by the scheme's registration, so it blocks; addresses only warn.
void checkContactSyntax(const Organisation &o, const Product &p, Collector &c)
{
    const QString number = o.corporateNumber.trimmed();
    if (!number.isEmpty() && !FieldCheck::isCorporateNumber(number))
        c.block(QStringLiteral("bad-corporate-number"), QString(), QStringLiteral("organisation.corporateNumber"),
                SubmissionGate::tr("Organisation: \"%1\" is not a corporate number (13 digits, the first being the "
                                   "check digit of the other twelve).").arg(number));
    if (!o.contactEmail.trimmed().isEmpty() && !FieldCheck::isEmailAddress(o.contactEmail))
        c.warn(QStringLiteral("bad-email"), QString(), QStringLiteral("organisation.contactEmail"),
               SubmissionGate::tr("Organisation: \"%1\" is not a valid e-mail address.").arg(o.contactEmail));
    if (!o.website.trimmed().isEmpty() && !isWebUrl(o.website))
        c.warn(QStringLiteral("bad-url"), QString(), QStringLiteral("organisation.website"),
               SubmissionGate::tr("Organisation: \"%1\" is not a valid web address.").arg(o.website));
    const std::pair<const QString *, const char *> contacts[] = {
        {&p.productContact, "product.productContact"}, {&p.vulnerabilityContact, "product.vulnerabilityContact"}};
    for (const auto &[value, field] : contacts) {
        if (!value->trimmed().isEmpty() && !FieldCheck::isPlausibleContact(*value))
            c.warn(QStringLiteral("bad-contact"), QString(), QLatin1String(field),
                   SubmissionGate::tr("Product information: \"%1\" is neither a valid e-mail address nor a valid web "
                                      "address.").arg(*value));
    }
}

void checkProductFields(const Organisation &organisation, const Product &p, Collector &c)
{
    struct Required {
        bool missing;
        const char *field;
        const char *label;
    };
    const Required required[] = {
        {organisation.name.trimmed().isEmpty(), "organisation.name", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "manufacturer name")},
        {p.name.trimmed().isEmpty(), "product.name", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "product name")},
        {p.modelNumbers.isEmpty(), "product.modelNumbers", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "model number")},
        {p.category.trimmed().isEmpty(), "product.category", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "product category")},
        {p.firmwareName.trimmed().isEmpty(), "product.firmwareName", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "firmware name")},
        {p.firmwareVersion.trimmed().isEmpty(), "product.firmwareVersion", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "conforming firmware version")},
        {!p.supportUntil.isValid(), "product.supportUntil", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "support period end date")},
        {p.productContact.trimmed().isEmpty(), "product.productContact", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "product inquiry contact")},
        {p.vulnerabilityContact.trimmed().isEmpty(), "product.vulnerabilityContact", QT_TRANSLATE_NOOP("hoshi::SubmissionGate", "vulnerability reporting contact")},
    };
    for (const Required &r : required) {
        if (r.missing)
            c.block(QStringLiteral("product-field-missing"), QString(), QLatin1String(r.field),
                    SubmissionGate::tr("Product information: the %1 is missing.").arg(SubmissionGate::tr(r.label)));
    }
    if (p.supportUntil.isValid() && p.supportUntil < c.context().today)
        c.warn(QStringLiteral("support-ended"), QString(), QStringLiteral("product.supportUntil"),
               SubmissionGate::tr("Product information: the support period ended on %1.").arg(DisplayDate::date(p.supportUntil)));
    const std::pair<const QString *, const char *> urls[] = {{&p.webPage, "product.webPage"}, {&p.vdpUrl, "product.vdpUrl"}};
    for (const auto &[value, field] : urls) {
        if (!value->isEmpty() && !isWebUrl(*value))
            c.warn(QStringLiteral("bad-url"), QString(), QLatin1String(field),
                   SubmissionGate::tr("Product information: \"%1\" is not a valid web address.").arg(*value));
    }
    checkContactSyntax(organisation, p, c);
}

void checkDeclarationFields(const DeclarationSnapshot &s, Collector &c)
{
    if (s.declaration.route == Route::Psti && s.declaration.pstiStatement.trimmed().isEmpty() && !s.pstiStatementFile)
        c.block(QStringLiteral("psti-statement-missing"), QString(), QStringLiteral("declaration.pstiStatement"),
                SubmissionGate::tr("UK PSTI route: the PSTI statement of compliance (or its URL) is missing."));
    if (!s.declaration.evaluationCompletedOn.isValid())
        c.warn(QStringLiteral("evaluation-date-missing"), QString(), QStringLiteral("declaration.evaluationCompletedOn"),
               SubmissionGate::tr("The evaluation completion date is not set."));
}

bool hasLocation(const Evidence &e)
{
    return !e.pages.trimmed().isEmpty() || !e.chapter.trimmed().isEmpty() || !e.url.trimmed().isEmpty();
}

QStringList missingTestFields(const Evidence &e)
{
    QStringList missing;
    if (e.summary.trimmed().isEmpty())
        missing << SubmissionGate::tr("result summary");
    if (!e.testedOn.isValid())
        missing << SubmissionGate::tr("test date");
    if (e.firmwareVersion.trimmed().isEmpty())
        missing << SubmissionGate::tr("firmware version");
    if (e.files.isEmpty())
        missing << SubmissionGate::tr("an attached file");
    return missing;
}

void checkDocumentMethod(const QString &id, const QList<Evidence> &evidence, bool needsFile, Collector &c)
{
    bool satisfied = false;
    const Evidence *incomplete = nullptr;
    for (const Evidence &e : evidence) {
        if (e.kind != EvidenceKind::DocumentReview)
            continue;
        const bool complete = !e.title.trimmed().isEmpty() && hasLocation(e) && (!needsFile || !e.files.isEmpty());
        satisfied = satisfied || complete;
        if (!complete && !incomplete)
            incomplete = &e;
    }
    if (satisfied)
        return;
    if (incomplete) {
        QStringList missing;
        if (incomplete->title.trimmed().isEmpty())
            missing << SubmissionGate::tr("the document title");
        if (!hasLocation(*incomplete))
            missing << SubmissionGate::tr("where in it the basis is stated (page, chapter or URL)");
        if (needsFile && incomplete->files.isEmpty())
            missing << SubmissionGate::tr("the attached SBOM file");
        c.block(QStringLiteral("document-incomplete"), id, QStringLiteral("evidence"),
                SubmissionGate::tr("%1: the document review evidence lacks %2.").arg(id, missing.join(SubmissionGate::tr(" and "))), incomplete->id);
    } else {
        c.block(needsFile ? QStringLiteral("missing-sbom") : QStringLiteral("missing-document-evidence"), id,
                QStringLiteral("evidence"),
                needsFile ? SubmissionGate::tr("%1: conforming, but no SBOM (document evidence with the SBOM file) is recorded.").arg(id)
                          : SubmissionGate::tr("%1: conforming, but no document review evidence is recorded.").arg(id));
    }
}

void checkTestMethod(const QString &id, const QList<Evidence> &evidence, bool penetration, Collector &c)
{
    bool satisfied = false;
    const Evidence *incomplete = nullptr;
    for (const Evidence &e : evidence) {
        if (e.kind != EvidenceKind::DeviceTest)
            continue;
        const bool complete = missingTestFields(e).isEmpty();
        satisfied = satisfied || complete;
        if (!complete && !incomplete)
            incomplete = &e;
    }
    if (satisfied)
        return;
    if (incomplete) {
        c.block(QStringLiteral("device-test-incomplete"), id, QStringLiteral("evidence"),
                SubmissionGate::tr("%1: the device test evidence lacks %2.").arg(id, missingTestFields(*incomplete).join(SubmissionGate::tr(", "))),
                incomplete->id);
    } else {
        c.block(penetration ? QStringLiteral("missing-penetration-test") : QStringLiteral("missing-device-test"), id,
                QStringLiteral("evidence"),
                penetration ? SubmissionGate::tr("%1: conforming, but no penetration test evidence is recorded.").arg(id)
                            : SubmissionGate::tr("%1: conforming, but no device test evidence is recorded.").arg(id));
    }
}

void checkItem(const DeclarationSnapshot &s, const CriteriaItem &item, Collector &c)
{
    const QString &id = item.id;
    const Assessment *a = s.assessmentOf(id);
    const Verdict verdict = a ? a->verdict : Verdict::NotAssessed;
    const QList<Evidence> evidence = s.evidence.value(id);

    switch (verdict) {
    case Verdict::NotAssessed:
        c.block(QStringLiteral("not-assessed"), id, QStringLiteral("verdict"), SubmissionGate::tr("%1: not assessed yet.").arg(id));
        break;
    case Verdict::NonConforming:
        c.block(QStringLiteral("non-conforming"), id, QStringLiteral("verdict"),
                SubmissionGate::tr("%1: non-conforming. Nothing can be submitted while any item fails.").arg(id));
        break;
    case Verdict::NotApplicable:
        if (!item.notApplicableAllowed)
            c.block(QStringLiteral("na-forbidden"), id, QStringLiteral("verdict"),
                    SubmissionGate::tr("%1: this item can not be declared not applicable.").arg(id));
        else if (!a || a->justification.trimmed().isEmpty())
            c.block(QStringLiteral("na-without-justification"), id, QStringLiteral("justification"),
                    SubmissionGate::tr("%1: not applicable needs a justification (allowed only when: %2).")
                        .arg(id, withoutFinalStop(item.notApplicableCondition.in(c.context().language))));
        else if (FieldCheck::textWeight(a->justification) < FieldCheck::ShortJustificationWeight)
            c.warn(QStringLiteral("short-justification"), id, QStringLiteral("justification"),
                   SubmissionGate::tr("%1: the justification is very short; say why the N/A condition holds for this "
                                      "product.").arg(id));
        break;
    case Verdict::Conforming:
        for (Method m : item.methods) {
            if (m == Method::Document || m == Method::Sbom)
                checkDocumentMethod(id, evidence, m == Method::Sbom, c);
            else
                checkTestMethod(id, evidence, m == Method::PenetrationTest, c);
        }
        c.add(PointRules::check(s, item, c.context()));
        for (const Evidence &e : evidence) {
            // A web page is kept by its URL; a document without either should be attached.
            if (e.kind == EvidenceKind::DocumentReview && e.files.isEmpty() && e.url.trimmed().isEmpty()
                && !item.hasMethod(Method::Sbom))
                c.warn(QStringLiteral("document-without-file"), id, QStringLiteral("evidence"),
                       SubmissionGate::tr("%1: the document \"%2\" is referenced but not attached; keep a copy with the evidence.")
                           .arg(id, e.title), e.id);
        }
        break;
    }

    // Evidence problems count whatever the verdict: it is what an auditor will look at.
    c.add(EvidenceRules::check(id, evidence));
    c.add(CaptureRules::check(s, id));
    // After a firmware update the old device tests stay as history; once the item has been
    // tested again on the current firmware they no longer block (the re-test plan is done).
    // The rule is FirmwareStaleness, shared with the re-test plan, the reminders and the portfolio.
    const bool retested = FirmwareStaleness::retested(evidence, s.product);
    const QString current = FirmwareStaleness::currentFirmware(s.product);
    for (const Evidence *e : FirmwareStaleness::otherFirmwareTests(evidence, s.product)) {
        const QString tested = FirmwareStaleness::testedFirmware(*e, s.product);
        if (retested)
            c.warn(QStringLiteral("firmware-superseded"), id, QStringLiteral("evidence"),
                   SubmissionGate::tr("%1: the device test on firmware %2 is kept as history; the item was tested "
                                      "again on firmware %3.")
                       .arg(id, tested, current), e->id);
        else
            c.block(QStringLiteral("firmware-mismatch"), id, QStringLiteral("evidence"),
                    SubmissionGate::tr("%1: the device test was run on firmware %2, but the declaration is for firmware %3.")
                        .arg(id, tested, current), e->id);
    }
    // Evidence past its review date (ShelfLife): still evidence, but due to be looked at again.
    c.add(ShelfLifeRules::check(id, evidence, s.reviewPeriods, c.context().today));
    for (const Evidence &e : evidence) {
        for (const EvidenceFile &f : e.files) {
            if (s.corruptContent.contains(f.sha256))
                c.block(QStringLiteral("file-corrupt"), id, QStringLiteral("evidence"),
                        SubmissionGate::tr("%1: the evidence file \"%2\" no longer matches its recorded SHA-256.").arg(id, f.originalName),
                        e.id);
        }
    }
}

} // namespace

GateContext GateContext::current()
{
    return {QDate::currentDate(), uiLanguage()};
}

QList<GateProblem> SubmissionGate::check(const DeclarationSnapshot &s, const GateContext &context)
{
    Collector c(context);
    checkProductFields(s.organisation, s.product, c);
    checkDeclarationFields(s, c);
    for (const CriteriaItem &item : s.criteria.items) {
        if (!isExemptOnRoute(item, s.declaration.route))
            checkItem(s, item, c);
    }
    return c.take() + ReviewRules::check(s.review) + FormRules::check(s);
}

QList<GateProblem> SubmissionGate::checkProduct(const Organisation &organisation, const Product &product,
                                                const GateContext &context)
{
    Collector c(context);
    checkProductFields(organisation, product, c);
    return c.take();
}

int SubmissionGate::blockingCount(const QList<GateProblem> &problems)
{
    return int(std::count_if(problems.begin(), problems.end(), [](const GateProblem &p) { return p.isBlocking(); }));
}

} // namespace hoshi
