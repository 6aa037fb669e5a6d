#pragma once

#include "localizedtext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi {

// How an item's conformance is shown. Stored in criteria files as "document", "device-test", ...
enum class Method { Document, DeviceTest, Sbom, PenetrationTest };

enum class ItemScope { Product, Vendor };
enum class AssessmentKind { SelfDeclaration, ThirdParty };

[[nodiscard]] QString methodKey(Method method);
[[nodiscard]] std::optional<Method> methodFromKey(const QString &key);
// The short badge shown in checklists: "D", "T", "SBOM", "PT".
[[nodiscard]] QString methodBadge(Method method);
// "D+T" style badge for a list of methods.
[[nodiscard]] QString methodsBadge(const QList<Method> &methods);

struct CriteriaItem {
    QString id; // e.g. "S1.1-04"
    LocalizedText area;
    ItemScope scope = ItemScope::Product;
    LocalizedText title;
    LocalizedText requirement;
    QList<Method> methods;
    bool notApplicableAllowed = false;
    LocalizedText notApplicableCondition;
    QStringList etsiMappings;
    QStringList pstiMappings;
    QStringList star1Mappings;
    bool pstiExempt = false;
    LocalizedText guidance;
    // SHA-256 over the normalised requirement, methods and N/A rule: equal hashes across
    // versions mean an answer can be carried over unchanged.
    QString contentHash;

    [[nodiscard]] bool hasMethod(Method method) const { return methods.contains(method); }
};

struct CriteriaSet {
    QString id; // official id, e.g. "JST-CR-01-01-2024R1"
    QString scheme;
    int level = 0;
    QString version;
    QString published;
    QString status;
    LocalizedText title;
    LocalizedText productCategory;
    AssessmentKind assessment = AssessmentKind::SelfDeclaration;
    QStringList supersedes;
    QString source;
    LocalizedText notes;
    QList<CriteriaItem> items;
    // The file as loaded, kept so a workspace can store an exact copy of the set it uses.
    QByteArray json;
    QString origin; // ":/criteria/..." for built-in sets, a path or "workspace" otherwise

    [[nodiscard]] const CriteriaItem *item(const QString &itemId) const;
    [[nodiscard]] int indexOf(const QString &itemId) const;
};

} // namespace hoshi
