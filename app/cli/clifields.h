// SPDX-License-Identifier: Apache-2.0
#pragma once

// The text fields of organisations, products and evidence as command-line options, shared by
// add, set and show (so what `show` prints is what `set` takes). Descriptions are marked for
// translation here and translated when the options are added.
#include "cliutil.h"

#include "domain/model.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace hoshi::cli {

template <typename T>
struct FieldOption {
    const char *name;
    const char *description;
    QString T::*member;
};

// "firmware-version" → "firmwareVersion": the JSON key of an option.
[[nodiscard]] QString jsonKey(const char *optionName);

template <typename T, size_t N>
void addFieldOptions(QCommandLineParser &parser, const FieldOption<T> (&options)[N])
{
    for (const FieldOption<T> &o : options)
        parser.addOption({QLatin1String(o.name), Cli::tr(o.description), QStringLiteral("TEXT")});
}

// Copies the options that were given into target; the others keep what target holds.
template <typename T, size_t N>
void readFieldOptions(const QCommandLineParser &parser, const FieldOption<T> (&options)[N], T &target)
{
    for (const FieldOption<T> &o : options) {
        if (parser.isSet(QLatin1String(o.name)))
            target.*o.member = parser.value(QLatin1String(o.name));
    }
}

template <typename T, size_t N>
void addFieldsToJson(QJsonObject &json, const FieldOption<T> (&options)[N], const T &source)
{
    for (const FieldOption<T> &o : options)
        json.insert(jsonKey(o.name), source.*o.member);
}

inline constexpr FieldOption<Organisation> organisationOptions[] = {
    {"name", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Organisation name as registered."), &Organisation::name},
    {"name-en", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Organisation name in English."), &Organisation::nameEn},
    {"corporate-number", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Corporate number (13 digits)."), &Organisation::corporateNumber},
    {"address", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Address."), &Organisation::address},
    {"contact-name", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Contact person."), &Organisation::contactName},
    {"contact-email", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Contact e-mail address."), &Organisation::contactEmail},
    {"website", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Website URL."), &Organisation::website},
};

inline constexpr FieldOption<Product> productOptions[] = {
    {"name", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Product name."), &Product::name},
    {"category", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Product category (製品類型)."), &Product::category},
    {"firmware", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Name of the supported firmware."), &Product::firmwareName},
    {"firmware-version", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Conforming firmware version."), &Product::firmwareVersion},
    {"firmware-image-sha256", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "SHA-256 of the current firmware image file."),
     &Product::firmwareImageSha256},
    {"version-notice", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Notice about versions."), &Product::versionNotice},
    {"summary", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Product summary."), &Product::summary},
    {"web-page", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Product web page URL."), &Product::webPage},
    {"configuration-diagram", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Reference to the configuration diagram."),
     &Product::configurationDiagram},
    {"product-contact", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Product inquiry contact."), &Product::productContact},
    {"vulnerability-contact", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Vulnerability/defect reporting contact."),
     &Product::vulnerabilityContact},
    {"vdp-url", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Vulnerability disclosure policy URL."), &Product::vdpUrl},
    {"conformity-number", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Technical conformity certification number (技適)."),
     &Product::technicalConformityNumber},
    {"other-certifications", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Other certification numbers."), &Product::otherCertifications},
    {"other-security-info", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Other security information."), &Product::otherSecurityInfo},
};

inline constexpr FieldOption<Evidence> evidenceOptions[] = {
    {"title", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Document title."), &Evidence::title},
    {"doc-number", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Document number and/or version."), &Evidence::documentNumber},
    {"page", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Page(s)."), &Evidence::pages},
    {"chapter", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Chapter/section."), &Evidence::chapter},
    {"url", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "URL."), &Evidence::url},
    {"excerpt", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Excerpt stating the basis."), &Evidence::excerpt},
    {"procedure", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Test procedure."), &Evidence::procedure},
    {"summary", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Test result summary."), &Evidence::summary},
    {"tester", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Who ran the test."), &Evidence::tester},
    {"firmware-version", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Firmware version tested."), &Evidence::firmwareVersion},
    {"environment", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Test environment."), &Evidence::environment},
};

// JSON of a whole record, keys as in jsonKey(); dates as YYYY-MM-DD.
[[nodiscard]] QJsonObject organisationJson(const Organisation &o);
[[nodiscard]] QJsonObject productJson(const Product &p);
[[nodiscard]] QJsonObject declarationJson(const Declaration &d);
[[nodiscard]] QJsonObject evidenceJson(const Evidence &e);
[[nodiscard]] QJsonObject fileJson(const EvidenceFile &f);
// Prints a JSON object as "key: value" lines (arrays joined by ", "), in the object's key order.
void printFields(const QJsonObject &json, const QStringList &order);

} // namespace hoshi::cli
