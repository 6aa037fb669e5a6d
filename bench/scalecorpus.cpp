// SPDX-License-Identifier: Apache-2.0
#include "scalecorpus.h"

#include "lifecycle/labelrecord.h"

#include <QRandomGenerator>

namespace hoshi::bench {

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");
const QString Reviewer = QStringLiteral("Kei Suzuki (reviewer)");
const QString Author = QStringLiteral("Hanako Yamada");

// Writes one catalogue; every choice comes from one generator seeded by the spec.
class CorpusWriter
{
public:
    CorpusWriter(Workspace &ws, const ScaleCorpusSpec &spec, ScaleCorpusStats &stats)
        : m_ws(ws), m_spec(spec), m_rng(spec.seed), m_stats(stats)
    {
    }

    bool organisation(int number, QString *error)
    {
        Organisation o;
        o.name = QStringLiteral("ベンダー%1株式会社").arg(number + 1);
        o.nameEn = QStringLiteral("Vendor %1 K.K.").arg(number + 1);
        o.corporateNumber = QStringLiteral("%1").arg(1000000000000LL + number * 7919LL, 13, 10, QLatin1Char('0'));
        o.contactEmail = QStringLiteral("psirt@vendor%1.example").arg(number + 1);
        m_organisation = m_ws.addOrganisation(o, error);
        m_vendorItemsAnswered = false;
        ++m_stats.organisations;
        return m_organisation > 0;
    }

    bool product(int number, QString *error)
    {
        static const QStringList categories = {QStringLiteral("Router"), QStringLiteral("Network camera"),
                                               QStringLiteral("Smart speaker"), QStringLiteral("Gateway")};
        Product p;
        p.organisationId = m_organisation;
        p.name = QStringLiteral("%1 %2").arg(categories.at(number % categories.size())).arg(100 + number);
        p.modelNumbers = {QStringLiteral("M-%1").arg(100 + number), QStringLiteral("M-%1-W").arg(100 + number)};
        p.category = categories.at(number % categories.size());
        p.firmwareName = QStringLiteral("FW");
        p.firmwareVersion = QStringLiteral("2.%1.0").arg(number % 7);
        p.supportUntil = QDate(2026, 1, 1).addDays(int(m_rng.bounded(2000)));
        p.productContact = QStringLiteral("support@example.com");
        p.vulnerabilityContact = QStringLiteral("psirt@example.com");
        m_product = m_ws.addProduct(p, error);
        m_productNumber = number;
        m_firmware = p.firmwareVersion;
        ++m_stats.products;
        return m_product > 0;
    }

    bool declaration(int indexInProduct, QString *error)
    {
        return m_ws.inOneTransaction([&](QString *err) { return writeDeclaration(indexInProduct, err); }, error);
    }

private:
    QByteArray text(int minBytes, int maxBytes, const QString &what)
    {
        const int size = minBytes + int(m_rng.bounded(maxBytes - minBytes));
        QByteArray out;
        for (int line = 0; out.size() < size; ++line)
            out += QStringLiteral("%1 %2 line %3: value %4 port %5\n")
                       .arg(QStringLiteral("2026-10-%1").arg(1 + line % 28, 2, 10, QLatin1Char('0')), what)
                       .arg(line)
                       .arg(m_rng.generate())
                       .arg(1024 + m_rng.bounded(60000))
                       .toUtf8();
        out.truncate(size);
        return out;
    }

    QByteArray binary(int minBytes, int maxBytes)
    {
        QByteArray out((minBytes + int(m_rng.bounded(maxBytes - minBytes))) & ~3, Qt::Uninitialized);
        m_rng.fillRange(reinterpret_cast<quint32 *>(out.data()), out.size() / 4);
        return out;
    }

    bool attach(qint64 evidence, const QString &name, const QByteArray &data, QString *error)
    {
        ++m_stats.files;
        m_stats.bytes += data.size();
        return m_ws.attachData(evidence, name, data, error) > 0;
    }

    qint64 addEvidence(qint64 decl, const QStringList &items, const Evidence &e, QString *error)
    {
        ++m_stats.evidence;
        return m_ws.addEvidence(decl, items, e, error);
    }

    // The product's manual backs the document items; its bytes are the product's, so every
    // declaration of the product stores it once.
    qint64 manual(qint64 decl, const QStringList &items, QString *error)
    {
        Evidence e;
        e.kind = EvidenceKind::DocumentReview;
        e.title = QStringLiteral("Product %1 user manual").arg(m_productNumber);
        e.documentNumber = QStringLiteral("UM-%1 v1.%2").arg(m_productNumber).arg(m_productNumber % 5);
        e.pages = QStringLiteral("%1-%2").arg(2 + m_productNumber % 5).arg(9 + m_productNumber % 5);
        const qint64 id = addEvidence(decl, items, e, error);
        QRandomGenerator manualBytes(m_spec.seed ^ quint32(m_productNumber));
        QByteArray pdf(32 * 1024, Qt::Uninitialized);
        manualBytes.fillRange(reinterpret_cast<quint32 *>(pdf.data()), pdf.size() / 4);
        return id > 0 && attach(id, QStringLiteral("manual.pdf"), pdf, error)
                       && attach(id, QStringLiteral("errata.txt"), text(1000, 3000, QStringLiteral("errata")), error)
                   ? id
                   : -1;
    }

    // A device test with its log and a capture; now and then an earlier run on older firmware
    // that the new one supersedes.
    qint64 deviceTest(qint64 decl, const QString &item, QString *error)
    {
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        e.procedure = QStringLiteral("Test procedure for %1").arg(item);
        e.summary = QStringLiteral("Observed as required");
        e.testedOn = QDate(2026, 9, 1).addDays(int(m_rng.bounded(60)));
        e.tester = Author;
        e.firmwareVersion = m_firmware;
        e.environment = QStringLiteral("lab LAN 192.0.2.0/24");
        const qint64 id = addEvidence(decl, {item}, e, error);
        if (id < 0 || !attach(id, item + QStringLiteral("_test.log"), text(1500, 6000, item), error)
            || !attach(id, item + QStringLiteral("_capture.pcap"), binary(4000, 16000), error))
            return -1;
        if (m_rng.bounded(4) == 0) {
            e.firmwareVersion = QStringLiteral("1.9.%1").arg(m_productNumber % 3);
            e.testedOn = e.testedOn.addDays(-90);
            const qint64 old = addEvidence(decl, {item}, e, error);
            if (old < 0 || !attach(old, item + QStringLiteral("_old.log"), text(1500, 4000, item), error))
                return -1;
            std::optional<Evidence> earlier = m_ws.evidence(old);
            if (!earlier)
                return -1;
            earlier->supersededBy = id;
            if (!m_ws.updateEvidence(*earlier, error))
                return -1;
        }
        return id;
    }

    qint64 document(qint64 decl, const QString &item, QString *error)
    {
        Evidence e;
        e.kind = EvidenceKind::DocumentReview;
        e.title = QStringLiteral("%1 design note").arg(item);
        e.documentNumber = QStringLiteral("DN-%1").arg(m_rng.bounded(1000));
        e.url = QStringLiteral("https://vendor.example/docs/%1").arg(item);
        const qint64 id = addEvidence(decl, {item}, e, error);
        return id > 0 && attach(id, item + QStringLiteral("_note.txt"), text(2000, 8000, item), error) ? id : -1;
    }

    // Alternative points: the vendor relies on the first one or two, backed by the evidence.
    bool choosePoints(qint64 decl, const CriteriaItem &item, qint64 evidence, QString *error)
    {
        if (item.pointMode != PointMode::Alternatives || item.points.isEmpty())
            return true;
        QStringList chosen{item.points.first().id};
        if (item.points.size() > 1 && m_rng.bounded(2) == 0)
            chosen << item.points.at(1).id;
        for (const QString &point : std::as_const(chosen)) {
            if (!m_ws.setPointChosen(decl, item.id, point, true, error))
                return false;
        }
        return evidence < 0 || m_ws.setEvidencePoints(evidence, decl, item.id, chosen, error);
    }

    bool verdict(qint64 decl, const CriteriaItem &item, QString *error)
    {
        const quint32 roll = m_rng.bounded(100);
        if (roll < 10)
            return true; // not assessed yet
        if (roll < 18 && item.notApplicableAllowed)
            return m_ws.setAssessment(decl, item.id, Verdict::NotApplicable,
                                      QStringLiteral("The product has no such interface."), {}, error);
        if (roll < 24)
            return m_ws.setAssessment(decl, item.id, Verdict::NonConforming, {}, QStringLiteral("fix planned"), error);
        return m_ws.setAssessment(decl, item.id, Verdict::Conforming, {}, {}, error);
    }

    bool items(qint64 decl, QString *error)
    {
        const CriteriaSet *set = m_ws.criteriaFor(decl);
        if (!set)
            return false;
        QStringList manualItems;
        for (int i = 0; i < set->items.size(); ++i) {
            const CriteriaItem &item = set->items.at(i);
            if (item.scope == ItemScope::Product && i % 3 != 0 && manualItems.size() < 6)
                manualItems << item.id;
        }
        const qint64 manualId = manual(decl, manualItems, error);
        if (manualId < 0)
            return false;
        for (int i = 0; i < set->items.size(); ++i) {
            const CriteriaItem &item = set->items.at(i);
            const bool vendorItem = item.scope != ItemScope::Product;
            if (vendorItem && m_vendorItemsAnswered)
                continue; // answered once for the organisation
            qint64 evidence = manualItems.contains(item.id) ? manualId : -1;
            if (i % 3 == 0)
                evidence = deviceTest(decl, item.id, error);
            else if (evidence < 0)
                evidence = document(decl, item.id, error);
            if (evidence < 0 || !choosePoints(decl, item, evidence, error) || !verdict(decl, item, error))
                return false;
        }
        m_vendorItemsAnswered = true;
        return true;
    }

    bool review(qint64 decl, QString *error)
    {
        const int comments = m_rng.bounded(10) < 3 ? 1 + int(m_rng.bounded(3)) : 0;
        for (int c = 0; c < comments; ++c) {
            const qint64 id = m_ws.addComment(decl, c == 0 ? QString() : QStringLiteral("S1.1-04"), Reviewer,
                                              QStringLiteral("Please add the test log (%1).").arg(c + 1), error);
            if (id < 0 || (c % 2 == 0 && !m_ws.resolveComment(id, Author, error)))
                return false;
            ++m_stats.comments;
        }
        if (m_rng.bounded(10) >= 4)
            return true;
        if (!m_ws.requestReview(decl, Author, error))
            return false;
        if (m_rng.bounded(10) >= 6)
            return true;
        ++m_stats.approvals;
        return m_ws.approve(decl, Reviewer, error);
    }

    bool label(qint64 decl, QString *error)
    {
        LabelRecord record;
        record.declarationId = decl;
        record.registrationNumber = QStringLiteral("%1").arg(2025000000000000LL + decl, 16, 10, QLatin1Char('0'));
        record.applicationNumber = QStringLiteral("A-%1").arg(decl);
        record.issuedOn = QDate(2025, 1, 1).addDays(int(m_rng.bounded(600)));
        record.submittedOn = record.issuedOn.addDays(-30);
        record.validUntil = record.issuedOn.addYears(2).addDays(-1);
        record.status = LabelStatus::Active;
        if (!m_ws.setLabelRecord(record, error))
            return false;
        ++m_stats.labels;
        ++m_stats.baselines;
        return m_ws.addBaseline(decl, BaselineKind::Label, {}, error) > 0;
    }

    bool writeDeclaration(int indexInProduct, QString *error)
    {
        const qint64 decl = m_ws.addDeclaration(m_product, Star1, Route::Standard, error);
        if (decl < 0 || !items(decl, error) || !review(decl, error))
            return false;
        ++m_stats.declarations;
        return indexInProduct > 0 || m_rng.bounded(2) == 0 || label(decl, error);
    }

    Workspace &m_ws;
    const ScaleCorpusSpec &m_spec;
    QRandomGenerator m_rng;
    ScaleCorpusStats &m_stats;
    qint64 m_organisation = -1;
    qint64 m_product = -1;
    int m_productNumber = 0;
    QString m_firmware;
    bool m_vendorItemsAnswered = false;
};

} // namespace

bool makeScaleCorpus(Workspace &ws, const ScaleCorpusSpec &spec, ScaleCorpusStats *stats, QString *error,
                     const std::function<void(int)> &progress)
{
    ScaleCorpusStats local;
    ScaleCorpusStats &s = stats ? *stats : local;
    s = {};
    CorpusWriter writer(ws, spec, s);
    const int perProduct = std::max(1, spec.declarationsPerProduct);
    const int perOrganisation = std::max(1, spec.productsPerOrganisation) * perProduct;
    for (int d = 0; d < spec.declarations; ++d) {
        if (d % perOrganisation == 0 && !writer.organisation(d / perOrganisation, error))
            return false;
        if (d % perProduct == 0 && !writer.product(d / perProduct, error))
            return false;
        if (!writer.declaration(d % perProduct, error))
            return false;
        if (progress)
            progress(d + 1);
    }
    return true;
}

} // namespace hoshi::bench
