// SPDX-License-Identifier: Apache-2.0
#include "captureparser.h"

#include "captureparserutil.h"
#include "util/strictjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hoshi {

namespace {

// Nesting depth and number of values, so a hostile file cannot make the walkers below work
// without end; QJsonDocument itself already refuses absurd nesting.
bool withinLimits(const QJsonValue &value, int depth, qint64 *count, QString *error)
{
    if (depth > CaptureParser::MaxDepth) {
        *error = CaptureParser::tr("the JSON is nested more than %1 levels deep").arg(CaptureParser::MaxDepth);
        return false;
    }
    if (++*count > CaptureParser::MaxElements) {
        *error = CaptureParser::tr("the JSON has more than %1 values").arg(CaptureParser::MaxElements);
        return false;
    }
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!withinLimits(v, depth + 1, count, error))
                return false;
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!withinLimits(it.value(), depth + 1, count, error))
                return false;
        }
    }
    return true;
}

bool readJson(const QByteArray &data, QJsonValue *root, QString *error)
{
    QString problem;
    const std::optional<QJsonDocument> doc = readStrictJson(data, &problem);
    if (!doc) {
        *error = CaptureParser::tr("the file is not usable JSON: %1").arg(problem);
        return false;
    }
    *root = doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object());
    qint64 count = 0;
    return withinLimits(*root, 0, &count, error);
}

} // namespace

std::optional<CaptureTool> CaptureParser::detectTool(const QByteArray &data)
{
    const QByteArray head = data.left(4096);
    if (head.contains("<nmaprun"))
        return CaptureTool::Nmap;
    if (head.contains("\"bomFormat\"") || data.left(65536).contains("\"bomFormat\""))
        return CaptureTool::CycloneDx;
    // testssl.sh: the flat --jsonfile array of {"id","ip","port","severity","finding"} or the
    // --jsonfile-pretty object with "Invocation" and "scanResult".
    if ((head.contains("\"Invocation\"") && data.contains("\"scanResult\""))
        || (head.contains("\"severity\"") && head.contains("\"finding\"") && head.contains("\"id\"")))
        return CaptureTool::Testssl;
    if (head.contains("\"banner\"") && (data.contains("\"kex\"") || data.contains("\"enc\"")))
        return CaptureTool::SshAudit;
    return std::nullopt;
}

bool CaptureParser::readFile(const QString &path, QByteArray *data, QString *error)
{
    QString ignored;
    QString &problem = error ? *error : ignored;
    const QFileInfo info(path);
    if (!info.isFile()) {
        problem = tr("%1 is not a file").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.size() > MaxFileSize) {
        problem = tr("%1 is %2; tool output over %3 is refused").arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                                                    QLocale().formattedDataSize(MaxFileSize));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("cannot read %1: %2").arg(info.fileName(), file.errorString());
        return false;
    }
    *data = file.read(MaxFileSize + 1);
    if (data->size() > MaxFileSize) { // grew while we looked
        problem = tr("%1 is larger than %2; refused").arg(info.fileName(), QLocale().formattedDataSize(MaxFileSize));
        return false;
    }
    return true;
}

bool CaptureParser::parse(CaptureTool tool, const QByteArray &data, CaptureResult *out, QString *error)
{
    QString ignored;
    QString &problem = error ? *error : ignored;
    if (!out) {
        problem = tr("nothing to parse into");
        return false;
    }
    if (data.size() > MaxFileSize) {
        problem = tr("the output is larger than %1; refused").arg(QLocale().formattedDataSize(MaxFileSize));
        return false;
    }
    if (data.trimmed().isEmpty()) {
        problem = tr("the file is empty");
        return false;
    }
    CaptureResult result;
    result.tool = tool;
    bool ok = false;
    if (tool == CaptureTool::Nmap) {
        ok = captureparse::parseNmap(data, &result, &problem);
    } else {
        QJsonValue root;
        if (!readJson(data, &root, &problem))
            return false;
        if (tool == CaptureTool::Testssl)
            ok = captureparse::parseTestssl(root, &result, &problem);
        else if (tool == CaptureTool::SshAudit)
            ok = captureparse::parseSshAudit(root, &result, &problem);
        else
            ok = captureparse::parseCycloneDx(root, &result, &problem);
    }
    if (!ok)
        return false;
    if (result.findings.size() > MaxFindings) {
        problem = tr("the output has more than %1 findings").arg(MaxFindings);
        return false;
    }
    *out = result;
    return true;
}

} // namespace hoshi

namespace hoshi::captureparse {

QString severityJa(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return QStringLiteral("緊急");
    if (severity == QLatin1String("high"))
        return QStringLiteral("高");
    if (severity == QLatin1String("medium"))
        return QStringLiteral("中");
    if (severity == QLatin1String("low"))
        return QStringLiteral("低");
    return QStringLiteral("情報");
}

int severityRank(const QString &severity)
{
    static const QStringList order{QStringLiteral("info"), QStringLiteral("low"), QStringLiteral("medium"),
                                   QStringLiteral("high"), QStringLiteral("critical")};
    return std::max(0, int(order.indexOf(severity)));
}

QString utcText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QStringList recipeArguments(const QString &commandLine, const QStringList &outputOptions, const QStringList &targets)
{
    QStringList words = commandLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty())
        words.removeFirst(); // the program
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (outputOptions.contains(w)) {
            ++i; // and its value
            continue;
        }
        if (targets.contains(w))
            continue;
        out << w;
    }
    return out;
}

void countFindings(const QList<CaptureFinding> &findings, QString *en, QString *ja)
{
    int bySeverity[5] = {0, 0, 0, 0, 0};
    int contradicting = 0;
    for (const CaptureFinding &f : findings) {
        ++bySeverity[severityRank(f.severity)];
        contradicting += f.contradictsConformity ? 1 : 0;
    }
    static const char *names[5] = {"info", "low", "medium", "high", "critical"};
    QStringList partsEn;
    QStringList partsJa;
    for (int i = 4; i >= 0; --i) {
        if (bySeverity[i] > 0) {
            partsEn << QStringLiteral("%1 %2").arg(bySeverity[i]).arg(QLatin1String(names[i]));
            partsJa << QStringLiteral("%1 %2件").arg(severityJa(QLatin1String(names[i]))).arg(bySeverity[i]);
        }
    }
    *en = QStringLiteral("%1 finding(s)%2; %3 contradict(s) a conforming verdict")
              .arg(findings.size())
              .arg(partsEn.isEmpty() ? QString() : QStringLiteral(" (") + partsEn.join(QStringLiteral(", ")) + QLatin1Char(')'))
              .arg(contradicting);
    *ja = QStringLiteral("指摘 %1件%2、うち適合の判定と矛盾するもの %3件")
              .arg(findings.size())
              .arg(partsJa.isEmpty() ? QString() : QStringLiteral("（") + partsJa.join(QStringLiteral("、")) + QStringLiteral("）"))
              .arg(contradicting);
}

} // namespace hoshi::captureparse
