#pragma once

#include "domain/snapshot.h"

#include <QString>

namespace hoshi {

// The fingerprint an approval keeps: what "the approved content" means for review.
// BASELINE SEAM: this delegates to DeclarationFingerprint (core/baseline) once that is merged;
// until then it hashes the same content fields itself.
class ReviewFingerprint
{
public:
    [[nodiscard]] static QString of(const DeclarationSnapshot &snapshot);
};

} // namespace hoshi
