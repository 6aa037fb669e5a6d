// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace hoshi {

// A text given in Japanese (the authoritative language of JC-STAR) and English.
struct LocalizedText {
    QString ja;
    QString en;

    // The text in the UI language ("ja" or "en"); falls back to the other when one is empty.
    [[nodiscard]] QString in(const QString &language) const
    {
        const QString &preferred = language.startsWith(QLatin1String("ja")) ? ja : en;
        return preferred.isEmpty() ? (ja.isEmpty() ? en : ja) : preferred;
    }
    [[nodiscard]] bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    [[nodiscard]] static LocalizedText fromJson(const QJsonObject &object)
    {
        return {object.value(QLatin1String("ja")).toString(), object.value(QLatin1String("en")).toString()};
    }
    [[nodiscard]] QJsonObject toJson() const
    {
        return {{QLatin1String("ja"), ja}, {QLatin1String("en"), en}};
    }
    bool operator==(const LocalizedText &) const = default;
};

} // namespace hoshi
