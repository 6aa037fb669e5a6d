#include "cliutil.h"

#include <QTextStream>

#include <cstdio>

namespace hoshi::cli {

void out(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

void err(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

void printJson(const QJsonDocument &doc)
{
    QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.setApplicationDescription(QStringLiteral("hoshi-cli %1").arg(command));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("hoshi-cli %1").arg(command)} + args)) {
        err(QStringLiteral("hoshi-cli %1: %2").arg(command, parser.errorText()));
        err(parser.helpText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return false;
    }
    return true;
}

QString workspaceArgument(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err(QStringLiteral("error: the workspace file (WS) is missing"));
        return {};
    }
    return positional.first();
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, Workspace::Access access)
{
    if (path.isEmpty())
        return nullptr;
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(path, access, &error);
    if (!ws)
        err(QStringLiteral("error: %1").arg(error));
    return ws;
}

qint64 idOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name)) {
        err(QStringLiteral("error: --%1 is required").arg(name));
        return -1;
    }
    bool ok = false;
    const qint64 id = parser.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        err(QStringLiteral("error: --%1 takes a positive number, not \"%2\"").arg(name, parser.value(name)));
        return -1;
    }
    return id;
}

int reportNewId(qint64 id, const QString &error)
{
    if (id < 0) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    out(QString::number(id));
    return Ok;
}

bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date)
{
    if (!parser.isSet(name))
        return true;
    *date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date->isValid()) {
        err(QStringLiteral("error: --%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(name, parser.value(name)));
        return false;
    }
    return true;
}

} // namespace hoshi::cli
