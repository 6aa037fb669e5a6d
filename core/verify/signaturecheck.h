// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hoshi {

// What a detached CMS signature says about its content and its signer.
struct SignatureInfo {
    enum class State { Absent, Valid, Invalid };
    State state = State::Absent;
    QString signer;      // subject of the signing certificate (RFC 2253)
    QString issuer;
    QString fingerprint; // SHA-256 of the signing certificate
    QString keyType;     // e.g. "EC P-256"
    bool selfSigned = false;
    // The certificate chains to a CA of the system trust store. A self-signed certificate never
    // does: its fingerprint has to be compared with one the vendor published.
    bool chainTrusted = false;
    QDateTime signingTime; // from the signed attributes, UTC
    QDateTime notBefore, notAfter;
    QString problem; // why the signature is invalid (translated)
    QString note;    // remarks on a valid signature (expired certificate, ...)
};

class SignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::SignatureCheck)

public:
    // Checks that `signature` (DER CMS SignedData, detached) was made over `content` by the key
    // of the certificate it embeds. Trust in that certificate is reported, not required.
    [[nodiscard]] static SignatureInfo verify(const QByteArray &signature, const QByteArray &content);
};

} // namespace hoshi
