// SPDX-License-Identifier: Apache-2.0
#include "cmd_shelflife.h"

#include "util/hashstream.h"

#include <QPair>

namespace hoshi::cli {

namespace {

const QString effectiveOn = QStringLiteral("effective-on");
const QString reviewBy = QStringLiteral("review-by");
const QString firmwareImage = QStringLiteral("firmware-image");
const QString reviewPeriod = QStringLiteral("review-period");
const QString none = QStringLiteral("none");

// A date option that "none" clears.
bool clearableDate(const QCommandLineParser &parser, const QString &name, QDate *date)
{
    if (parser.isSet(name) && parser.value(name) == none) {
        *date = QDate();
        return true;
    }
    return dateOption(parser, name, date);
}

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

void addShelfLifeOptions(QCommandLineParser &parser)
{
    parser.addOption({effectiveOn, Cli::tr("When the fact was established (document date, test date); \"none\" clears it."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({reviewBy,
                      Cli::tr("When the evidence must be looked at again; \"none\" falls back to the workspace's default."),
                      QStringLiteral("YYYY-MM-DD")});
}

bool readShelfLifeOptions(const QCommandLineParser &parser, Evidence *evidence)
{
    return clearableDate(parser, effectiveOn, &evidence->effectiveOn) && clearableDate(parser, reviewBy, &evidence->reviewBy);
}

void insertShelfLifeJson(QJsonObject &json, const Evidence &evidence, const ReviewPeriods &periods)
{
    json.insert(QStringLiteral("reviewDue"), isoOrEmpty(ShelfLife::reviewDate(evidence, periods)));
    json.insert(QStringLiteral("reviewDueIsDefault"), !evidence.reviewBy.isValid());
}

void addFirmwareImageOption(QCommandLineParser &parser)
{
    parser.addOption({firmwareImage, Cli::tr("Firmware image file: records its SHA-256 as the current image."),
                      QStringLiteral("PATH")});
}

bool readFirmwareImageOption(const QCommandLineParser &parser, Product *product)
{
    if (!parser.isSet(firmwareImage))
        return true;
    QString error;
    const QString hash = HashStream::hexOfFile(parser.value(firmwareImage), HashStream::Algorithm::Sha256, &error);
    if (hash.isEmpty()) {
        err(Cli::tr("error: cannot hash the firmware image %1: %2").arg(parser.value(firmwareImage), error));
        return false;
    }
    product->firmwareImageSha256 = hash;
    return true;
}

void addReviewPeriodOption(QCommandLineParser &parser)
{
    parser.addOption({reviewPeriod,
                      Cli::tr("Default review period of a kind of evidence, in months after its effective date "
                              "(0: none; repeatable), e.g. device-test=12."),
                      QStringLiteral("KIND=MONTHS")});
}

bool hasReviewPeriodOption(const QCommandLineParser &parser)
{
    return parser.isSet(reviewPeriod);
}

bool applyReviewPeriodOption(const QCommandLineParser &parser, Workspace &workspace)
{
    QList<QPair<EvidenceKind, int>> periods;
    for (const QString &value : parser.values(reviewPeriod)) {
        const QString kindText = value.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const int months = value.section(QLatin1Char('='), 1).toInt(&ok);
        const std::optional<EvidenceKind> kind = evidenceKindFromKey(kindText);
        if (!value.contains(QLatin1Char('=')) || !kind || !ok || months < 0 || months > ReviewPeriods::MaxMonths) {
            err(Cli::tr("error: --review-period takes document=MONTHS or device-test=MONTHS (0 to %1), not \"%2\"")
                    .arg(ReviewPeriods::MaxMonths)
                    .arg(value));
            return false;
        }
        periods.append({*kind, months});
    }
    QString error;
    const bool ok = workspace.inOneTransaction(
        [&](QString *problem) {
            for (const auto &[kind, months] : std::as_const(periods)) {
                if (!workspace.setReviewPeriod(kind, months, problem))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        err(Cli::tr("error: %1").arg(error));
    return ok;
}

void printReviewPeriods(const Workspace &workspace)
{
    const ReviewPeriods periods = workspace.reviewPeriods();
    for (EvidenceKind kind : {EvidenceKind::DocumentReview, EvidenceKind::DeviceTest})
        out(QStringLiteral("review-period-months.%1: %2").arg(ShelfLife::settingKey(kind)).arg(periods.months(kind)));
}

} // namespace hoshi::cli
