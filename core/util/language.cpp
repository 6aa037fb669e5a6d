// SPDX-License-Identifier: Apache-2.0
#include "language.h"

#include <QLocale>

namespace hoshi {

namespace {
QString &current()
{
    static QString language = QLocale().name().startsWith(QLatin1String("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
    return language;
}
} // namespace

void setUiLanguage(const QString &language)
{
    current() = language.startsWith(QLatin1String("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
}

QString uiLanguage()
{
    return current();
}

} // namespace hoshi
