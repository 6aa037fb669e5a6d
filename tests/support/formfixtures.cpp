// SPDX-License-Identifier: Apache-2.0
#include "formfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace hoshi::testsupport {

namespace {

bool run(const QStringList &args, QString *error)
{
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty()) {
        *error = QStringLiteral("python3 with openpyxl is required (python3-openpyxl)");
        return false;
    }
    QProcess p;
    p.start(python, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

QJsonObject localized(const LocalizedText &text)
{
    return {{QStringLiteral("ja"), text.ja}, {QStringLiteral("en"), text.en}};
}

} // namespace

QString pythonWithOpenpyxl()
{
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

bool makeForms(const CriteriaSet &set, const FormVariant &variant, const QString &outDir, QString *error)
{
    QJsonArray items;
    for (const CriteriaItem &item : set.items) {
        if (variant.leaveOut.contains(item.id))
            continue;
        QJsonArray points;
        if (variant.pointTexts.contains(item.id)) {
            for (const QString &text : variant.pointTexts.value(item.id))
                points.append(QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("ja"), text},
                                                                               {QStringLiteral("en"), text}}}});
        } else {
            for (const EvaluationPoint &p : item.points)
                points.append(QJsonObject{{QStringLiteral("text"), localized(p.text)}});
        }
        items.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("title"), localized(item.title)},
                                 {QStringLiteral("requirement"), localized(item.requirement)},
                                 {QStringLiteral("evaluationPoints"), QJsonObject{{QStringLiteral("points"), points}}}});
    }
    QDir().mkpath(outDir);
    const QString criteria = QDir(outDir).filePath(QStringLiteral("criteria.json"));
    QFile file(criteria);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("id"), set.id}, {QStringLiteral("items"), items}})
                          .toJson())
               <= 0) {
        *error = file.errorString();
        return false;
    }
    file.close();
    return run({QStringLiteral(HOSHI_SOURCE_DIR "/tests/core/data/officialform/makeforms.py"), outDir, criteria}, error);
}

bool runOpenpyxl(const QString &script, const QStringList &args, QString *error)
{
    return run(QStringList{QStringLiteral("-c"), script} + args, error);
}

} // namespace hoshi::testsupport
