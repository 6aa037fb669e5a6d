// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi {

// The tools whose machine-readable output Hoshi turns into device-test evidence.
enum class CaptureTool { Nmap, Testssl, SshAudit, CycloneDx };

// Stable key as stored in Evidence::tool and used on the command line: "nmap", "testssl",
// "ssh-audit", "cyclonedx".
[[nodiscard]] QString captureToolKey(CaptureTool tool);
[[nodiscard]] std::optional<CaptureTool> captureToolFromKey(const QString &key);
// The tool's own name for people ("nmap", "testssl.sh", "ssh-audit", "CycloneDX SBOM").
[[nodiscard]] QString captureToolName(CaptureTool tool);
[[nodiscard]] QList<CaptureTool> allCaptureTools();

// One thing a tool reported. A parser never sets a verdict: contradictsConformity only says
// that this finding, left unanswered, disagrees with an item declared conforming.
struct CaptureFinding {
    QString key;      // stable within a tool: "tls1_0", "port-23/tcp", "CVE-2024-1234", "kex:diffie-hellman-group1-sha1"
    QString severity; // "info", "low", "medium", "high" or "critical"
    QString text;     // English, one line
    QString textJa;   // Japanese, one line
    bool contradictsConformity = false;
};

// One port of an nmap scan.
struct CapturePort {
    int port = 0;
    QString protocol; // "tcp", "udp", "sctp"
    QString state;    // "open", "closed", "filtered", "open|filtered", ...
    QString service;  // nmap's service name ("ssh", "http")
    QString product;
    QString version;
};

// One component of a CycloneDX SBOM.
struct CaptureComponent {
    QString name;
    QString version;
    QString purl;
};

// What a parser read from one output file. Nothing here comes from the workspace.
struct CaptureResult {
    CaptureTool tool = CaptureTool::Nmap;
    QString toolVersion;
    QString target;          // host (and port) the tool ran against; for an SBOM the component it describes
    QDateTime scannedAt;     // when the tool ran (UTC), invalid when the output does not say
    QString commandLine;     // as the output records it ("" when it does not)
    QStringList arguments;   // the options the tool was run with, without the target
    QList<CaptureFinding> findings;
    QList<CapturePort> ports;           // nmap
    QList<CaptureComponent> components; // CycloneDX
    QString summaryEn;
    QString summaryJa;
    QStringList suggestedItems; // items this kind of output usually backs ("S1.1-13")

    [[nodiscard]] int contradictingCount() const;
    // The findings as stored in Evidence::captureFindings (and the .findings.json file).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray findingsJson() const;
};

// Reads Evidence::captureFindings back (tolerant: what Hoshi itself wrote).
[[nodiscard]] QList<CaptureFinding> findingsFromJson(const QString &captureFindings);
// Evidence::findingNotes as a map finding key -> note (empty notes dropped).
[[nodiscard]] QJsonObject findingNotesObject(const QString &findingNotes);

} // namespace hoshi
