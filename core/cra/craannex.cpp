// SPDX-License-Identifier: Apache-2.0
#include "craannex.h"

#include <QRegularExpression>

namespace hoshi {

const QList<CraAnnexPoint> &CraAnnex::points()
{
    static const QList<CraAnnexPoint> list = [] {
        QList<CraAnnexPoint> p;
        p << CraAnnexPoint{QStringLiteral("i1"), QStringLiteral("Part I (1)"),
                           QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Appropriate level of cybersecurity based on the risks")};
        const char *partOne[] = {
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "No known exploitable vulnerabilities"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Secure by default configuration"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Vulnerabilities addressed through security updates"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Protection from unauthorised access"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Confidentiality of data"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Integrity of data, commands, programs and configuration"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Data minimisation"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Availability of essential functions"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Minimised impact on other devices and networks"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Limited attack surfaces"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Reduced impact of an incident (exploitation mitigation)"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Recording and monitoring of relevant internal activity"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Secure removal of data and settings"),
        };
        for (int i = 0; i < 13; ++i) {
            const QChar letter(QLatin1Char(char('a' + i)));
            p << CraAnnexPoint{QStringLiteral("i2") + letter, QStringLiteral("Part I (2)(%1)").arg(letter), partOne[i]};
        }
        const char *partTwo[] = {
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Vulnerabilities and components identified and documented (SBOM)"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Vulnerabilities remediated without delay"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Effective and regular security tests and reviews"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Fixed vulnerabilities disclosed"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Coordinated vulnerability disclosure policy"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Contact address for reporting vulnerabilities"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Secure distribution of updates"),
            QT_TRANSLATE_NOOP("hoshi::CraAnnex", "Security updates without delay and free of charge"),
        };
        for (int i = 0; i < 8; ++i)
            p << CraAnnexPoint{QStringLiteral("ii%1").arg(i + 1), QStringLiteral("Part II (%1)").arg(i + 1), partTwo[i]};
        return p;
    }();
    return list;
}

QString CraAnnex::canonicalKey(const QString &id)
{
    QString s = id.toLower();
    s.remove(QRegularExpression(QStringLiteral("^\\s*annex\\s+i\\b")));
    s.remove(QStringLiteral("part"));
    s.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return point(s) ? s : QString();
}

const CraAnnexPoint *CraAnnex::point(const QString &key)
{
    for (const CraAnnexPoint &p : points()) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QString CraAnnex::title(const CraAnnexPoint &point)
{
    return tr(point.title);
}

QString CraAnnex::englishTitle(const CraAnnexPoint &point)
{
    return QString::fromLatin1(point.title);
}

} // namespace hoshi
