// SPDX-License-Identifier: Apache-2.0
#include "zippath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hoshi {

namespace {

bool isWindowsDrive(const QString &component)
{
    return component.size() >= 2 && component.at(1) == QLatin1Char(':') && component.at(0).isLetter();
}

} // namespace

QStringList ZipPath::components(const QString &name)
{
    return name.split(QLatin1Char('/'));
}

QString ZipPath::problemWith(const QString &name, bool directory)
{
    if (name.isEmpty())
        return ZipPath::tr("An entry has an empty name.");
    if (name.toUtf8().size() > MaxNameBytes)
        return ZipPath::tr("The entry name \"%1\" is longer than %2 bytes.").arg(name.left(80)).arg(MaxNameBytes);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return ZipPath::tr("The entry name \"%1\" contains a control character.").arg(name);
        if (c.category() == QChar::Other_Surrogate || c == QChar::ReplacementCharacter)
            return ZipPath::tr("The entry name \"%1\" is not valid UTF-8.").arg(name);
    }
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return ZipPath::tr("The entry \"%1\" has an absolute path.").arg(name);

    // A backslash is not a separator in ZIP, but Windows tools treat it as one: "..\\x" must be
    // judged as the traversal it becomes there, and any other backslash is refused outright.
    QString body = name;
    if (directory && body.endsWith(QLatin1Char('/')))
        body.chop(1);
    const QStringList parts = body.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String(".."))
            return ZipPath::tr("The entry \"%1\" leaves its folder (\"..\").").arg(name);
        if (i == 0 && isWindowsDrive(part))
            return ZipPath::tr("The entry \"%1\" has an absolute path (drive letter).").arg(name);
        if (part.isEmpty() || part == QLatin1String("."))
            return ZipPath::tr("The entry name \"%1\" has an empty or \".\" component.").arg(name);
    }
    if (body.contains(QLatin1Char('\\')))
        return ZipPath::tr("The entry name \"%1\" contains a backslash.").arg(name);
    return {};
}

QString ZipPath::clashKey(const QString &name)
{
    QString key = name;
    if (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    // Case folding can un-normalise some sequences, so normalise on both sides of it.
    return key.normalized(QString::NormalizationForm_C).toCaseFolded().normalized(QString::NormalizationForm_C);
}

} // namespace hoshi
