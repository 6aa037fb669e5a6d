// SPDX-License-Identifier: Apache-2.0
#include "applicationpackageexporter.h"
#include "stalepartials.h"

#include "archive/zipwriter.h"
#include "checklisttable.h"
#include "checklistxlsx.h"
#include "declarationjson.h"
#include "evidencearchiveexporter.h"
#include "exportpdf.h"
#include "exporttext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace hoshi {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(data) != data.size() || !file.flush()) {
        if (error)
            *error = ApplicationPackageExporter::tr("Can not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ApplicationPackageExporter::tr("Can not read %1: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

namespace {

// The README's lines about the filled official form (bilingual like the rest of the README).
QString formSection(const ApplicationPackageExtras &extras)
{
    if (extras.filledForm.isEmpty())
        return {};
    QString text = QStringLiteral(
                       "IPA のチェックリスト（記入済み）/ IPA's checklist workbook, filled in\n"
                       "  %1   元のファイル / template: %2 (SHA-256 %3)\n"
                       "  回答欄のみを記入しました。それ以外の内容は元のファイルのままです。\n"
                       "  Only its answer cells were filled; everything else is as in the template.\n")
                       .arg(extras.filledFormName, extras.formTemplateName, extras.formTemplateSha256);
    if (!extras.filledFormPdf.isEmpty())
        text += QStringLiteral("  %1   その PDF（LibreOffice で変換）/ its PDF (converted with LibreOffice)\n")
                    .arg(extras.filledFormPdfName);
    else if (!extras.formNote.isEmpty())
        text += QStringLiteral("  PDF なし / no PDF: %1\n").arg(extras.formNote);
    return text + QLatin1Char('\n');
}

} // namespace

QByteArray ApplicationPackageExporter::readme(const DeclarationSnapshot &s, const QDateTime &now, const Extras &extras)
{
    const bool psti = s.declaration.route == Route::Psti;
    const bool noCorporateNumber = s.organisation.corporateNumber.trimmed().isEmpty();
    QString text = QStringLiteral(
                       "JC-STAR 申請パッケージ / Application package\n"
                       "==========================================\n"
                       "製品 / Product: %1\n"
                       "評価基準 / Criteria: %2\n"
                       "作成 / Created: %3 (Hoshi %4)\n\n")
                       .arg(s.product.name, s.criteria.id, now.toString(Qt::ISODate), QStringLiteral(HOSHI_VERSION));
    text += QStringLiteral(
        "このフォルダの内容 / What this folder holds\n"
        "  checklist.pdf / checklist.xlsx / checklist.csv   適合性チェックリスト / conformance checklist\n"
        "  application-data.pdf / application-data.json     申請情報（製品・ラベル公開ページの項目）/ application data\n"
        "  README.txt                                       このファイル / this file\n\n");
    text += formSection(extras);
    text += QStringLiteral(
        "提出前に製造者が追加するもの（Hoshi では作成しません）\n"
        "  [ ] 申請確認書（記入・押印または署名したもの）\n"
        "  [ ] ラベル申請書（記入・押印または署名したもの）\n"
        "  [ ] 委任状（代理人が申請する場合）\n");
    text += noCorporateNumber ? QStringLiteral("  [ ] 法人であることの証明書類（登記事項証明書など）: 法人番号が登録されていないため必要です\n")
                              : QStringLiteral("  [ ] 法人であることの証明書類（法人番号を記載しない場合のみ）\n");
    if (psti)
        text += QStringLiteral("  [ ] 英国PSTIの適合宣言書（または公開URL）: PSTI相互承認ルートのため必要です\n");
    text += QStringLiteral(
        "提出方法: IPA の JC-STAR 窓口から申請番号を取得し、上記とチェックリストを電子メールで提出します。\n"
        "手数料は受理後に支払います（★1: 198,000円、PSTIルート: 140,000円。最新の金額は IPA の案内で確認してください）。\n"
        "証跡（根拠資料）は提出しませんが、製造者に保管義務があります。IPA から求められたときに提出できるよう、\n"
        "Hoshi の証跡アーカイブ（*-evidence.zip）を保管してください。\n\n");
    text += QStringLiteral(
        "What the manufacturer must still add before sending (Hoshi does not produce these)\n"
        "  [ ] the application confirmation form, filled in and signed or sealed\n"
        "  [ ] the label application form, filled in and signed or sealed\n"
        "  [ ] an authorization letter, if a proxy applies on the manufacturer's behalf\n");
    text += noCorporateNumber
                ? QStringLiteral("  [ ] proof of corporate status (e.g. a certificate of registered matters): needed, no corporate number is recorded\n")
                : QStringLiteral("  [ ] proof of corporate status, only if the corporate number is not given\n");
    if (psti)
        text += QStringLiteral("  [ ] the UK PSTI statement of compliance (or its URL): needed on the PSTI mutual-recognition route\n");
    text += QStringLiteral(
        "How to apply: get an application number from IPA's JC-STAR desk, then send the above with the checklist by\n"
        "e-mail (in Japanese; English is accepted on the PSTI route). The fee is paid after acceptance (star 1: JPY 198,000;\n"
        "PSTI route: JPY 140,000; check IPA's current figures). The evidence is not sent, but the manufacturer must keep it\n"
        "and hand it over when IPA asks: keep Hoshi's evidence archive (*-evidence.zip).\n");
    QByteArray out = text.toUtf8();
    out.replace("\n", "\r\n"); // read on Windows as often as anywhere
    return out;
}

bool ApplicationPackageExporter::write(const DeclarationSnapshot &s, const QString &outputDir, const QString &baseName,
                                       const QDateTime &now, Result *result, QString *error, const Extras &extras)
{
    const QDir out(outputDir);
    const QString folder = out.filePath(baseName);
    const QString zipPath = folder + QStringLiteral(".zip");
    const QString partialFolder = folder + QLatin1String(EvidenceArchiveExporter::PartialSuffix);
    const QString partialZip = zipPath + QLatin1String(EvidenceArchiveExporter::PartialSuffix);
    if (QFileInfo::exists(folder) || QFileInfo::exists(zipPath)) {
        if (error)
            *error = ApplicationPackageExporter::tr("%1 already exists; it is not replaced.").arg(QFileInfo::exists(folder) ? folder : zipPath);
        return false;
    }
    QDir(partialFolder).removeRecursively(); // left over from a crash: ours by name
    QFile::remove(partialZip);
    if (!QDir().mkpath(partialFolder)) {
        if (error)
            *error = ApplicationPackageExporter::tr("Can not create the folder %1.").arg(partialFolder);
        return false;
    }
    const StalePartials::Hold holdFolder(partialFolder); // no other export takes it for a stale one
    struct Cleanup {
        QString folder, zip;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep) {
                QDir(folder).removeRecursively();
                QFile::remove(zip);
            }
        }
    } cleanup{partialFolder, partialZip};

    ExportPdf::Options pdfOptions;
    pdfOptions.printedOn = now.toLocalTime().date();
    pdfOptions.language = extras.language;
    QByteArray checklistPdf;
    QByteArray applicationPdf;
    if (!ExportPdf::checklist(s, pdfOptions, &checklistPdf, error)
        || !ExportPdf::applicationData(s, pdfOptions, &applicationPdf, error))
        return false;
    const QDir dir(partialFolder);
    QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("checklist.pdf"), checklistPdf},
        {QStringLiteral("checklist.csv"), ChecklistTable::csv(s, extras.language)},
        {QStringLiteral("application-data.pdf"), applicationPdf},
        {QStringLiteral("application-data.json"),
         QJsonDocument(DeclarationJson::applicationData(s)).toJson(QJsonDocument::Indented)},
        {QStringLiteral("README.txt"), readme(s, now, extras)},
    };
    if (!extras.filledForm.isEmpty())
        files.append({extras.filledFormName, extras.filledForm});
    if (!extras.filledFormPdf.isEmpty())
        files.append({extras.filledFormPdfName, extras.filledFormPdf});
    if (s.declaration.route == Route::Psti) {
        if (!extras.pstiStatementData.isNull()) {
            const QString suffix = QFileInfo(extras.pstiStatementName).suffix();
            files.append({QStringLiteral("psti-statement-of-compliance") + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix),
                          extras.pstiStatementData});
        }
        if (!s.declaration.pstiStatement.trimmed().isEmpty())
            files.append({QStringLiteral("psti-statement-of-compliance.txt"),
                          (s.declaration.pstiStatement.trimmed() + QLatin1Char('\n')).toUtf8()});
    }
    for (const auto &[name, data] : files) {
        if (!writeFile(dir.filePath(name), data, error))
            return false;
    }
    if (!ChecklistXlsx::write(s, dir.filePath(QStringLiteral("checklist.xlsx")), error, extras.language))
        return false;

    // The ZIP of the folder (small files: read back from the folder, so both hold the same bytes).
    QStringList names;
    for (const auto &f : files)
        names << f.first;
    names.insert(2, QStringLiteral("checklist.xlsx"));
    {
        QFile zipFile(partialZip);
        if (!zipFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = ApplicationPackageExporter::tr("Can not create %1: %2").arg(partialZip, zipFile.errorString());
            return false;
        }
        const StalePartials::Hold holdZip(partialZip);
        ZipWriter zip(&zipFile);
        if (!zip.open(error))
            return false;
        for (const QString &name : std::as_const(names)) {
            QByteArray data;
            if (!readFile(dir.filePath(name), &data, error))
                return false;
            const bool packed = name.endsWith(QLatin1String(".pdf")) || name.endsWith(QLatin1String(".xlsx"))
                                || name.endsWith(QLatin1String(".xlsm"));
            if (!zip.addFile(baseName + QLatin1Char('/') + name, data, now,
                             packed ? ZipWriter::Compression::Store : ZipWriter::Compression::Deflate, error))
                return false;
        }
        if (!zip.close(error))
            return false;
        if (!zipFile.flush()) {
            if (error)
                *error = ApplicationPackageExporter::tr("Can not write %1: %2").arg(partialZip, zipFile.errorString());
            return false;
        }
    }
    if (!QDir().rename(partialFolder, folder)) {
        if (error)
            *error = ApplicationPackageExporter::tr("Can not rename %1 to %2.").arg(partialFolder, folder);
        return false;
    }
    if (!QFile::rename(partialZip, zipPath)) {
        QDir().rename(folder, partialFolder); // so that the cleanup removes it
        if (error)
            *error = ApplicationPackageExporter::tr("Can not rename %1 to %2.").arg(partialZip, zipPath);
        return false;
    }
    cleanup.keep = true;
    if (result) {
        result->folder = folder;
        result->zip = zipPath;
        result->files = names;
    }
    return true;
}

} // namespace hoshi
