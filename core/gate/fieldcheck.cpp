// SPDX-License-Identifier: Apache-2.0
#include "fieldcheck.h"

#include <QRegularExpression>
#include <QUrl>

namespace hoshi {

int FieldCheck::corporateNumberCheckDigit(const QString &base)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!twelveDigits.match(base).hasMatch())
        return -1;
    int sum = 0;
    // Position n counts from the rightmost digit (n = 1); even positions weigh 2.
    for (int n = 1; n <= 12; ++n) {
        const int digit = base.at(12 - n).digitValue();
        sum += digit * (n % 2 == 0 ? 2 : 1);
    }
    return 9 - sum % 9;
}

bool FieldCheck::isCorporateNumber(const QString &text)
{
    if (text.size() != 13 || !text.at(0).isDigit())
        return false;
    return corporateNumberCheckDigit(text.mid(1)) == text.at(0).digitValue();
}

bool FieldCheck::isEmailAddress(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return email.match(text.trimmed()).hasMatch() && !text.contains(QLatin1String(".."));
}

bool FieldCheck::isWebUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
           && !url.host().isEmpty() && !text.trimmed().contains(QLatin1Char(' '));
}

bool FieldCheck::isPlausibleContact(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return isWebUrl(t);
    // One word with an @ in it is meant as an e-mail address.
    if (t.contains(QLatin1Char('@')) && !t.contains(QLatin1Char(' ')))
        return isEmailAddress(t);
    return true;
}

int FieldCheck::textWeight(const QString &text)
{
    int weight = 0;
    for (const QChar c : text.simplified()) {
        const QChar::Script script = c.script();
        const bool wide = script == QChar::Script_Han || script == QChar::Script_Hiragana
                          || script == QChar::Script_Katakana || c.unicode() >= 0xff00;
        weight += wide ? 2 : 1;
    }
    return weight;
}

} // namespace hoshi
