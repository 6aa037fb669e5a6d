// SPDX-License-Identifier: Apache-2.0
// testssl.sh (--jsonfile / --jsonfile-pretty) and ssh-audit (-j) output.
#include "captureparser.h"
#include "captureparserutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace hoshi::captureparse {

namespace {

// ---- testssl.sh ----

// testssl.sh's protocol ids, the stable keys Hoshi gives them and the name people know.
struct ProtocolName {
    const char *id;
    const char *key;
    const char *name;
    bool weak; // offering it contradicts a conforming S1.1-12
};
const ProtocolName protocolNames[] = {
    {"SSLv2", "sslv2", "SSL 2.0", true},  {"SSLv3", "sslv3", "SSL 3.0", true},  {"TLS1", "tls1_0", "TLS 1.0", true},
    {"TLS1_1", "tls1_1", "TLS 1.1", true}, {"TLS1_2", "tls1_2", "TLS 1.2", false}, {"TLS1_3", "tls1_3", "TLS 1.3", false},
};

const ProtocolName *protocolOf(const QString &id)
{
    for (const ProtocolName &p : protocolNames) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

QString testsslSeverity(const QString &s)
{
    if (s == QLatin1String("LOW") || s == QLatin1String("MEDIUM") || s == QLatin1String("HIGH") || s == QLatin1String("CRITICAL"))
        return s.toLower();
    return QStringLiteral("info");
}

struct TestsslScan {
    QStringList offered; // protocol names
    QSet<QString> keys;
};

bool readTestsslEntry(const QJsonValue &v, TestsslScan *scan, CaptureResult *out, QString *error)
{
    const QJsonObject e = v.toObject();
    const QJsonValue id = e.value(QStringLiteral("id"));
    const QJsonValue severity = e.value(QStringLiteral("severity"));
    const QJsonValue finding = e.value(QStringLiteral("finding"));
    if (!v.isObject() || !id.isString() || !severity.isString() || !finding.isString()) {
        *error = CaptureParser::tr("a testssl.sh entry is not an object with text \"id\", \"severity\" and \"finding\"");
        return false;
    }
    const QString text = finding.toString();
    const QString rawSeverity = severity.toString();
    const ProtocolName *protocol = protocolOf(id.toString());
    const bool offered = text.startsWith(QLatin1String("offered"));
    if (protocol && offered)
        scan->offered << QLatin1String(protocol->name);
    CaptureFinding f;
    f.key = protocol ? QLatin1String(protocol->key) : id.toString();
    f.severity = testsslSeverity(rawSeverity);
    if (protocol) {
        if (!offered || !protocol->weak)
            return true;
        f.text = QStringLiteral("%1 is offered (testssl.sh: %2)").arg(QLatin1String(protocol->name), text);
        f.textJa = QStringLiteral("%1 が有効（testssl.sh: %2）").arg(QLatin1String(protocol->name), text);
        f.contradictsConformity = true;
    } else if (f.severity != QLatin1String("info") || rawSeverity == QLatin1String("WARN") || rawSeverity == QLatin1String("FATAL")) {
        const QString label = rawSeverity == QLatin1String("WARN") || rawSeverity == QLatin1String("FATAL")
                                  ? QStringLiteral("scan problem") : rawSeverity;
        f.text = QStringLiteral("%1 [%2]: %3").arg(id.toString(), label, text);
        f.textJa = QStringLiteral("%1［%2］：%3")
                       .arg(id.toString(), label == QLatin1String("scan problem") ? QStringLiteral("スキャンの問題") : severityJa(f.severity), text);
        f.contradictsConformity = severityRank(f.severity) >= severityRank(QStringLiteral("high"));
    } else {
        return true;
    }
    if (!scan->keys.contains(f.key)) { // one finding per key, whatever the number of addresses
        scan->keys.insert(f.key);
        out->findings << f;
    }
    return true;
}

bool readTestsslEntries(const QJsonArray &entries, TestsslScan *scan, CaptureResult *out, QString *error)
{
    for (const QJsonValue &v : entries) {
        if (!readTestsslEntry(v, scan, out, error))
            return false;
    }
    return true;
}

// The pretty form: header fields and scanResult[] of objects whose array members are sections.
bool readTestsslPretty(const QJsonObject &root, TestsslScan *scan, CaptureResult *out, QString *error)
{
    const QJsonValue results = root.value(QStringLiteral("scanResult"));
    if (!results.isArray()) {
        *error = CaptureParser::tr("\"scanResult\" of the testssl.sh file is not an array");
        return false;
    }
    out->toolVersion = root.value(QStringLiteral("version")).toString().simplified().section(QLatin1Char(' '), 0, 0);
    out->commandLine = root.value(QStringLiteral("Invocation")).toString();
    bool ok = false;
    const qint64 start = root.value(QStringLiteral("startTime")).toString().toLongLong(&ok);
    if (ok && start > 0)
        out->scannedAt = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    QStringList targets;
    for (const QJsonValue &r : results.toArray()) {
        if (!r.isObject()) {
            *error = CaptureParser::tr("an entry of \"scanResult\" is not an object");
            return false;
        }
        const QJsonObject o = r.toObject();
        targets << QStringLiteral("%1:%2").arg(o.value(QStringLiteral("targetHost")).toString(),
                                               o.value(QStringLiteral("port")).toString());
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isArray() && !readTestsslEntries(it.value().toArray(), scan, out, error))
                return false;
        }
    }
    targets.removeDuplicates();
    out->target = targets.join(QStringLiteral(", "));
    return true;
}

QString flatTarget(const QJsonArray &entries)
{
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString ip = e.value(QStringLiteral("ip")).toString().section(QLatin1Char('/'), 0, 0);
        if (!ip.isEmpty())
            return QStringLiteral("%1:%2").arg(ip, e.value(QStringLiteral("port")).toString());
    }
    return {};
}

// ---- ssh-audit ----

// The algorithms ssh-audit 2.5 rates "fail" (its SSH2_KexDB), for output that carries no notes
// (ssh-audit before 3.0 writes none into its JSON).
const QSet<QString> &sshAuditFailList()
{
    static const QSet<QString> list = [] {
        const char *names =
            "kex:diffie-hellman-group-exchange-sha1 kex:diffie-hellman-group1-sha1 kex:diffie-hellman-group1-sha256 "
            "kex:ecdh-sha2-nistb233 kex:ecdh-sha2-nistb409 kex:ecdh-sha2-nistk163 kex:ecdh-sha2-nistk233 "
            "kex:ecdh-sha2-nistk283 kex:ecdh-sha2-nistk409 kex:ecdh-sha2-nistp192 kex:ecdh-sha2-nistp224 "
            "kex:ecdh-sha2-nistp256 kex:ecdh-sha2-nistp384 kex:ecdh-sha2-nistp521 kex:ecdh-sha2-nistt571 "
            "kex:gss-group1-sha1- kex:gss-nistp256-sha256- kex:rsa1024-sha1 "
            "key:ecdsa-sha2-nistp256 key:ecdsa-sha2-nistp256-cert-v01@openssh.com key:ecdsa-sha2-nistp384 "
            "key:ecdsa-sha2-nistp384-cert-v01@openssh.com key:ecdsa-sha2-nistp521 key:ecdsa-sha2-nistp521-cert-v01@openssh.com "
            "key:sk-ecdsa-sha2-nistp256-cert-v01@openssh.com key:sk-ecdsa-sha2-nistp256@openssh.com key:ssh-dss "
            "key:ssh-dss-cert-v00@openssh.com key:ssh-dss-cert-v01@openssh.com key:ssh-dss-sha256@ssh.com key:ssh-rsa "
            "key:ssh-rsa-cert-v00@openssh.com key:ssh-rsa-cert-v01@openssh.com key:ssh-rsa1 key:x509v3-sign-dss "
            "key:x509v3-sign-rsa key:x509v3-ssh-dss key:x509v3-ssh-rsa "
            "enc:3des enc:3des-cbc enc:3des-ctr enc:aes128-cbc enc:aes192-cbc enc:aes256-cbc enc:arcfour enc:arcfour128 "
            "enc:arcfour256 enc:blowfish enc:blowfish-cbc enc:blowfish-ctr enc:cast128-cbc enc:cast128-ctr "
            "enc:des enc:des-cbc enc:des-cbc-ssh1 enc:des-cbc@ssh.com enc:idea-cbc enc:idea-ctr enc:none "
            "enc:rijndael-cbc@lysator.liu.se enc:rijndael128-cbc enc:rijndael192-cbc enc:rijndael256-cbc "
            "enc:serpent128-cbc enc:serpent128-ctr enc:serpent192-cbc enc:serpent192-ctr enc:serpent256-cbc "
            "enc:serpent256-ctr enc:twofish-cbc enc:twofish128-cbc enc:twofish256-cbc "
            "mac:hmac-md5 mac:hmac-md5-96 mac:hmac-md5-96-etm@openssh.com mac:hmac-md5-etm@openssh.com mac:hmac-ripemd "
            "mac:hmac-ripemd160 mac:hmac-ripemd160-96 mac:hmac-ripemd160-etm@openssh.com mac:hmac-ripemd160@openssh.com "
            "mac:hmac-sha1-96 mac:hmac-sha1-96-etm@openssh.com mac:hmac-sha2-256-96 mac:hmac-sha2-512-96 mac:none";
        QSet<QString> s;
        for (const QString &n : QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            s.insert(n);
        return s;
    }();
    return list;
}

QString sectionJa(const QString &section)
{
    if (section == QLatin1String("kex"))
        return QStringLiteral("鍵交換");
    if (section == QLatin1String("key"))
        return QStringLiteral("ホスト鍵");
    if (section == QLatin1String("enc"))
        return QStringLiteral("暗号");
    return QStringLiteral("MAC");
}

struct SshCounts {
    int algorithms = 0;
    bool notesSeen = false;
};

// One algorithm: a string (ssh-audit 2.x for enc/mac) or {"algorithm", "notes": {"fail": [...], "warn": [...]}}.
bool readAlgorithm(const QString &section, const QJsonValue &v, SshCounts *counts, CaptureResult *out, QString *error)
{
    QString name;
    QStringList fail;
    QStringList warn;
    if (v.isString()) {
        name = v.toString();
    } else if (v.isObject() && v.toObject().value(QStringLiteral("algorithm")).isString()) {
        const QJsonObject o = v.toObject();
        name = o.value(QStringLiteral("algorithm")).toString();
        const QJsonValue notes = o.value(QStringLiteral("notes"));
        if (!notes.isUndefined() && !notes.isObject()) {
            *error = CaptureParser::tr("the notes of ssh-audit algorithm \"%1\" are not an object").arg(name.left(80));
            return false;
        }
        counts->notesSeen = counts->notesSeen || notes.isObject();
        for (const QJsonValue &n : notes.toObject().value(QStringLiteral("fail")).toArray())
            fail << n.toString();
        for (const QJsonValue &n : notes.toObject().value(QStringLiteral("warn")).toArray())
            warn << n.toString();
    } else {
        *error = CaptureParser::tr("an ssh-audit \"%1\" entry is neither a name nor an object with \"algorithm\"").arg(section);
        return false;
    }
    ++counts->algorithms;
    const QString key = section + QLatin1Char(':') + name;
    if (!counts->notesSeen && sshAuditFailList().contains(key))
        fail << QStringLiteral("rated fail by ssh-audit");
    if (fail.isEmpty() && warn.isEmpty())
        return true;
    CaptureFinding f;
    f.key = key;
    f.severity = fail.isEmpty() ? QStringLiteral("medium") : QStringLiteral("high");
    f.contradictsConformity = !fail.isEmpty();
    const QString why = (fail + warn).join(QStringLiteral("; "));
    f.text = QStringLiteral("%1 algorithm %2 (%3): %4").arg(section, name, fail.isEmpty() ? QStringLiteral("warn") : QStringLiteral("fail"), why);
    f.textJa = QStringLiteral("%1アルゴリズム %2（%3）：%4").arg(sectionJa(section), name,
                                                           fail.isEmpty() ? QStringLiteral("警告") : QStringLiteral("不可"), why);
    out->findings << f;
    return true;
}

bool readCves(const QJsonValue &cves, CaptureResult *out, QString *error)
{
    if (cves.isUndefined())
        return true;
    if (!cves.isArray()) {
        *error = CaptureParser::tr("\"cves\" of the ssh-audit file is not an array");
        return false;
    }
    for (const QJsonValue &v : cves.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("name")).isString()) {
            *error = CaptureParser::tr("an ssh-audit CVE entry has no text \"name\"");
            return false;
        }
        const double score = o.value(QStringLiteral("cvssv2")).toDouble(o.value(QStringLiteral("cvss")).toDouble());
        CaptureFinding f;
        f.key = o.value(QStringLiteral("name")).toString();
        f.severity = score >= 9 ? QStringLiteral("critical") : score >= 7 ? QStringLiteral("high") : score >= 4 ? QStringLiteral("medium") : QStringLiteral("low");
        f.contradictsConformity = score >= 7;
        f.text = QStringLiteral("%1 (CVSS %2): %3").arg(f.key).arg(score).arg(o.value(QStringLiteral("description")).toString());
        f.textJa = QStringLiteral("%1（CVSS %2）：%3").arg(f.key).arg(score).arg(o.value(QStringLiteral("description")).toString());
        out->findings << f;
    }
    return true;
}

} // namespace

bool parseTestssl(const QJsonValue &root, CaptureResult *out, QString *error)
{
    TestsslScan scan;
    if (root.isObject()) {
        if (!readTestsslPretty(root.toObject(), &scan, out, error))
            return false;
    } else {
        const QJsonArray entries = root.toArray();
        if (entries.isEmpty()) {
            *error = CaptureParser::tr("the testssl.sh file holds no results");
            return false;
        }
        if (!readTestsslEntries(entries, &scan, out, error))
            return false;
        out->target = flatTarget(entries);
    }
    out->arguments = recipeArguments(out->commandLine,
                                     {QStringLiteral("--jsonfile"), QStringLiteral("--jsonfile-pretty"), QStringLiteral("--logfile"),
                                      QStringLiteral("--csvfile"), QStringLiteral("--htmlfile"), QStringLiteral("--outfile")},
                                     out->target.split(QStringLiteral(", ")));
    out->arguments.removeAll(QStringLiteral("--json"));
    out->arguments.removeAll(QStringLiteral("--json-pretty"));
    QString countsEn;
    QString countsJa;
    countFindings(out->findings, &countsEn, &countsJa);
    const QString version = out->toolVersion.isEmpty() ? QString() : QLatin1Char(' ') + out->toolVersion;
    const QString when = out->scannedAt.isValid() ? QStringLiteral(" (%1)").arg(utcText(out->scannedAt)) : QString();
    out->summaryEn = QStringLiteral("testssl.sh%1 on %2%3: protocols offered: %4; %5.")
                         .arg(version, out->target, when, scan.offered.isEmpty() ? QStringLiteral("none") : scan.offered.join(QStringLiteral(", ")), countsEn);
    out->summaryJa = QStringLiteral("testssl.sh%1 による %2 の検査%3：有効なプロトコル %4。%5。")
                         .arg(version, out->target, when.isEmpty() ? QString() : QStringLiteral("（%1）").arg(utcText(out->scannedAt)),
                              scan.offered.isEmpty() ? QStringLiteral("なし") : scan.offered.join(QStringLiteral("、")), countsJa);
    out->suggestedItems = {QStringLiteral("S1.1-12")};
    return true;
}

bool parseSshAudit(const QJsonValue &root, CaptureResult *out, QString *error)
{
    const QJsonObject o = root.toObject();
    if (!root.isObject() || !o.value(QStringLiteral("banner")).isObject()) {
        *error = CaptureParser::tr("the file is not ssh-audit output (no \"banner\" object)");
        return false;
    }
    const QJsonValue target = o.value(QStringLiteral("target"));
    if (!target.isUndefined() && !target.isString()) {
        *error = CaptureParser::tr("\"target\" of the ssh-audit file is not text");
        return false;
    }
    out->target = target.toString();
    const QString software = o.value(QStringLiteral("banner")).toObject().value(QStringLiteral("software")).toString();
    SshCounts counts;
    for (const QString &section : {QStringLiteral("kex"), QStringLiteral("key"), QStringLiteral("enc"), QStringLiteral("mac")}) {
        const QJsonValue list = o.value(section);
        if (list.isUndefined())
            continue;
        if (!list.isArray()) {
            *error = CaptureParser::tr("\"%1\" of the ssh-audit file is not an array").arg(section);
            return false;
        }
        for (const QJsonValue &v : list.toArray()) {
            if (!readAlgorithm(section, v, &counts, out, error))
                return false;
        }
    }
    if (counts.algorithms == 0) {
        *error = CaptureParser::tr("the ssh-audit file lists no algorithms");
        return false;
    }
    if (!readCves(o.value(QStringLiteral("cves")), out, error))
        return false;
    QString countsEn;
    QString countsJa;
    countFindings(out->findings, &countsEn, &countsJa);
    out->summaryEn = QStringLiteral("ssh-audit of %1 (%2): %3 algorithm(s) offered; %4.")
                         .arg(out->target, software.isEmpty() ? QStringLiteral("unknown server") : software)
                         .arg(counts.algorithms)
                         .arg(countsEn);
    out->summaryJa = QStringLiteral("ssh-audit による %1 の検査（%2）：提示されたアルゴリズム %3件。%4。")
                         .arg(out->target, software.isEmpty() ? QStringLiteral("サーバ不明") : software)
                         .arg(counts.algorithms)
                         .arg(countsJa);
    out->suggestedItems = {QStringLiteral("S1.1-12"), QStringLiteral("S1.1-01")};
    return true;
}

} // namespace hoshi::captureparse
