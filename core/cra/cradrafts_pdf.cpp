// SPDX-License-Identifier: Apache-2.0
// The CRA drafts as HTML for ExportPdf, drawn from their JSON, and written to a folder.
#include "cradrafts.h"

#include "export/exportpdf.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace hoshi {

namespace {

const char gridTable[] = "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">";

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString valueHtml(const QJsonObject &o)
{
    const QString value = o.value(QLatin1String("value")).toString();
    if (!o.value(QLatin1String("toComplete")).toBool())
        return esc(value);
    const QString mark = QStringLiteral("<i>[to be completed by the manufacturer]</i>");
    return value.isEmpty() ? mark : esc(value) + QStringLiteral(" ") + mark;
}

QString banner(const QString &title, const QJsonObject &doc)
{
    return QStringLiteral("<h1>DRAFT — %1</h1><p><b>%2</b></p><p class=\"small\">%3. Generated %4.</p>")
        .arg(esc(title), esc(doc.value(QLatin1String("notice")).toString()),
             esc(doc.value(QLatin1String("regulation")).toString()), esc(doc.value(QLatin1String("generatedAt")).toString()));
}

QString footer()
{
    return QStringLiteral("<p><b>DRAFT</b> — not signed; the manufacturer completes, checks and signs it before use.</p>");
}

QString annexHtml(const CraReadiness &r)
{
    QString html = QStringLiteral("<h2>Annex I requirements and the ★1 evidence supporting them</h2>") + QLatin1String(gridTable)
                   + QStringLiteral("<thead><tr><th>Annex I</th><th>Coverage</th><th>★1 items</th>"
                                    "<th>Evidence in the archive (path, SHA-256)</th></tr></thead>");
    for (const CraRequirement &req : r.requirements) {
        QStringList items;
        QStringList files;
        for (const CraSupport &s : req.supports) {
            items << QStringLiteral("%1 (%2, %3)").arg(s.itemId, markets::relationshipKey(s.relationship), verdictKey(s.verdict));
            for (const CraEvidenceRef &e : s.evidence) {
                for (const CraFileRef &f : e.files) {
                    files << (f.archivePath.isEmpty() ? QStringLiteral("%1 (not in the archive)").arg(esc(f.originalName))
                                                      : QStringLiteral("%1<br/><span class=\"small\">%2</span>")
                                                            .arg(esc(f.archivePath), f.sha256));
                }
                if (e.files.isEmpty())
                    files << esc(QStringLiteral("%1 (no file: %2)").arg(e.title, e.reference));
            }
        }
        QStringList gaps;
        if (!req.note.isEmpty())
            gaps << esc(req.note);
        for (const CraGap &g : req.gaps)
            gaps << esc(g.englishTitle);
        html += QStringLiteral("<tr><td>%1<br/>%2</td><td>%3%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(req.point.label), esc(CraAnnex::englishTitle(req.point)),
                         esc(CraReadiness::englishCoverageName(req.coverage)),
                         gaps.isEmpty() ? QString() : QStringLiteral("<br/>Not covered by ★1: ") + gaps.join(QLatin1String("; ")),
                         items.isEmpty() ? QStringLiteral("—") : esc(items.join(QLatin1Char('\n'))),
                         files.isEmpty() ? QStringLiteral("—") : files.join(QLatin1String("<br/>")));
    }
    return html + QStringLiteral("</table>");
}

QString sectionsHtml(const QJsonArray &sections)
{
    QString html;
    for (const QJsonValue &v : sections) {
        const QJsonObject s = v.toObject();
        html += QStringLiteral("<h2>%1. %2</h2>").arg(esc(s.value(QLatin1String("number")).toString()),
                                                      esc(s.value(QLatin1String("heading")).toString()));
        html += QLatin1String(gridTable);
        for (const QJsonValue &e : s.value(QLatin1String("entries")).toArray()) {
            const QJsonObject o = e.toObject();
            html += QStringLiteral("<tr><td class=\"label\" width=\"35%\">%1</td><td>%2</td></tr>")
                        .arg(esc(o.value(QLatin1String("label")).toString()), valueHtml(o));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

QString CraDrafts::technicalDocumentationHtml(const CraReadiness &r, const QDateTime &now)
{
    const QJsonObject doc = technicalDocumentationJson(r, now);
    QString html = banner(QStringLiteral("EU technical documentation"), doc);
    const QJsonObject manufacturer = doc.value(QLatin1String("manufacturer")).toObject();
    const QJsonObject jcstar = doc.value(QLatin1String("jcstar")).toObject();
    html += QLatin1String(gridTable);
    for (const auto &[label, value] :
         {std::pair{QStringLiteral("Manufacturer"), manufacturer.value(QLatin1String("name")).toString()},
          std::pair{QStringLiteral("Address"), manufacturer.value(QLatin1String("address")).toString()},
          std::pair{QStringLiteral("Product"), doc.value(QLatin1String("product")).toString()},
          std::pair{QStringLiteral("JC-STAR criteria"), jcstar.value(QLatin1String("criteria")).toString()},
          std::pair{QStringLiteral("JC-STAR registration number"), jcstar.value(QLatin1String("registrationNumber")).toString()},
          std::pair{QStringLiteral("Label valid until"), jcstar.value(QLatin1String("labelValidUntil")).toString()}})
        html += QStringLiteral("<tr><td class=\"label\" width=\"35%\">%1</td><td>%2</td></tr>").arg(esc(label),
                                                                                                     value.isEmpty() ? QStringLiteral("—") : esc(value));
    html += QStringLiteral("</table><p>%1</p>").arg(esc(doc.value(QLatin1String("evidenceArchive")).toString()));
    html += sectionsHtml(doc.value(QLatin1String("sections")).toArray());
    html += annexHtml(r);
    html += QStringLiteral("<h2>What ★1 does not cover</h2><ul>");
    for (const QJsonValue &g : doc.value(QLatin1String("notCoveredByStar1")).toArray())
        html += QStringLiteral("<li>%1</li>").arg(esc(g.toString()));
    return html + QStringLiteral("</ul>") + footer();
}

QString CraDrafts::declarationHtml(const CraReadiness &r, const QDateTime &now)
{
    const QJsonObject doc = declarationJson(r, now);
    QString html = banner(QStringLiteral("EU declaration of conformity"), doc) + QLatin1String(gridTable);
    for (const QJsonValue &v : doc.value(QLatin1String("fields")).toArray()) {
        const QJsonObject o = v.toObject();
        html += QStringLiteral("<tr><td class=\"label\" width=\"40%\">%1. %2</td><td>%3</td></tr>")
                    .arg(o.value(QLatin1String("number")).toInt())
                    .arg(esc(o.value(QLatin1String("heading")).toString()), valueHtml(o));
    }
    html += QStringLiteral("</table><p>Signed for and on behalf of: ______________________ &nbsp; Place and date: "
                           "______________ &nbsp; Name, function: ______________ &nbsp; Signature: ______________</p>");
    return html + footer();
}

bool CraDrafts::write(const CraReadiness &r, const QDateTime &now, const QString &outDir, QStringList *written,
                      QString *error)
{
    const QDir dir(outDir);
    const QString product = r.product.name;
    QByteArray techPdf;
    QByteArray docPdf;
    ExportPdf::Options options;
    options.language = QStringLiteral("en");
    if (!ExportPdf::document(technicalDocumentationHtml(r, now), QStringLiteral("DRAFT EU technical documentation %1").arg(product),
                             {}, options, &techPdf, error)
        || !ExportPdf::document(declarationHtml(r, now), QStringLiteral("DRAFT EU declaration of conformity %1").arg(product),
                                {}, options, &docPdf, error))
        return false;
    const QList<std::pair<QString, QByteArray>> files = {
        {QLatin1String(TechnicalDocumentationPdf), techPdf},
        {QLatin1String(TechnicalDocumentationJson), QJsonDocument(technicalDocumentationJson(r, now)).toJson()},
        {QLatin1String(DeclarationPdf), docPdf},
        {QLatin1String(DeclarationJson), QJsonDocument(declarationJson(r, now)).toJson()},
    };
    for (const auto &[name, bytes] : files) {
        if (QFileInfo::exists(dir.filePath(name))) {
            if (error)
                *error = tr("%1 already exists; it is not replaced.").arg(dir.filePath(name));
            return false;
        }
    }
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        if (error)
            *error = tr("The folder %1 does not exist and can not be created.").arg(outDir);
        return false;
    }
    QStringList done;
    for (const auto &[name, bytes] : files) {
        if (!AtomicFile::write(dir.filePath(name), bytes, error)) {
            for (const QString &path : std::as_const(done))
                QFile::remove(path);
            return false;
        }
        done << dir.filePath(name);
    }
    if (written)
        *written = done;
    return true;
}

} // namespace hoshi
