// SPDX-License-Identifier: Apache-2.0
#include "screenshot_cra.h"

#include "cra/crarecord.h"
#include "cra/crareadinesspage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <cstdio>

namespace hoshi {

namespace CraScreenshots {

bool isCraPage(const QString &page)
{
    return page == QLatin1String("cra-readiness") || page == QLatin1String("cra-fields");
}

bool prepare(MainWindow *window, const QString &page)
{
    Session *session = window->session();
    const QList<Declaration> declarations = session->workspace()->declarations();
    if (declarations.isEmpty())
        return false;
    const qint64 id = declarations.first().id; // the demo's complete ★1 declaration
    window->showDeclaration(id);
    // Some of what the CRA adds is recorded, some is still open.
    CraRecord record;
    record.declarationId = id;
    record.sbomReference = QStringLiteral("sbom/hoshi-cam-2.1.0.cdx.json (CycloneDX 1.5)");
    record.supportPeriodEnd = QDate(2032, 12, 31);
    record.supportPeriodJustification = QStringLiteral("Expected time of use of home cameras: 5 years after the last sale.");
    record.cvdPolicyUrl = QStringLiteral("https://example.com/security/cvd");
    record.singlePointOfContact = QStringLiteral("security@example.com");
    record.conformityModule = QStringLiteral("A");
    QString error;
    if (!session->workspace()->setCraRecord(record, -1, &error)) {
        std::fprintf(stderr, "hoshi: CRA screenshot: %s\n", qPrintable(error));
        return false;
    }
    session->refresh();
    window->showCraReadiness();
    CraReadinessPage *cra = window->craReadinessPage();
    cra->reload();
    if (page == QLatin1String("cra-fields")) {
        cra->showTab(CraReadinessPage::Tab::Fields);
        return true;
    }
    cra->showTab(CraReadinessPage::Tab::Requirements);
    return cra->selectRequirement(QStringLiteral("i2d"));
}

} // namespace CraScreenshots

} // namespace hoshi
