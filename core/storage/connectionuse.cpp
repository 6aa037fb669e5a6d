// SPDX-License-Identifier: Apache-2.0
#include "connectionuse.h"

#include <atomic>

namespace hoshi::storage {

namespace {
std::atomic<ConnectionUseObserver> s_observer{nullptr};
}

void setConnectionUseObserver(ConnectionUseObserver observer)
{
    s_observer.store(observer);
}

void noteConnectionUse()
{
    if (const ConnectionUseObserver observer = s_observer.load(std::memory_order_relaxed))
        observer();
}

} // namespace hoshi::storage
