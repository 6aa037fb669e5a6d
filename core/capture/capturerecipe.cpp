// SPDX-License-Identifier: Apache-2.0
#include "capturerecipe.h"

#include "util/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hoshi {

namespace {

} // namespace

QByteArray CaptureRecipe::toJson() const
{
    const QJsonObject o{{QStringLiteral("tool"), captureToolKey(tool)},
                        {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
                        {QStringLiteral("target"), target}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool CaptureRecipe::fromJson(const QByteArray &json, CaptureRecipe *out, QString *error)
{
    QString ignored;
    QString &problem = error ? *error : ignored;
    QString reason;
    const std::optional<QJsonDocument> doc = readStrictJson(json, &reason);
    if (!doc || !doc->isObject()) {
        problem = QCoreApplication::translate("hoshi::CaptureRecipe", "the capture recipe is not a JSON object%1").arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
        return false;
    }
    const QJsonObject o = doc->object();
    const std::optional<CaptureTool> tool = captureToolFromKey(o.value(QStringLiteral("tool")).toString());
    if (!tool) {
        problem = QCoreApplication::translate("hoshi::CaptureRecipe", "the capture recipe names no known tool");
        return false;
    }
    CaptureRecipe recipe;
    recipe.tool = *tool;
    recipe.target = o.value(QStringLiteral("target")).toString();
    const QJsonValue arguments = o.value(QStringLiteral("arguments"));
    if (!arguments.isArray()) {
        problem = QCoreApplication::translate("hoshi::CaptureRecipe", "the arguments of the capture recipe are not a list");
        return false;
    }
    for (const QJsonValue &a : arguments.toArray()) {
        if (!a.isString()) {
            problem = QCoreApplication::translate("hoshi::CaptureRecipe", "an argument of the capture recipe is not text");
            return false;
        }
        recipe.arguments << a.toString();
    }
    if (out)
        *out = recipe;
    return true;
}

bool CaptureRecipe::fromResult(const CaptureResult &result, CaptureRecipe *out)
{
    if (result.tool == CaptureTool::CycloneDx || !out)
        return false;
    out->tool = result.tool;
    out->arguments = result.arguments;
    // The first target when the output covered several; the user confirms it before a run.
    out->target = result.target.section(QStringLiteral(", "), 0, 0);
    return true;
}

} // namespace hoshi
