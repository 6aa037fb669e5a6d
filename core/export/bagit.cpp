// SPDX-License-Identifier: Apache-2.0
#include "bagit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hoshi {

QByteArray BagIt::bagitTxt()
{
    return QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
}

QString BagIt::encodePath(const QString &path)
{
    QString encoded = path;
    encoded.replace(QLatin1Char('%'), QLatin1String("%25"));
    encoded.replace(QLatin1Char('\n'), QLatin1String("%0A"));
    encoded.replace(QLatin1Char('\r'), QLatin1String("%0D"));
    return encoded;
}

QString BagIt::decodePath(const QString &path)
{
    QString decoded;
    decoded.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path.at(i) == QLatin1Char('%') && i + 2 < path.size()) {
            const QStringView code = QStringView(path).mid(i + 1, 2);
            if (code.compare(QLatin1String("25"), Qt::CaseInsensitive) == 0) {
                decoded += QLatin1Char('%');
                i += 2;
                continue;
            }
            if (code.compare(QLatin1String("0A"), Qt::CaseInsensitive) == 0) {
                decoded += QLatin1Char('\n');
                i += 2;
                continue;
            }
            if (code.compare(QLatin1String("0D"), Qt::CaseInsensitive) == 0) {
                decoded += QLatin1Char('\r');
                i += 2;
                continue;
            }
        }
        decoded += path.at(i);
    }
    return decoded;
}

QByteArray BagIt::manifestLine(const QString &hash, const QString &path)
{
    return hash.toLatin1() + "  " + encodePath(path).toUtf8() + '\n';
}

bool BagIt::parseManifest(const QByteArray &text, int hashLength, QList<ManifestEntry> *entries, QString *error)
{
    static const QRegularExpression line(QStringLiteral("^([0-9A-Fa-f]+)[ \\t]+\\*?(.+)$"));
    entries->clear();
    const QList<QByteArray> lines = text.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        QByteArray raw = lines.at(n);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch() || m.captured(1).size() != hashLength) {
            if (error)
                *error = BagIt::tr("line %1 is not \"<hash>  <path>\"").arg(n + 1);
            return false;
        }
        entries->append({m.captured(1).toLower(), decodePath(m.captured(2)), n + 1});
    }
    return true;
}

QByteArray BagIt::bagInfo(const Fields &fields)
{
    QByteArray out;
    for (const auto &[label, value] : fields) {
        // Values are single lines here; line breaks in user data become spaces.
        QString v = value;
        v.replace(QLatin1String("\r\n"), QLatin1String(" "));
        v.replace(QLatin1Char('\n'), QLatin1Char(' '));
        v.replace(QLatin1Char('\r'), QLatin1Char(' '));
        out += label.toUtf8() + ": " + v.trimmed().toUtf8() + '\n';
    }
    return out;
}

BagIt::Fields BagIt::parseBagInfo(const QByteArray &text)
{
    Fields fields;
    for (QByteArray raw : text.split('\n')) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.isEmpty())
            continue;
        // A line starting with whitespace continues the previous value (RFC 8493 2.2.2).
        if ((raw.startsWith(' ') || raw.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().second += QLatin1Char(' ') + QString::fromUtf8(raw).trimmed();
            continue;
        }
        const qsizetype colon = raw.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({QString::fromUtf8(raw.left(colon)).trimmed(), QString::fromUtf8(raw.mid(colon + 1)).trimmed()});
    }
    return fields;
}

QByteArray BagIt::readmeVerify(const ReadmeFacts &f)
{
    const QString signatureCommands = QStringLiteral(
        "    openssl cms -verify -binary -inform DER -in signatures/tagmanifest-sha256.txt.p7s "
        "-content tagmanifest-sha256.txt -CAfile signatures/signer-cert.pem -out %1\n"
        "    openssl x509 -in signatures/signer-cert.pem -noout -subject -fingerprint -sha256\n");
    QString ja = QStringLiteral(
        "証跡アーカイブの検証手順（日本語）  ―  English follows\n"
        "==========================================================\n"
        "\n"
        "このZIPファイルは、JC-STAR 適合性自己評価の根拠（証跡）を保存する BagIt 1.0 形式のバッグです。\n"
        "製品: %1 / 評価基準: %2 / 作成: %3 (Hoshi)\n"
        "\n"
        "構成\n"
        "  bagit.txt                 BagIt の版と文字コード\n"
        "  bag-info.txt              製造者、製品、評価基準、エクスポートID、作成日、Payload-Oxum（データ量.ファイル数）\n"
        "  manifest-sha256.txt       data/ 以下の全ファイルの SHA-256（manifest-sha512.txt は SHA-512）\n"
        "  tagmanifest-sha256.txt    上記タグファイルの SHA-256（tagmanifest-sha512.txt は SHA-512）\n"
        "  data/declaration.json     宣言の全内容（評価基準、各項目の判定、証跡の記録）\n"
        "  data/checklist.pdf, .csv  適合性チェックリスト\n"
        "  data/evidence-index.csv   証跡ファイルの一覧（項目、元のファイル名、ハッシュ、メタデータ）\n"
        "  data/evidence/<項目ID>/   証跡ファイル（名前は ASCII に変換済み。元の名前は evidence-index.csv）\n"
        "  signatures/               署名付きの場合: tagmanifest-sha256.txt の分離署名 (CMS, DER) と署名者の証明書\n"
        "\n"
        "1. Hoshi がある場合（推奨。展開せずに全ファイルを確認します）\n"
        "    hoshi-cli verify %4\n"
        "   終了コード 0 = 完全、1 = 改変・欠落・追加あり（ファイル名を表示）、2 = 読めない、または危険なアーカイブ\n"
        "\n"
        "2. Linux\n"
        "    unzip %4\n"
        "    cd %5\n"
        "    sha256sum -c tagmanifest-sha256.txt\n"
        "    sha256sum -c manifest-sha256.txt\n"
        "    sha512sum -c manifest-sha512.txt\n"
        "   マニフェストにないファイルが追加されていないことの確認（OK と表示されれば追加なし）:\n"
        "    find data -type f | sort > ../files.txt && cut -c 67- manifest-sha256.txt | sort | diff - ../files.txt && echo OK\n"
        "\n"
        "3. macOS（ターミナル）\n"
        "    unzip %4\n"
        "    cd %5\n"
        "    shasum -a 256 -c tagmanifest-sha256.txt\n"
        "    shasum -a 256 -c manifest-sha256.txt\n"
        "    shasum -a 512 -c manifest-sha512.txt\n"
        "   追加ファイルの確認は Linux と同じ find / cut / diff の行で行えます。\n"
        "\n"
        "4. Windows（PowerShell）\n"
        "    Expand-Archive %4 -DestinationPath .\n"
        "    cd %5\n"
        "    foreach ($m in 'tagmanifest-sha256.txt','manifest-sha256.txt') { Get-Content -Encoding UTF8 $m | ForEach-Object {\n"
        "      $h, $p = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -eq $h) { \"OK $p\" } else { \"NG $p\" } } }\n"
        "   すべての行が OK であれば一致しています（certutil -hashfile <ファイル> SHA256 でも個別に確認できます）。\n"
        "\n")
                     .arg(f.product, f.criteriaId, f.exportDate, f.zipName, f.bagName);
    if (f.isSigned) {
        ja += QStringLiteral(
                  "5. 署名の確認（OpenSSL 3: Linux は標準、macOS は Homebrew の openssl@3、Windows は Git for Windows "
                  "付属の openssl.exe。Windows では -out NUL）\n%1"
                  "   「Verification successful」と表示され、証明書のフィンガープリントが製造者から別途入手したものと一致すれば、\n"
                  "   tagmanifest-sha256.txt（したがって全マニフェストと全ファイル）は署名者が作成したものです。\n"
                  "   同梱の証明書そのものは信頼の根拠になりません（特に自己署名の場合）。必ずフィンガープリントを照合してください。\n"
                  "   署名者の証明書のフィンガープリント (SHA-256): %2\n"
                  "   注: signatures/tagmanifest-sha256.txt.p7s は自分自身を署名できないため、タグマニフェストには含まれません。\n\n")
                  .arg(signatureCommands.arg(QStringLiteral("/dev/null")), f.signerFingerprint);
    }

    QString en = QStringLiteral(
        "How to verify this evidence archive (English)\n"
        "==========================================================\n"
        "\n"
        "This ZIP file holds one BagIt 1.0 bag with the evidence behind a JC-STAR conformity self-assessment.\n"
        "Product: %1 / Criteria: %2 / Created: %3 (Hoshi)\n"
        "\n"
        "Contents\n"
        "  bagit.txt                 BagIt version and encoding\n"
        "  bag-info.txt              manufacturer, product, criteria, export id, date, Payload-Oxum (bytes.files)\n"
        "  manifest-sha256.txt       SHA-256 of every file under data/ (manifest-sha512.txt: SHA-512)\n"
        "  tagmanifest-sha256.txt    SHA-256 of the tag files above (tagmanifest-sha512.txt: SHA-512)\n"
        "  data/declaration.json     the whole declaration (criteria, verdicts, evidence records)\n"
        "  data/checklist.pdf, .csv  the conformance checklist\n"
        "  data/evidence-index.csv   every evidence file: item, original name, hashes, metadata\n"
        "  data/evidence/<item>/     the evidence files (ASCII names; original names are in evidence-index.csv)\n"
        "  signatures/               when signed: detached CMS signature (DER) of tagmanifest-sha256.txt and the signer's certificate\n"
        "\n"
        "1. With Hoshi (recommended; checks every file without unpacking)\n"
        "    hoshi-cli verify %4\n"
        "   Exit code 0 = intact, 1 = not intact (changed, missing or added files are named), 2 = unreadable or hostile archive\n"
        "\n"
        "2. Linux\n"
        "    unzip %4\n"
        "    cd %5\n"
        "    sha256sum -c tagmanifest-sha256.txt\n"
        "    sha256sum -c manifest-sha256.txt\n"
        "    sha512sum -c manifest-sha512.txt\n"
        "   To check that no file was added that the manifest does not list (prints OK when none was):\n"
        "    find data -type f | sort > ../files.txt && cut -c 67- manifest-sha256.txt | sort | diff - ../files.txt && echo OK\n"
        "\n"
        "3. macOS (Terminal)\n"
        "    unzip %4\n"
        "    cd %5\n"
        "    shasum -a 256 -c tagmanifest-sha256.txt\n"
        "    shasum -a 256 -c manifest-sha256.txt\n"
        "    shasum -a 512 -c manifest-sha512.txt\n"
        "   The find / cut / diff line from Linux works on macOS too.\n"
        "\n"
        "4. Windows (PowerShell)\n"
        "    Expand-Archive %4 -DestinationPath .\n"
        "    cd %5\n"
        "    foreach ($m in 'tagmanifest-sha256.txt','manifest-sha256.txt') { Get-Content -Encoding UTF8 $m | ForEach-Object {\n"
        "      $h, $p = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -eq $h) { \"OK $p\" } else { \"NG $p\" } } }\n"
        "   Every line must say OK (certutil -hashfile <file> SHA256 checks a single file).\n"
        "\n")
                     .arg(f.product, f.criteriaId, f.exportDate, f.zipName, f.bagName);
    if (f.isSigned) {
        en += QStringLiteral(
                  "5. The signature (OpenSSL 3: standard on Linux; on macOS Homebrew's openssl@3; on Windows the openssl.exe "
                  "of Git for Windows, with -out NUL)\n%1"
                  "   \"Verification successful\" plus a certificate fingerprint equal to the one the manufacturer gave you\n"
                  "   means tagmanifest-sha256.txt (and through it every manifest and file) comes from the signer.\n"
                  "   The certificate shipped in the archive proves nothing by itself (least of all a self-signed one):\n"
                  "   always compare its fingerprint.\n"
                  "   Signer certificate fingerprint (SHA-256): %2\n"
                  "   Note: signatures/tagmanifest-sha256.txt.p7s is not listed in the tag manifests: it can not sign itself.\n\n")
                  .arg(signatureCommands.arg(QStringLiteral("/dev/null")), f.signerFingerprint);
    }
    return (ja + en).toUtf8();
}

} // namespace hoshi
