// SPDX-License-Identifier: Apache-2.0
// label set|show|firmware|page: the label record of a declaration (label lifecycle).
#include "cmd_lifecycle.h"

#include "cliutil.h"
#include "cmd_shelflife.h"
#include "gate/firmwarestaleness.h"
#include "lifecycle/labelpage.h"
#include "lifecycle/retestplan.h"
#include "util/language.h"
#include "util/displaydate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hoshi::cli {

namespace {

struct DateField {
    const char *option;
    QDate LabelRecord::*member;
};
const DateField dateFields[] = {
    {"submitted-on", &LabelRecord::submittedOn},
    {"issued-on", &LabelRecord::issuedOn},
    {"valid-until", &LabelRecord::validUntil},
    {"extended-on", &LabelRecord::extendedOn},
};
struct TextField {
    const char *option;
    QString LabelRecord::*member;
};
const TextField textFields[] = {
    {"application-number", &LabelRecord::applicationNumber},
    {"registration-number", &LabelRecord::registrationNumber},
    {"successor", &LabelRecord::successor},
    {"product-page-url", &LabelRecord::productPageUrl},
};

QString dateShown(const QDate &d)
{
    return d.isValid() ? DisplayDate::date(d) : Cli::tr("(not recorded)");
}

QString textShown(const QString &t)
{
    return t.isEmpty() ? Cli::tr("(not recorded)") : t;
}

// An empty value clears the field; anything else must be a date.
bool readDates(const QCommandLineParser &parser, LabelRecord *record)
{
    for (const DateField &f : dateFields) {
        const QString name = QLatin1String(f.option);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name).trimmed();
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !date.isValid()) {
            err(Cli::tr("error: --%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(name, value));
            return false;
        }
        record->*f.member = date;
    }
    return true;
}

bool readStatus(const QCommandLineParser &parser, LabelRecord *record)
{
    if (!parser.isSet(QStringLiteral("status")))
        return true;
    const QString key = parser.value(QStringLiteral("status")).trimmed();
    if (key == labelStatusKey(LabelStatus::Expired)) {
        record->status = LabelStatus::Expired; // LabelRules explains why it cannot be recorded
        return true;
    }
    QStringList keys;
    for (LabelStatus s : LabelRules::recordableStatuses()) {
        keys << labelStatusKey(s);
        if (labelStatusKey(s) == key) {
            record->status = s;
            return true;
        }
    }
    err(Cli::tr("error: --status is one of %1, not \"%2\"").arg(keys.join(QStringLiteral(", ")), key));
    return false;
}

bool todayOption(const QCommandLineParser &parser, QDate *today)
{
    *today = QDate::currentDate();
    return dateOption(parser, QStringLiteral("today"), today);
}

void addDeclarationOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
}

int labelSet(const QStringList &args)
{
    QCommandLineParser parser;
    addDeclarationOptions(parser);
    for (const TextField &f : textFields)
        parser.addOption({QLatin1String(f.option), Cli::tr("Text; an empty value clears it."), QStringLiteral("TEXT")});
    for (const DateField &f : dateFields)
        parser.addOption({QLatin1String(f.option), Cli::tr("Date; an empty value clears it."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("status"), Cli::tr("active, extension-in-progress, withdrawn, revoked or none."),
                      QStringLiteral("STATUS")});
    if (!parse(parser, QStringLiteral("label set"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    std::optional<LabelRecord> record = ws->labelRecord(declarationId);
    if (!record) {
        err(Cli::tr("error: there is no declaration %1").arg(declarationId));
        return UsageOrInput;
    }
    for (const TextField &f : textFields) {
        if (parser.isSet(QLatin1String(f.option)))
            (*record).*f.member = parser.value(QLatin1String(f.option));
    }
    if (!readDates(parser, &*record) || !readStatus(parser, &*record))
        return UsageOrInput;
    QString error;
    if (!ws->setLabelRecord(*record, &error)) {
        err(Cli::tr("error: %1").arg(error));
        err(Cli::tr("Nothing was changed."));
        return UsageOrInput;
    }
    return Ok;
}

QJsonObject showJson(const Workspace &ws, const LabelRecord &r, const QDate &today, const QList<RetestItem> &plan)
{
    QJsonObject o = r.toJson();
    o.insert(QStringLiteral("status"), labelStatusKey(LabelRules::effectiveStatus(r, today)));
    o.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    const std::optional<qint64> days = LabelRules::daysLeft(r, today);
    o.insert(QStringLiteral("daysLeft"), days ? QJsonValue(*days) : QJsonValue());
    o.insert(QStringLiteral("retestPlan"), RetestPlan::toJson(plan));
    QJsonArray history;
    for (const HistoryEntry &h : ws.labelHistory(r.declarationId))
        history.append(QJsonObject{{QStringLiteral("at"), h.at.toString(Qt::ISODate)},
                                   {QStringLiteral("actor"), h.actor},
                                   {QStringLiteral("action"), h.action},
                                   {QStringLiteral("summary"), h.summary}});
    o.insert(QStringLiteral("history"), history);
    return o;
}

void printShow(const Workspace &ws, const DeclarationSnapshot &s, const LabelRecord &r, const QDate &today,
               const QList<RetestItem> &plan)
{
    out(Cli::tr("declaration %1: %2 (%3)").arg(r.declarationId).arg(s.product.name, s.criteria.id));
    out(Cli::tr("application number: %1").arg(textShown(r.applicationNumber)));
    out(Cli::tr("submitted on: %1").arg(dateShown(r.submittedOn)));
    out(Cli::tr("registration number: %1").arg(textShown(r.registrationNumber)));
    out(Cli::tr("issued on: %1").arg(dateShown(r.issuedOn)));
    out(Cli::tr("valid until: %1").arg(dateShown(r.validUntil)));
    out(Cli::tr("last extension: %1").arg(dateShown(r.extendedOn)));
    out(Cli::tr("successor: %1").arg(textShown(r.successor)));
    out(Cli::tr("product page: %1").arg(textShown(r.productPageUrl)));
    QString status = labelStatusName(LabelRules::effectiveStatus(r, today));
    if (const std::optional<qint64> days = LabelRules::daysLeft(r, today); days && *days >= 0
        && r.status != LabelStatus::None)
        status += Cli::tr(" (%n day(s) left)", nullptr, int(*days));
    out(Cli::tr("status: %1").arg(status));
    if (!plan.isEmpty()) {
        const QString current = FirmwareStaleness::currentFirmware(s.product);
        out(Cli::tr("re-test plan (firmware %1):").arg(current));
        for (const RetestItem &item : plan)
            out(QStringLiteral("  ") + RetestPlan::line(item, current));
    }
    const QList<HistoryEntry> history = ws.labelHistory(r.declarationId);
    if (!history.isEmpty())
        out(Cli::tr("history:"));
    for (const HistoryEntry &h : history)
        out(QStringLiteral("  %1  %2  %3").arg(DisplayDate::dateTime(h.at), h.actor, h.summary));
}

int labelShow(const QStringList &args)
{
    QCommandLineParser parser;
    addDeclarationOptions(parser);
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the record as JSON.")});
    parser.addOption({QStringLiteral("today"), Cli::tr("Judge the status as of this date (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    if (!parse(parser, QStringLiteral("label show"), args))
        return UsageOrInput;
    OpenDeclaration open;
    QDate today;
    if (!todayOption(parser, &today) || !openDeclaration(parser, Workspace::Access::ReadOnly, &open))
        return UsageOrInput;
    const LabelRecord record = open.workspace->labelRecord(open.id).value_or(LabelRecord{});
    const QList<RetestItem> plan = RetestPlan::of(*open.snapshot, uiLanguage());
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonDocument(showJson(*open.workspace, record, today, plan)));
    else
        printShow(*open.workspace, *open.snapshot, record, today, plan);
    return Ok;
}

int labelFirmware(const QStringList &args)
{
    QCommandLineParser parser;
    addDeclarationOptions(parser);
    parser.addOption({QStringLiteral("version"), Cli::tr("The product's new firmware version."), QStringLiteral("V")});
    addFirmwareImageOption(parser);
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the re-test plan as JSON.")});
    if (!parse(parser, QStringLiteral("label firmware"), args))
        return UsageOrInput;
    QString version;
    if (!requiredValue(parser, QStringLiteral("version"), &version))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    const std::optional<Declaration> d = ws->declaration(declarationId);
    std::optional<Product> product = d ? ws->product(d->productId) : std::nullopt;
    if (!product) {
        err(Cli::tr("error: there is no declaration %1").arg(declarationId));
        return UsageOrInput;
    }
    const QString before = product->firmwareVersion;
    product->firmwareVersion = version;
    if (!readFirmwareImageOption(parser, &*product))
        return UsageOrInput;
    std::optional<DeclarationSnapshot> s;
    if (!ws->updateProduct(*product, &error)
        || !(s = ws->snapshot(declarationId, Workspace::ContentCheck::Skip, &error))) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    const QList<RetestItem> plan = RetestPlan::of(*s, uiLanguage());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("from"), before},
                                            {QStringLiteral("to"), version},
                                            {QStringLiteral("retestPlan"), RetestPlan::toJson(plan)}}));
        return Ok;
    }
    const QString current = FirmwareStaleness::currentFirmware(s->product);
    out(Cli::tr("firmware: %1 → %2").arg(textShown(before), current));
    out(plan.isEmpty() ? Cli::tr("re-test plan: no device test needs to run again")
                       : Cli::tr("re-test plan: %n device test(s) to run again on %1", nullptr, int(plan.size())).arg(current));
    for (const RetestItem &item : plan)
        out(QStringLiteral("  ") + RetestPlan::line(item, current));
    return Ok;
}

int labelPage(const QStringList &args)
{
    QCommandLineParser parser;
    addDeclarationOptions(parser);
    parser.addOption({QStringLiteral("out"), Cli::tr("PDF file to write."), QStringLiteral("FILE.pdf")});
    if (!parse(parser, QStringLiteral("label page"), args))
        return UsageOrInput;
    QString outPath;
    OpenDeclaration open;
    if (!requiredValue(parser, QStringLiteral("out"), &outPath)
        || !openDeclaration(parser, Workspace::Access::ReadOnly, &open))
        return UsageOrInput;
    const LabelRecord record = open.workspace->labelRecord(open.id).value_or(LabelRecord{});
    QString error;
    if (!LabelPage::writePdf(LabelPage::of(*open.snapshot, record, QDate::currentDate()), outPath, &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    out(outPath);
    return Ok;
}

} // namespace

bool openDeclaration(const QCommandLineParser &parser, Workspace::Access access, OpenDeclaration *open)
{
    open->workspace = openWorkspace(workspaceArgument(parser), access);
    open->id = open->workspace ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (open->id < 0)
        return false;
    QString error;
    open->snapshot = open->workspace->snapshot(open->id, Workspace::ContentCheck::Skip, &error);
    if (!open->snapshot)
        err(Cli::tr("error: %1").arg(error));
    return open->snapshot.has_value();
}

bool requiredValue(const QCommandLineParser &parser, const QString &name, QString *value)
{
    *value = parser.value(name).trimmed();
    if (value->isEmpty())
        err(Cli::tr("error: --%1 is required").arg(name));
    return !value->isEmpty();
}

int runLabel(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("set"))
        return labelSet(args.mid(1));
    if (verb == QLatin1String("show"))
        return labelShow(args.mid(1));
    if (verb == QLatin1String("firmware"))
        return labelFirmware(args.mid(1));
    if (verb == QLatin1String("page"))
        return labelPage(args.mid(1));
    err(Cli::tr("usage: hoshi-cli label set WS --declaration ID [--application-number N] [--submitted-on D]\n"
                "              [--registration-number R] [--issued-on D] [--valid-until D] [--extended-on D]\n"
                "              [--successor S] [--product-page-url URL] [--status S]\n"
                "       hoshi-cli label show WS --declaration ID [--json] [--today D]\n"
                "       hoshi-cli label firmware WS --declaration ID --version V [--json]\n"
                "       hoshi-cli label page WS --declaration ID --out FILE.pdf"));
    return UsageOrInput;
}

} // namespace hoshi::cli
