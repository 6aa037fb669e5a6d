// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "captureresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hoshi {

// Parsers for tool output. The files are untrusted: they come from a test rig, a colleague or
// a device vendor's lab. Each parser is strict (wrong types, truncated documents, a port
// outside 1-65535, DTDs with an internal subset or entities are refused with a translated
// reason) and bounded (file size, nesting depth, element count).
class CaptureParser
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CaptureParser)

public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    static constexpr int MaxElements = 2'000'000;
    static constexpr int MaxFindings = 100'000;

    // Which tool wrote this content, from the content alone; nullopt when none fits.
    [[nodiscard]] static std::optional<CaptureTool> detectTool(const QByteArray &data);
    // Parses data written by tool into *out. False with *error (translated) on anything refused.
    [[nodiscard]] static bool parse(CaptureTool tool, const QByteArray &data, CaptureResult *out, QString *error);
    // Reads a file, refusing one over MaxFileSize before reading it.
    [[nodiscard]] static bool readFile(const QString &path, QByteArray *data, QString *error);
};

[[nodiscard]] inline std::optional<CaptureTool> detectTool(const QByteArray &data)
{
    return CaptureParser::detectTool(data);
}
[[nodiscard]] inline bool parseCapture(CaptureTool tool, const QByteArray &data, CaptureResult *out, QString *error)
{
    return CaptureParser::parse(tool, data, out, error);
}

} // namespace hoshi
