// SPDX-License-Identifier: Apache-2.0
// data/declaration.json is read from archives in auditor mode: any bytes parse or are refused.
#include "export/declarationjson.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hoshi::fuzz::ensureApplication();
    QString error;
    const auto declaration = hoshi::DeclarationJson::fromBytes(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!declaration && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
