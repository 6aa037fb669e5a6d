// SPDX-License-Identifier: Apache-2.0
#include "demofiles.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace hoshi::demofiles {

namespace {

QByteArray pdfEscape(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        const char ch = c.unicode() < 128 ? char(c.unicode()) : '?'; // the demo PDFs are ASCII
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out;
}

} // namespace

QByteArray pdf(const QString &title, const QList<QStringList> &pages)
{
    // Objects: 1 catalog, 2 pages, 3 font, then per page a page object and its content stream.
    QList<QByteArray> objects;
    objects << QByteArray("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    objects << QByteArray("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pages.size(); ++i) {
        QByteArray stream = "BT /F1 16 Tf 56 780 Td (" + pdfEscape(title) + ") Tj ET\n";
        int y = 740;
        for (const QString &line : pages.at(i)) {
            stream += "BT /F1 11 Tf 56 " + QByteArray::number(y) + " Td (" + pdfEscape(line) + ") Tj ET\n";
            y -= 18;
        }
        stream += "BT /F1 9 Tf 280 40 Td (- " + QByteArray::number(i + 1) + " -) Tj ET\n";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                   " /Contents " + QByteArray::number(5 + 2 * i) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream";
    }
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray log(const QString &name, const QStringList &lines)
{
    QByteArray out = "# " + name.toUtf8() + "\n";
    for (const QString &line : lines)
        out += line.toUtf8() + '\n';
    return out;
}

QByteArray screenshot(int seed)
{
    // A stylised settings screen: shapes only, so no font (and no display) is needed.
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf6, 0xf8));
    QPainter painter(&image);
    painter.fillRect(0, 0, 480, 40, QColor(0x2b, 0x4c, 0x7e));
    for (int row = 0; row < 6; ++row) {
        const int y = 60 + row * 40;
        painter.fillRect(24, y, 160, 14, QColor(0x9a, 0xa5, 0xb1));
        const bool on = ((seed >> row) & 1) == 0;
        painter.fillRect(380, y - 4, 60, 22, on ? QColor(0x2e, 0x9e, 0x5b) : QColor(0xc8, 0xc8, 0xc8));
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace hoshi::demofiles
