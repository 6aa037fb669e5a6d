// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi {

// Fallible operations return bool (or an id, or an optional) and explain a failure through an
// optional `QString *error`: every write goes through here, so a caller may pass nullptr.
inline void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace hoshi
