// SPDX-License-Identifier: Apache-2.0
#include "workbookreader.h"

#include "archive/safezipreader.h"
#include "util/hashstream.h"
#include "workbookparse.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

namespace hoshi::officialform {

namespace {

const QString RelBase = QStringLiteral("/relationships/");

bool typeIs(const parse::Relationship &r, const char *suffix)
{
    return r.type.endsWith(RelBase + QLatin1String(suffix));
}

// Every entry of the archive in order, read once through SafeZipReader.
bool readParts(const QString &path, const QString &name, const WorkbookLimits &limits, QList<WorkbookPart> *parts,
               QString *error)
{
    ZipLimits zipLimits;
    zipLimits.maxEntries = limits.maxEntries;
    zipLimits.maxEntryBytes = limits.maxPartBytes;
    zipLimits.maxTotalBytes = limits.maxTotalBytes;
    zipLimits.maxRatio = limits.maxRatio;
    zipLimits.ratioCheckAbove = qint64(1) << 20;
    zipLimits.maxCentralDirectoryBytes = qint64(4) << 20;
    SafeZipReader zip(path, zipLimits);
    QString zipError;
    if (!zip.open(&zipError)) {
        if (error)
            *error = WorkbookReader::tr("%1 can not be read as a workbook: %2").arg(name, zipError.replace(path, name));
        return false;
    }
    ZipEntryInfo info;
    for (;;) {
        const SafeZipReader::Next n = zip.next(&info, &zipError);
        if (n == SafeZipReader::Next::End)
            return true;
        if (n == SafeZipReader::Next::Failed) {
            if (error)
                *error = WorkbookReader::tr("%1 can not be read as a workbook: %2").arg(name, zipError.replace(path, name));
            return false;
        }
        WorkbookPart part;
        part.path = info.path;
        part.isDirectory = info.isDirectory;
        part.modified = info.modified;
        part.data.reserve(qsizetype(info.size));
        for (;;) {
            const char *data = nullptr;
            qint64 size = 0;
            if (!zip.readBlock(&data, &size, &zipError)) {
                if (error)
                    *error = WorkbookReader::tr("%1 can not be read as a workbook: %2").arg(name, zipError.replace(path, name));
                return false;
            }
            if (size == 0)
                break;
            part.data.append(data, qsizetype(size));
        }
        parts->append(part);
    }
}

class PackageReader
{
public:
    PackageReader(const WorkbookLimits &limits, Workbook *workbook, QString *error)
        : m_limits(limits), m_workbook(workbook), m_error(error)
    {
    }

    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = m_workbook->fileName + QStringLiteral(": ") + message;
        return false;
    }

    bool run()
    {
        return checkParts() && readContentTypes() && checkAllRelationships() && readWorkbook() && readSheets();
    }

private:
    const WorkbookPart *need(const QString &path)
    {
        const WorkbookPart *p = m_workbook->part(path);
        if (!p || p->isDirectory)
            fail(WorkbookReader::tr("the part %1 is missing.").arg(path));
        return p && !p->isDirectory ? p : nullptr;
    }

    bool checkParts()
    {
        // SafeZipReader already refused repeated names; a part path differing only in case is a
        // repeat too for OPC (names are case-insensitive), and it refused those as well.
        for (const WorkbookPart &p : m_workbook->parts) {
            if (p.path.startsWith(QLatin1String("xl/externalLinks/"), Qt::CaseInsensitive))
                return fail(WorkbookReader::tr("it links to other workbooks (%1); external links are refused.").arg(p.path));
            if (p.path.compare(QLatin1String("xl/vbaProject.bin"), Qt::CaseInsensitive) == 0)
                m_workbook->macroEnabled = true;
        }
        return true;
    }

    bool readContentTypes()
    {
        const WorkbookPart *p = need(QStringLiteral("[Content_Types].xml"));
        QString error;
        if (!p)
            return false;
        if (!parse::contentTypes(p->data, m_limits.maxXmlDepth, &error))
            return fail(error);
        return true;
    }

    // Any relationship leaving the package is refused, except a hyperlink (a URL shown in a
    // cell, never fetched by opening the file).
    bool checkAllRelationships()
    {
        for (const WorkbookPart &p : m_workbook->parts) {
            if (p.isDirectory || !p.path.endsWith(QLatin1String(".rels"), Qt::CaseInsensitive))
                continue;
            QList<parse::Relationship> rels;
            QString error;
            if (!parse::relationships(p.data, p.path, QString(), m_limits.maxXmlDepth, &rels, &error))
                return fail(error);
            for (const parse::Relationship &r : rels) {
                if (r.external && !typeIs(r, "hyperlink"))
                    return fail(WorkbookReader::tr("%1 refers to \"%2\" outside the file; external links are refused.").arg(p.path, r.target));
            }
        }
        return true;
    }

    bool readWorkbook()
    {
        const WorkbookPart *root = need(QStringLiteral("_rels/.rels"));
        if (!root)
            return false;
        QList<parse::Relationship> rels;
        QString error;
        if (!parse::relationships(root->data, root->path, QString(), m_limits.maxXmlDepth, &rels, &error))
            return fail(error);
        for (const parse::Relationship &r : rels) {
            if (typeIs(r, "officeDocument"))
                m_workbookPath = r.target;
        }
        if (m_workbookPath.isEmpty())
            return fail(WorkbookReader::tr("it names no workbook part."));
        m_workbook->workbookPartPath = m_workbookPath;
        const WorkbookPart *wb = need(m_workbookPath);
        if (!wb)
            return false;
        if (!parse::workbook(wb->data, wb->path, m_limits.maxXmlDepth, &m_sheetEntries, &m_workbook->definedNames, &error))
            return fail(error);
        if (m_sheetEntries.isEmpty())
            return fail(WorkbookReader::tr("the workbook has no sheet."));
        if (m_sheetEntries.size() > m_limits.maxSheets)
            return fail(WorkbookReader::tr("the workbook has %1 sheets, more than the limit of %2.").arg(m_sheetEntries.size()).arg(m_limits.maxSheets));
        const QString relsPath = relsOf(m_workbookPath);
        const WorkbookPart *wbRels = need(relsPath);
        if (!wbRels)
            return false;
        if (!parse::relationships(wbRels->data, wbRels->path, m_workbookPath, m_limits.maxXmlDepth, &m_workbookRels, &error))
            return fail(error);
        for (const parse::Relationship &r : std::as_const(m_workbookRels)) {
            if (typeIs(r, "externalLink"))
                return fail(WorkbookReader::tr("it links to other workbooks; external links are refused."));
            if (typeIs(r, "sharedStrings")) {
                const WorkbookPart *ss = need(r.target);
                if (!ss || !parse::sharedStrings(ss->data, ss->path, m_limits, &m_sharedStrings, &error))
                    return ss ? fail(error) : false;
            }
        }
        return true;
    }

    bool readSheets()
    {
        qint64 cellBudget = m_limits.maxCells;
        QSet<QString> names;
        for (const parse::SheetEntry &entry : std::as_const(m_sheetEntries)) {
            if (names.contains(entry.name.toCaseFolded()))
                return fail(WorkbookReader::tr("two sheets are named \"%1\".").arg(entry.name));
            names.insert(entry.name.toCaseFolded());
            QString target;
            for (const parse::Relationship &r : std::as_const(m_workbookRels)) {
                if (r.id == entry.relationshipId)
                    target = r.external ? QString() : r.target;
            }
            if (target.isEmpty())
                return fail(WorkbookReader::tr("the sheet \"%1\" has no part.").arg(entry.name));
            const WorkbookPart *p = need(target);
            if (!p)
                return false;
            WorkbookSheet sheet;
            sheet.name = entry.name;
            sheet.partPath = target;
            sheet.state = entry.state;
            bool formulas = false;
            QString error;
            // A chart sheet or dialog sheet has no cells: it is kept as it is and not read.
            if (p->data.contains("<chartsheet") || p->data.contains("<dialogsheet"))
                continue;
            if (!parse::worksheet(p->data, m_sharedStrings, m_limits, &cellBudget, &sheet, &formulas, &error))
                return fail(WorkbookReader::tr("sheet \"%1\": %2").arg(entry.name, error));
            m_workbook->hasFormulas = m_workbook->hasFormulas || formulas;
            m_workbook->sheets.append(sheet);
        }
        parse::resolveLists(m_workbook);
        return true;
    }

    static QString relsOf(const QString &part)
    {
        const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
        return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    }

    const WorkbookLimits &m_limits;
    Workbook *m_workbook;
    QString *m_error;
    QString m_workbookPath;
    QList<parse::SheetEntry> m_sheetEntries;
    QList<parse::Relationship> m_workbookRels;
    QStringList m_sharedStrings;
};

} // namespace

QString CellRange::toString() const
{
    const QString first = CellRef::columnName(firstColumn) + QString::number(firstRow);
    if (firstRow == lastRow && firstColumn == lastColumn)
        return first;
    return first + QLatin1Char(':') + CellRef::columnName(lastColumn) + QString::number(lastRow);
}

bool CellRange::parse(const QString &text, CellRange *range)
{
    const QStringList ends = text.trimmed().split(QLatin1Char(':'));
    if (ends.isEmpty() || ends.size() > 2)
        return false;
    CellRange r;
    if (!CellRef::parseA1(ends.first(), &r.firstRow, &r.firstColumn))
        return false;
    r.lastRow = r.firstRow;
    r.lastColumn = r.firstColumn;
    if (ends.size() == 2 && !CellRef::parseA1(ends.last(), &r.lastRow, &r.lastColumn))
        return false;
    if (r.lastRow < r.firstRow || r.lastColumn < r.firstColumn)
        return false;
    if (range)
        *range = r;
    return true;
}

bool DataValidation::covers(int row, int column) const
{
    for (const CellRange &r : ranges) {
        if (r.contains(row, column))
            return true;
    }
    return false;
}

const WorkbookCell *WorkbookSheet::cell(int row, int column) const
{
    const auto it = cells.constFind(key(row, column));
    return it == cells.constEnd() ? nullptr : &*it;
}

QString WorkbookSheet::text(int row, int column) const
{
    const WorkbookCell *c = cell(row, column);
    return c ? c->text : QString();
}

const CellRange *WorkbookSheet::mergedAt(int row, int column) const
{
    for (const CellRange &r : merged) {
        if (r.contains(row, column))
            return &r;
    }
    return nullptr;
}

const DataValidation *WorkbookSheet::validationAt(int row, int column) const
{
    for (qsizetype i = validations.size() - 1; i >= 0; --i) {
        if (validations.at(i).covers(row, column))
            return &validations.at(i);
    }
    return nullptr;
}

const WorkbookSheet *Workbook::sheet(const QString &name) const
{
    for (const WorkbookSheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const WorkbookPart *Workbook::part(const QString &path) const
{
    for (const WorkbookPart &p : parts) {
        if (p.path == path)
            return &p;
    }
    return nullptr;
}

WorkbookReader::WorkbookReader(const WorkbookLimits &limits) : m_limits(limits) {}

bool WorkbookReader::readFile(const QString &path, Workbook *workbook, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Can not open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > m_limits.maxFileBytes) {
        if (error)
            *error = tr("%1 is larger than %2 bytes, the limit for a form.").arg(path).arg(m_limits.maxFileBytes);
        return false;
    }
    return readBytes(file.readAll(), QFileInfo(path).fileName(), workbook, error);
}

bool WorkbookReader::readBytes(const QByteArray &bytes, const QString &name, Workbook *workbook, QString *error) const
{
    if (bytes.size() > m_limits.maxFileBytes) {
        if (error)
            *error = tr("%1 is larger than %2 bytes, the limit for a form.").arg(name).arg(m_limits.maxFileBytes);
        return false;
    }
    // SafeZipReader reads from a file (it checks the central directory before libarchive sees
    // anything); the bytes go to a private temporary file, removed on return.
    QTemporaryFile temporary;
    if (!temporary.open() || temporary.write(bytes) != bytes.size() || !temporary.flush()) {
        if (error)
            *error = tr("Can not write a temporary copy of %1: %2").arg(name, temporary.errorString());
        return false;
    }
    Workbook result;
    result.fileName = name;
    result.sha256 = HashStream::hexOf(bytes);
    if (!readParts(temporary.fileName(), name, m_limits, &result.parts, error))
        return false;
    PackageReader reader(m_limits, &result, error);
    if (!reader.run())
        return false;
    *workbook = std::move(result);
    return true;
}

} // namespace hoshi::officialform
