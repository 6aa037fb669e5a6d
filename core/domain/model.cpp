// SPDX-License-Identifier: Apache-2.0
#include "model.h"
#include "util/displaydate.h"

#include <QCoreApplication>

namespace hoshi {

namespace {

template <typename Enum, size_t N>
QString keyOf(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QLatin1String(key);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const QString &key, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

const std::pair<Verdict, const char *> verdicts[] = {{Verdict::NotAssessed, "not-assessed"},
                                                      {Verdict::Conforming, "conforming"},
                                                      {Verdict::NotApplicable, "not-applicable"},
                                                      {Verdict::NonConforming, "non-conforming"}};
const std::pair<Route, const char *> routes[] = {{Route::Standard, "standard"}, {Route::Psti, "psti"}};
const std::pair<DeclarationState, const char *> states[] = {{DeclarationState::Draft, "draft"},
                                                             {DeclarationState::Ready, "ready"},
                                                             {DeclarationState::Exported, "exported"}};
const std::pair<LabelStatus, const char *> labelStatuses[] = {
    {LabelStatus::None, "none"},           {LabelStatus::Active, "active"},
    {LabelStatus::ExtensionInProgress, "extension-in-progress"},
    {LabelStatus::Expired, "expired"},     {LabelStatus::Withdrawn, "withdrawn"},
    {LabelStatus::Revoked, "revoked"}};
const std::pair<EvidenceKind, const char *> evidenceKinds[] = {{EvidenceKind::DocumentReview, "document"},
                                                                {EvidenceKind::DeviceTest, "device-test"}};

// Gives lupdate and QCoreApplication the same context for the names below.
struct Model {
    Q_DECLARE_TR_FUNCTIONS(hoshi::Model)
};

} // namespace

QString verdictKey(Verdict v) { return keyOf(v, verdicts); }
std::optional<Verdict> verdictFromKey(const QString &key) { return fromKey(key, verdicts); }
QString routeKey(Route r) { return keyOf(r, routes); }
std::optional<Route> routeFromKey(const QString &key) { return fromKey(key, routes); }
QString stateKey(DeclarationState s) { return keyOf(s, states); }
DeclarationState stateFromKey(const QString &key) { return fromKey(key, states).value_or(DeclarationState::Draft); }
QString labelStatusKey(LabelStatus s) { return keyOf(s, labelStatuses); }
LabelStatus labelStatusFromKey(const QString &key) { return fromKey(key, labelStatuses).value_or(LabelStatus::None); }
QString evidenceKindKey(EvidenceKind k) { return keyOf(k, evidenceKinds); }
std::optional<EvidenceKind> evidenceKindFromKey(const QString &key) { return fromKey(key, evidenceKinds); }

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::NotAssessed:
        return Model::tr("Not assessed");
    case Verdict::Conforming:
        return Model::tr("Conforming");
    case Verdict::NotApplicable:
        return Model::tr("Not applicable");
    case Verdict::NonConforming:
        return Model::tr("Non-conforming");
    }
    return {};
}

QString routeName(Route r)
{
    return r == Route::Psti ? Model::tr("UK PSTI mutual recognition") : Model::tr("Standard");
}

QString labelStatusName(LabelStatus s)
{
    switch (s) {
    case LabelStatus::None:
        return Model::tr("No label yet");
    case LabelStatus::Active:
        return Model::tr("Active");
    case LabelStatus::ExtensionInProgress:
        return Model::tr("Extension in progress");
    case LabelStatus::Expired:
        return Model::tr("Expired");
    case LabelStatus::Withdrawn:
        return Model::tr("Withdrawn");
    case LabelStatus::Revoked:
        return Model::tr("Revoked");
    }
    return {};
}

QString evidenceKindName(EvidenceKind k)
{
    return k == EvidenceKind::DeviceTest ? Model::tr("Device test") : Model::tr("Document review");
}

QString Evidence::reference() const
{
    QStringList parts;
    if (kind == EvidenceKind::DocumentReview) {
        // Blank fields add nothing (a chapter of " " once showed a lone "§").
        parts << title.trimmed();
        if (!documentNumber.trimmed().isEmpty())
            parts << documentNumber.trimmed();
        if (!pages.trimmed().isEmpty())
            parts << Model::tr("p. %1").arg(pages.trimmed());
        if (!chapter.trimmed().isEmpty())
            parts << Model::tr("§%1").arg(chapter.trimmed());
        if (!url.trimmed().isEmpty())
            parts << url.trimmed();
    } else {
        parts << (summary.isEmpty() ? title : summary);
        if (testedOn.isValid())
            parts << DisplayDate::date(testedOn);
        if (!firmwareVersion.isEmpty())
            parts << Model::tr("firmware %1").arg(firmwareVersion);
    }
    parts.removeAll(QString());
    return parts.join(QLatin1String(", "));
}

} // namespace hoshi
