// SPDX-License-Identifier: Apache-2.0
#include "review.h"

#include <QCoreApplication>

#include <utility>

namespace hoshi {

namespace {

const std::pair<ReviewState, const char *> reviewStates[] = {{ReviewState::Draft, "draft"},
                                                              {ReviewState::InReview, "in-review"},
                                                              {ReviewState::ChangesRequested, "changes-requested"},
                                                              {ReviewState::Approved, "approved"}};

// Same context as the other model names (model.cpp), so translators find them together.
struct Model {
    Q_DECLARE_TR_FUNCTIONS(hoshi::Model)
};

} // namespace

QString reviewStateKey(ReviewState state)
{
    for (const auto &[value, key] : reviewStates) {
        if (value == state)
            return QLatin1String(key);
    }
    return {};
}

std::optional<ReviewState> reviewStateFromKey(const QString &key)
{
    for (const auto &[value, text] : reviewStates) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return Model::tr("Draft");
    case ReviewState::InReview:
        return Model::tr("In review");
    case ReviewState::ChangesRequested:
        return Model::tr("Changes requested");
    case ReviewState::Approved:
        return Model::tr("Approved");
    }
    return {};
}

} // namespace hoshi
