// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include "util/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace hoshi {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString Translations::resolve(const QString &requested)
{
    if (requested.startsWith(QLatin1String("ja")))
        return QStringLiteral("ja");
    if (requested.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    const QStringList ui = QLocale::system().uiLanguages();
    return !ui.isEmpty() && ui.first().startsWith(QLatin1String("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
}

void Translations::apply(const QString &requested)
{
    const QString language = resolve(requested);
    // Core code (criteria texts, gate messages, documents) reads this; set it before the
    // translators change so that the LanguageChange handlers see the new language.
    setUiLanguage(language);
    QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                                language == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedKingdom));
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/hoshi_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(app.get());
        installed().push_back(std::move(app));
    }
    // Qt's own strings (standard buttons, file dialogs).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
}

} // namespace hoshi
