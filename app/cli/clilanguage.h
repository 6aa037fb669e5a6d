// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace hoshi::cli {

// Picks "ja" or "en" for hoshi-cli: `--lang` wins; then the locale of the environment as
// gettext reads it (LC_ALL, LC_MESSAGES, LANG; LANGUAGE's first entry refines a non-C locale);
// a C/POSIX or missing locale falls back to HOSHI_LANG, then English.
[[nodiscard]] QString chooseLanguage(const QString &requested);

// Takes `--lang X` / `--lang=X` out of the arguments wherever it appears; returns X (empty when
// absent). *error is set when the value is missing or not ja/en.
[[nodiscard]] QString takeLanguageOption(QStringList *args, QString *error);

// Installs the compiled catalogue (embedded under :/i18n) and Qt's own strings (the help
// texts of QCommandLineParser) for the language, and sets the language of criteria texts and
// documents (uiLanguage()).
void applyLanguage(const QString &language);

} // namespace hoshi::cli
