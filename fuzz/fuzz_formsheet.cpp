// SPDX-License-Identifier: Apache-2.0
// Official forms come from anyone (a checklist workbook found by e-mail or on a web page): the
// workbook reader, the detector and the filler must end every input with a profile or a reason,
// never crash. The input is a worksheet's XML, wrapped here into a minimal workbook (so the
// fuzzer reaches the sheet parser instead of fighting ZIP checksums); an input that already is a
// ZIP ("PK") is read as a whole workbook.
#include "archive/zipwriter.h"
#include "criteria/criteriaregistry.h"
#include "fuzzsupport.h"
#include "officialform/formdetector.h"
#include "officialform/formfiller.h"

#include <QBuffer>

namespace {

QByteArray wrap(const QByteArray &sheet)
{
    const QDateTime when(QDate(2024, 1, 1), QTime(0, 0));
    const QByteArray types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                             "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    const QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray workbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                "<sheets><sheet name=\"Checklist\" sheetId=\"1\" r:id=\"rId1\"/></sheets><calcPr/></workbook>";
    const QByteArray workbookRels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    QByteArray zip;
    QBuffer buffer(&zip);
    buffer.open(QIODevice::WriteOnly);
    hoshi::ZipWriter writer(&buffer);
    QString error;
    const auto deflate = hoshi::ZipWriter::Compression::Deflate;
    if (!writer.open(&error) || !writer.addFile(QStringLiteral("[Content_Types].xml"), types, when, deflate, &error)
        || !writer.addFile(QStringLiteral("_rels/.rels"), rels, when, deflate, &error)
        || !writer.addFile(QStringLiteral("xl/workbook.xml"), workbook, when, deflate, &error)
        || !writer.addFile(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels, when, deflate, &error)
        || !writer.addFile(QStringLiteral("xl/worksheets/sheet1.xml"), sheet, when, deflate, &error) || !writer.close(&error))
        return {};
    return zip;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hoshi::officialform;
    hoshi::fuzz::ensureApplication();
    static const hoshi::CriteriaRegistry registry = hoshi::CriteriaRegistry::withBuiltins();
    static const hoshi::CriteriaSet *criteria = registry.find(QStringLiteral("JST-CR-01-01-2024R1"));
    if (!criteria)
        __builtin_trap();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith("PK") ? input : wrap(input);
    WorkbookLimits limits; // small limits keep each run fast; their checks are under test too
    limits.maxRows = 5000;
    limits.maxCells = 50000;
    Workbook workbook;
    QString error;
    if (!WorkbookReader(limits).readBytes(bytes, QStringLiteral("input.xlsx"), &workbook, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    FormProfile profile = FormDetector::detect(workbook, *criteria);
    (void)FormProfileEditor::roleCells(profile);
    FormProfile again;
    if (!FormProfileJson::fromBytes(FormProfileJson::toBytes(profile), &again, &error))
        __builtin_trap(); // what Hoshi writes, it reads back
    FormAnswers answers;
    for (const FormItem &item : profile.items) {
        FormAnswers::Item a;
        a.itemId = item.itemId;
        a.verdictWord = profile.vocabulary.wordFor(hoshi::Verdict::Conforming).value_or(QStringLiteral("x"));
        a.evidence = QStringLiteral("Manual <v1> & \"p. 3\"");
        for (int i = 0; i < item.points.size(); ++i)
            a.pointWords << a.verdictWord;
        answers.items << a;
    }
    QByteArray filled;
    QList<FormProblem> problems;
    if (FormFiller::fill(workbook, profile, answers, &filled, &problems, &error)) {
        Workbook back;
        if (!WorkbookReader(limits).readBytes(filled, QStringLiteral("filled.xlsx"), &back, &error))
            __builtin_trap(); // a workbook Hoshi filled must read again
    }
    return 0;
}
