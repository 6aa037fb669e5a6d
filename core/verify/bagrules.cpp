// SPDX-License-Identifier: Apache-2.0
#include "bagrules.h"

#include "archive/zippath.h"
#include "archiveverifier.h"
#include "export/bagit.h"

#include <QHash>
#include <QRegularExpression>

#include <map>
#include <optional>

namespace hoshi {

namespace {

const QString BagitTxt = QStringLiteral("bagit.txt");
const QString BagInfoTxt = QStringLiteral("bag-info.txt");

struct ManifestSpec {
    QString algorithm;
    int hashLength;
};
const ManifestSpec Specs[] = {{QStringLiteral("sha256"), 64}, {QStringLiteral("sha512"), 128}};

QString manifestName(BagRules::ManifestKind kind, const QString &algorithm)
{
    return (kind == BagRules::ManifestKind::Payload ? QStringLiteral("manifest-%1.txt") : QStringLiteral("tagmanifest-%1.txt"))
        .arg(algorithm);
}

// The tag manifests can not list themselves, nor the signature that signs one of them.
bool exemptFromTagManifests(const QString &path)
{
    return path == manifestName(BagRules::ManifestKind::Tag, QStringLiteral("sha256"))
        || path == manifestName(BagRules::ManifestKind::Tag, QStringLiteral("sha512"))
        || path == QLatin1String(BagIt::SignatureFile);
}

// Lines of a small text file without their line ends; one final line end is not an empty line.
QList<QByteArray> textLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// What one manifest says about the files of its kind; FileReports accumulate across manifests.
class ManifestCheck
{
public:
    ManifestCheck(BagRules::ManifestKind kind, const BagContents &bag, VerificationResult *r)
        : m_kind(kind), m_bag(bag), m_r(r), m_files(kind == BagRules::ManifestKind::Payload ? bag.payload : bag.tags)
    {
    }

    void check(const ManifestSpec &spec)
    {
        const QString name = manifestName(m_kind, spec.algorithm);
        QList<BagIt::ManifestEntry> entries;
        if (!read(name, spec.hashLength, &entries))
            return;
        ++m_readable;
        QHash<QString, int> lineOf;
        for (const BagIt::ManifestEntry &m : std::as_const(entries)) {
            if (!allowed(name, m.path))
                continue;
            if (lineOf.contains(m.path)) {
                m_r->bagProblems << BagRules::tr("%1 lists \"%2\" twice (lines %3 and %4): a manifest names each file once.")
                                        .arg(name, m.path)
                                        .arg(lineOf.value(m.path))
                                        .arg(m.line);
                continue;
            }
            lineOf.insert(m.path, m.line);
            ++m_listedIn[m.path];
            compare(name, spec.algorithm, m);
        }
        for (const auto &[path, actual] : m_files) {
            if (!lineOf.contains(path) && !exempt(path))
                m_notIn[path] << name;
        }
    }

    void reportUnlisted()
    {
        for (const auto &[path, actual] : m_files) {
            if (exempt(path))
                continue;
            const QStringList notIn = m_notIn.value(path);
            if (m_readable > 0 && notIn.isEmpty())
                continue;
            FileReport &report = reportFor(path);
            if (report.problem != FileReport::Problem::None)
                continue;
            report.problem = FileReport::Problem::Unlisted;
            report.actual = actual.sha256;
            report.algorithm = QStringLiteral("sha256");
            if (m_listedIn.value(path) == 0) {
                report.message = m_kind == BagRules::ManifestKind::Payload
                    ? BagRules::tr("%1 was added: no manifest lists it.").arg(path)
                    : BagRules::tr("%1 was added: no tag manifest lists it.").arg(path);
            } else {
                report.message = BagRules::tr("%1 is not listed in %2: every manifest must list every file.")
                                     .arg(path, notIn.join(QLatin1String(", ")));
            }
        }
        for (auto &[path, report] : m_reports)
            m_r->files.append(report);
    }

private:
    bool exempt(const QString &path) const
    {
        return m_kind == BagRules::ManifestKind::Tag && exemptFromTagManifests(path);
    }

    bool read(const QString &name, int hashLength, QList<BagIt::ManifestEntry> *entries)
    {
        if (!m_bag.tagContent.contains(name)) {
            m_r->bagProblems << BagRules::tr("%1 is missing.").arg(name);
            return false;
        }
        QString parseError;
        if (!BagIt::parseManifest(m_bag.tagContent.value(name), hashLength, entries, &parseError)) {
            m_r->bagProblems << BagRules::tr("%1 can not be read: %2.").arg(name, parseError);
            return false;
        }
        return true;
    }

    // Payload manifests list only files under data/, tag manifests only files outside it; both
    // only safe relative paths.
    bool allowed(const QString &name, const QString &path)
    {
        const bool inPayload = ZipPath::components(path).first() == QLatin1String("data");
        const bool safe = ZipPath::problemWith(path).isEmpty();
        if (m_kind == BagRules::ManifestKind::Payload && (!inPayload || !safe)) {
            m_r->bagProblems << BagRules::tr("%1 lists \"%2\", which is not a payload path.").arg(name, path);
            return false;
        }
        if (m_kind == BagRules::ManifestKind::Tag && (inPayload || !safe)) {
            m_r->bagProblems << BagRules::tr("%1 lists \"%2\", which is not a tag file path: tag manifests list only tag files.")
                                    .arg(name, path);
            return false;
        }
        return true;
    }

    FileReport &reportFor(const QString &path)
    {
        FileReport &report = m_reports[path];
        report.path = path;
        report.tagFile = m_kind == BagRules::ManifestKind::Tag;
        return report;
    }

    void compare(const QString &name, const QString &algorithm, const BagIt::ManifestEntry &m)
    {
        FileReport &report = reportFor(m.path);
        const auto it = m_files.find(m.path);
        if (it == m_files.end()) {
            report.problem = FileReport::Problem::Missing;
            report.expected = m.hash;
            report.algorithm = algorithm;
            report.message = BagRules::tr("%1 is missing (listed in %2).").arg(m.path, name);
            return;
        }
        const QString actual = algorithm == QLatin1String("sha256") ? it->second.sha256 : it->second.sha512;
        if (actual == m.hash || report.problem != FileReport::Problem::None)
            return;
        report.problem = FileReport::Problem::Modified;
        report.algorithm = algorithm;
        report.expected = m.hash;
        report.actual = actual;
        report.message = m_kind == BagRules::ManifestKind::Payload
            ? BagRules::tr("%1 was modified: its %2 is %3, the manifest says %4.").arg(m.path, algorithm.toUpper(), actual, m.hash)
            : BagRules::tr("%1 was modified: its %2 is %3, %4 says %5.").arg(m.path, algorithm.toUpper(), actual, name, m.hash);
    }

    BagRules::ManifestKind m_kind;
    const BagContents &m_bag;
    VerificationResult *m_r;
    const std::map<QString, BagContents::Actual> &m_files;
    std::map<QString, FileReport> m_reports;
    QHash<QString, int> m_listedIn;       // path -> readable manifests listing it
    QHash<QString, QStringList> m_notIn;  // path -> readable manifests not listing it
    int m_readable = 0;
};

} // namespace

void BagRules::checkBagitTxt(const BagContents &bag, VerificationResult *r)
{
    if (!bag.tagContent.contains(BagitTxt)) {
        r->bagProblems << tr("bagit.txt is missing.");
        return;
    }
    const QList<QByteArray> lines = textLines(bag.tagContent.value(BagitTxt));
    const auto value = [&](int n, const QByteArray &label) -> std::optional<QByteArray> {
        if (n >= lines.size() || !lines.at(n).startsWith(QByteArray(label + ':')))
            return std::nullopt;
        return lines.at(n).mid(label.size() + 1).trimmed();
    };
    const std::optional<QByteArray> version = value(0, "BagIt-Version");
    const std::optional<QByteArray> encoding = value(1, "Tag-File-Character-Encoding");
    if (!version)
        r->bagProblems << tr("bagit.txt does not declare a BagIt version.");
    else if (*version != "1.0")
        r->bagProblems << tr("bagit.txt declares BagIt version %1; Hoshi checks BagIt 1.0 bags.").arg(QString::fromUtf8(*version));
    if (!encoding || encoding->compare("UTF-8", Qt::CaseInsensitive) != 0)
        r->bagProblems << tr("bagit.txt does not give \"Tag-File-Character-Encoding: UTF-8\" on its second line.");
    if (lines.size() != 2)
        r->bagProblems << tr("bagit.txt holds %1 lines; BagIt requires exactly two.").arg(lines.size());
}

void BagRules::checkLayout(const BagContents &bag, VerificationResult *r)
{
    for (const QString &path : bag.outside)
        r->bagProblems << tr("\"%1\" lies outside the bag folder \"%2\".").arg(path, bag.root);
    if (!bag.hasPayloadFolder)
        r->bagProblems << tr("The payload folder data/ is missing.");
}

void BagRules::checkManifests(ManifestKind kind, const BagContents &bag, VerificationResult *r)
{
    ManifestCheck check(kind, bag, r);
    for (const ManifestSpec &spec : Specs)
        check.check(spec);
    check.reportUnlisted();
}

void BagRules::checkBagInfo(const BagContents &bag, VerificationResult *r)
{
    if (!bag.tagContent.contains(BagInfoTxt)) {
        r->bagProblems << tr("bag-info.txt is missing.");
        return;
    }
    const QByteArray text = bag.tagContent.value(BagInfoTxt);
    r->bagInfo = BagIt::parseBagInfo(text);
    const QList<QByteArray> lines = textLines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if ((continuation && n == 0) || (!continuation && line.indexOf(':') <= 0))
            r->bagProblems << tr("bag-info.txt line %1 is not \"Label: value\".").arg(n + 1);
    }
    // RFC 8493 2.2.2: these reserved elements must not be repeated.
    static const QStringList once = {QStringLiteral("Bagging-Date"), QStringLiteral("Bag-Size"), QStringLiteral("Payload-Oxum"),
                                     QStringLiteral("Bag-Group-Identifier"), QStringLiteral("Bag-Count")};
    for (const QString &label : once) {
        const auto count = std::count_if(r->bagInfo.cbegin(), r->bagInfo.cend(), [&](const auto &field) {
            return field.first.compare(label, Qt::CaseInsensitive) == 0;
        });
        if (count > 1)
            r->bagProblems << tr("bag-info.txt gives %1 %2 times; BagIt allows it once.").arg(label).arg(count);
    }
    static const QRegularExpression oxumFormat(QStringLiteral("^[0-9]+\\.[0-9]+$"));
    const QString oxum = r->bagInfoValue(QStringLiteral("Payload-Oxum"));
    const QString actualOxum = BagIt::payloadOxum(r->payloadBytes, r->payloadFiles);
    if (oxum.isEmpty())
        r->bagProblems << tr("bag-info.txt does not record the size and number of the payload files (Payload-Oxum).");
    else if (!oxumFormat.match(oxum).hasMatch() || oxum != actualOxum)
        r->bagProblems << tr("bag-info.txt records a payload of %1 (bytes.files, Payload-Oxum), but the payload in the archive is %2: "
                                "files were changed, added or removed after the export.").arg(oxum, actualOxum);
}

} // namespace hoshi
