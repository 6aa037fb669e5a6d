// SPDX-License-Identifier: Apache-2.0
// Evidence archives come from vendors: the safe ZIP reader and the BagIt verifier must end every
// input as intact, not intact or unreadable, never crash, and extract nothing.
#include "verify/archiveverifier.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hoshi::fuzz::ensureApplication();
    const QString path = hoshi::fuzz::scratchFile(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                                  QStringLiteral("input.zip"));
    hoshi::ArchiveVerifier::Options options;
    // Small limits keep each run fast; the limit checks themselves are under test too.
    options.limits.maxEntries = 2000;
    options.limits.maxEntryBytes = qint64(64) << 20;
    options.limits.maxTotalBytes = qint64(256) << 20;
    const hoshi::VerificationResult r = hoshi::ArchiveVerifier::verify(path, options);
    if (r.status == hoshi::VerificationResult::Status::Unreadable && r.error.isEmpty())
        __builtin_trap(); // unreadable always says why
    (void)r.toJson();
    return 0;
}
