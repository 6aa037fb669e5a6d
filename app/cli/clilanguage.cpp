// SPDX-License-Identifier: Apache-2.0
#include "clilanguage.h"

#include "cliutil.h"
#include "util/language.h"
#include "util/errors.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hoshi::cli {

namespace {

// "ja_JP.UTF-8", "ja", "en_GB" → "ja"/"en"; anything else (or C/POSIX) → empty.
QString languageOf(const QString &locale)
{
    if (locale.startsWith(QLatin1String("ja")))
        return QStringLiteral("ja");
    if (locale.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return {};
}

bool isCLocale(const QString &locale)
{
    return locale == QLatin1String("C") || locale.startsWith(QLatin1String("C.")) || locale == QLatin1String("POSIX");
}

} // namespace

QString chooseLanguage(const QString &requested)
{
    if (!languageOf(requested).isEmpty())
        return languageOf(requested);
    QString locale;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = qEnvironmentVariable(name);
        if (!locale.isEmpty())
            break;
    }
    if (!locale.isEmpty() && !isCLocale(locale)) {
        // LANGUAGE is a priority list ("ja:en"); gettext honours it only for a real locale.
        const QString preferred = languageOf(qEnvironmentVariable("LANGUAGE").section(QLatin1Char(':'), 0, 0));
        if (!preferred.isEmpty())
            return preferred;
        // A locale such as de_DE gets English, the source language.
        return languageOf(locale).isEmpty() ? QStringLiteral("en") : languageOf(locale);
    }
    const QString fallback = languageOf(qEnvironmentVariable("HOSHI_LANG"));
    return fallback.isEmpty() ? QStringLiteral("en") : fallback;
}

QString takeLanguageOption(QStringList *args, QString *error)
{
    QString value;
    for (qsizetype i = 0; i < args->size();) {
        const QString &arg = args->at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang")) {
            if (i + 1 >= args->size()) {
                setError(error, Cli::tr("error: --lang needs a value: ja or en"));
                return {};
            }
            value = args->at(i + 1);
            args->remove(i, 2);
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            value = arg.mid(7);
            args->remove(i);
        } else {
            ++i;
        }
    }
    if (!value.isEmpty() && value != QLatin1String("ja") && value != QLatin1String("en"))
        setError(error, Cli::tr("error: --lang is ja or en, not \"%1\"").arg(value));
    return value;
}

void applyLanguage(const QString &language)
{
    setUiLanguage(language);
    QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                                language == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedKingdom));
    // Installed for the rest of the process: hoshi-cli runs one command and exits.
    static QTranslator app;
    if (app.load(QStringLiteral(":/i18n/hoshi_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&app);
    static QTranslator qt;
    if (language != QLatin1String("en")
        && qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

} // namespace hoshi::cli
