// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hoshi {

// Rules for entry names inside archives Hoshi writes or reads. Everything is decided on path
// *components*, never on string prefixes: "data/../x" and "data2/x" must not be confused with
// anything under "data/" (KArchive compares prefixes as strings; we do not).
class ZipPath
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ZipPath)

public:
    // Maximum length of an entry name in UTF-8 bytes that the reader accepts.
    static constexpr int MaxNameBytes = 1024;

    // Empty when `name` is a safe, relative, normalised entry name; otherwise a translated
    // sentence saying what is wrong (absolute, leaves the folder, backslash, control character...).
    // A trailing '/' is accepted when `directory` is true.
    [[nodiscard]] static QString problemWith(const QString &name, bool directory = false);
    // The name's components split on '/' (the only separator ZIP allows).
    [[nodiscard]] static QStringList components(const QString &name);
    // Two names clash when they are equal after Unicode NFC normalisation and case folding:
    // they would overwrite each other on macOS and Windows, and an auditor could be shown one
    // file while the tools check the other.
    [[nodiscard]] static QString clashKey(const QString &name);
};

} // namespace hoshi
