// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace hoshi::cli {

// hoshi-cli markets: the label's recognition in other markets, the mappings, the UK record.
int runMarkets(const QStringList &args);

} // namespace hoshi::cli
