// SPDX-License-Identifier: Apache-2.0
#include "criteriafixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hoshi::testsupport {

bool writeEditedStar1Copy(const QString &sourceDir, const QString &path)
{
    QFile in(sourceDir + QStringLiteral("/criteria/JST-CR-01-01-2024R1.data-3.json"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    root.insert(QStringLiteral("id"), QStringLiteral("TEST-STAR1-EDITED"));
    root.insert(QStringLiteral("dataRevision"), 1);
    root.insert(QStringLiteral("supersedes"), QJsonArray{QStringLiteral("JST-CR-01-01-2024R1")});
    QJsonArray items = root.value(QStringLiteral("items")).toArray();
    QJsonObject i03 = items.at(2).toObject();
    i03.insert(QStringLiteral("requirement"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("認証値を変更できる。")},
                                                          {QStringLiteral("en"), QStringLiteral("Authentication values can be changed.")}});
    // IPA's own wording this time: the official identity of the item changes.
    QJsonObject provenance = i03.value(QStringLiteral("provenance")).toObject();
    provenance.insert(QStringLiteral("requirement"), QJsonObject{{QStringLiteral("document"), QStringLiteral("A")},
                                                                 {QStringLiteral("section"), QStringLiteral("S1.1-03")},
                                                                 {QStringLiteral("confidence"), QStringLiteral("official")}});
    i03.insert(QStringLiteral("provenance"), provenance);
    items[2] = i03;
    QJsonObject i08 = items.at(7).toObject();
    i08.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("document"), QStringLiteral("device-test")});
    items[7] = i08;
    QJsonObject i09 = items.at(8).toObject(); // a title is Hoshi's text: reworded, answers kept
    i09.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("方針")}, {QStringLiteral("en"), QStringLiteral("Policy")}});
    items[8] = i09;
    QJsonObject added = items.at(15).toObject();
    added.insert(QStringLiteral("id"), QStringLiteral("S1.1-17"));
    added.remove(QStringLiteral("evaluationPoints"));
    items.append(added);
    root.insert(QStringLiteral("items"), items);
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0;
}

} // namespace hoshi::testsupport
