// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

// hoshi-cli form attach|show|export|remove (cmd_formattach.cpp); `form detect` and the verb
// dispatch are in cmd_form.cpp.
namespace hoshi::cli {

// form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]
// form show WS --declaration ID [--json] | form export WS --declaration ID --out PROFILE.json
// form remove WS --declaration ID
[[nodiscard]] bool isAttachedFormVerb(const QString &verb);
[[nodiscard]] int runAttachedForm(const QString &verb, const QStringList &args);

} // namespace hoshi::cli
