// SPDX-License-Identifier: Apache-2.0
// CycloneDX JSON SBOMs (spec 1.4 to 1.6), with or without "vulnerabilities".
#include "captureparser.h"
#include "captureparserutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::captureparse {

namespace {

bool optionalString(const QJsonObject &o, const QString &key, QString *value, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = CaptureParser::tr("\"%1\" of a CycloneDX entry is not text").arg(key);
        return false;
    }
    *value = v.toString();
    return true;
}

bool readComponents(const QJsonValue &list, int depth, CaptureResult *out, QString *error)
{
    if (list.isUndefined())
        return true;
    if (!list.isArray()) {
        *error = CaptureParser::tr("\"components\" of the SBOM is not an array");
        return false;
    }
    if (depth > 16) {
        *error = CaptureParser::tr("the SBOM nests components more than 16 levels deep");
        return false;
    }
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        CaptureComponent c;
        if (!v.isObject() || !o.value(QStringLiteral("name")).isString()) {
            *error = CaptureParser::tr("a component of the SBOM has no text \"name\"");
            return false;
        }
        c.name = o.value(QStringLiteral("name")).toString();
        if (!optionalString(o, QStringLiteral("version"), &c.version, error) || !optionalString(o, QStringLiteral("purl"), &c.purl, error))
            return false;
        out->components << c;
        if (!readComponents(o.value(QStringLiteral("components")), depth + 1, out, error))
            return false;
    }
    return true;
}

QString toolText(const QJsonValue &tools)
{
    // 1.4: [{"vendor","name","version"}]; 1.5+: {"components": [{"name","version"}], "services": [...]}
    const QJsonArray list = tools.isArray() ? tools.toArray() : tools.toObject().value(QStringLiteral("components")).toArray();
    const QJsonObject first = list.first().toObject();
    return QStringList{first.value(QStringLiteral("name")).toString(), first.value(QStringLiteral("version")).toString()}
        .join(QLatin1Char(' ')).simplified();
}

QString severityFromScore(double score)
{
    if (score >= 9)
        return QStringLiteral("critical");
    if (score >= 7)
        return QStringLiteral("high");
    if (score >= 4)
        return QStringLiteral("medium");
    if (score > 0)
        return QStringLiteral("low");
    return QStringLiteral("info");
}

bool readVulnerability(const QJsonValue &v, CaptureResult *out, QString *error)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !o.value(QStringLiteral("id")).isString()) {
        *error = CaptureParser::tr("a vulnerability of the SBOM has no text \"id\"");
        return false;
    }
    const QJsonValue ratings = o.value(QStringLiteral("ratings"));
    if (!ratings.isUndefined() && !ratings.isArray()) {
        *error = CaptureParser::tr("\"ratings\" of vulnerability %1 is not an array").arg(o.value(QStringLiteral("id")).toString().left(80));
        return false;
    }
    double score = -1;
    QString severity = QStringLiteral("info");
    for (const QJsonValue &r : ratings.toArray()) {
        const QJsonValue s = r.toObject().value(QStringLiteral("score"));
        if (!s.isUndefined() && !s.isDouble()) {
            *error = CaptureParser::tr("a score of vulnerability %1 is not a number").arg(o.value(QStringLiteral("id")).toString().left(80));
            return false;
        }
        score = std::max(score, s.toDouble(-1));
        const QString named = r.toObject().value(QStringLiteral("severity")).toString();
        if (severityRank(named) > severityRank(severity))
            severity = named;
    }
    if (score >= 0 && severityRank(severityFromScore(score)) > severityRank(severity))
        severity = severityFromScore(score);
    const QString state = o.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("state")).toString();
    static const QStringList answered{QStringLiteral("not_affected"), QStringLiteral("resolved"), QStringLiteral("false_positive")};
    CaptureFinding f;
    f.key = o.value(QStringLiteral("id")).toString();
    f.severity = severity;
    // CVSS 7 or more (or rated high/critical without a score), not answered by a VEX analysis.
    const bool serious = score >= 7 || (score < 0 && severityRank(severity) >= severityRank(QStringLiteral("high")));
    f.contradictsConformity = serious && !answered.contains(state);
    const QString scoreText = score >= 0 ? QStringLiteral("CVSS %1").arg(score) : severity;
    const QString stateText = state.isEmpty() ? QString() : QStringLiteral(", analysis: %1").arg(state);
    const QString stateJa = state.isEmpty() ? QString() : QStringLiteral("、分析：%1").arg(state);
    f.text = QStringLiteral("%1 (%2%3)").arg(f.key, scoreText, stateText);
    f.textJa = QStringLiteral("%1（%2%3）").arg(f.key, score >= 0 ? scoreText : severityJa(severity), stateJa);
    out->findings << f;
    return true;
}

} // namespace

bool parseCycloneDx(const QJsonValue &root, CaptureResult *out, QString *error)
{
    const QJsonObject o = root.toObject();
    if (!root.isObject() || o.value(QStringLiteral("bomFormat")).toString() != QLatin1String("CycloneDX")) {
        *error = CaptureParser::tr("the file is not a CycloneDX SBOM (\"bomFormat\" is not \"CycloneDX\")");
        return false;
    }
    const QString spec = o.value(QStringLiteral("specVersion")).toString();
    if (spec != QLatin1String("1.4") && spec != QLatin1String("1.5") && spec != QLatin1String("1.6")) {
        *error = CaptureParser::tr("CycloneDX version \"%1\" is not supported (1.4 to 1.6 are)").arg(spec.left(20));
        return false;
    }
    const QJsonObject metadata = o.value(QStringLiteral("metadata")).toObject();
    const QString tool = toolText(metadata.value(QStringLiteral("tools")));
    out->toolVersion = tool.isEmpty() ? QStringLiteral("CycloneDX %1").arg(spec) : QStringLiteral("%1 (CycloneDX %2)").arg(tool, spec);
    out->scannedAt = QDateTime::fromString(metadata.value(QStringLiteral("timestamp")).toString(), Qt::ISODate).toUTC();
    const QJsonObject subject = metadata.value(QStringLiteral("component")).toObject();
    out->target = QStringList{subject.value(QStringLiteral("name")).toString(), subject.value(QStringLiteral("version")).toString()}
                      .join(QLatin1Char(' ')).simplified();
    if (!readComponents(o.value(QStringLiteral("components")), 0, out, error))
        return false;
    const QJsonValue vulnerabilities = o.value(QStringLiteral("vulnerabilities"));
    if (!vulnerabilities.isUndefined() && !vulnerabilities.isArray()) {
        *error = CaptureParser::tr("\"vulnerabilities\" of the SBOM is not an array");
        return false;
    }
    for (const QJsonValue &v : vulnerabilities.toArray()) {
        if (!readVulnerability(v, out, error))
            return false;
    }
    QString countsEn;
    QString countsJa;
    countFindings(out->findings, &countsEn, &countsJa);
    const QString subjectText = out->target.isEmpty() ? QStringLiteral("the product") : out->target;
    out->summaryEn = QStringLiteral("SBOM of %1 (%2%3): %4 component(s), %5 vulnerability record(s); %6.")
                         .arg(subjectText, out->toolVersion, out->scannedAt.isValid() ? QStringLiteral(", ") + utcText(out->scannedAt) : QString())
                         .arg(out->components.size()).arg(vulnerabilities.toArray().size()).arg(countsEn);
    out->summaryJa = QStringLiteral("%1 のSBOM（%2%3）：コンポーネント %4件、脆弱性情報 %5件。%6。")
                         .arg(out->target.isEmpty() ? QStringLiteral("製品") : out->target, out->toolVersion,
                              out->scannedAt.isValid() ? QStringLiteral("、") + utcText(out->scannedAt) : QString())
                         .arg(out->components.size()).arg(vulnerabilities.toArray().size()).arg(countsJa);
    out->suggestedItems = {QStringLiteral("S1.1-13")};
    return true;
}

} // namespace hoshi::captureparse
