// SPDX-License-Identifier: Apache-2.0
// Criteria files come from users and other organisations: the loader (JSON parse, duplicate-key
// scan, schema validation, item rules) must refuse anything malformed without crashing.
#include "criteria/criterialoader.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hoshi::fuzz::ensureApplication();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const hoshi::CriteriaLoadResult result = hoshi::CriteriaLoader::loadData(json, QStringLiteral("fuzz"));
    if (result.set && !result.problems.isEmpty())
        __builtin_trap(); // a set is only returned without problems
    return 0;
}
