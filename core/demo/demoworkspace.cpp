// SPDX-License-Identifier: Apache-2.0
#include "demoworkspace.h"

#include "demofiles.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace hoshi {

namespace {

// IPA's ids; new declarations get the newest data revision of Hoshi's file for each (evaluation
// points, provenance); see docs/decisions.md.
constexpr char Star1[] = "JST-CR-01-01-2024R1";
constexpr char Star3Comm[] = "JST-CR-03-COMM-DRAFT";

// Writes the demo step by step; the first failure stops it and keeps its message.
class Recipe
{
public:
    Recipe(Workspace &ws, QString *error) : m_ws(ws), m_error(error) {}

    bool ok() const { return m_ok; }

    qint64 check(qint64 id)
    {
        if (id < 0)
            m_ok = false;
        return id;
    }
    void check(bool result)
    {
        if (!result)
            m_ok = false;
    }

    void verdict(qint64 decl, const QString &item, Verdict v, const QString &justification = {},
                 const QString &notes = {})
    {
        if (m_ok)
            check(m_ws.setAssessment(decl, item, v, justification, notes, m_error));
    }

    qint64 document(qint64 decl, const QStringList &items, const QString &title, const QString &number,
                    const QString &pages, const QString &chapter, const QString &url = {}, const QString &excerpt = {})
    {
        if (!m_ok)
            return -1;
        Evidence e;
        e.kind = EvidenceKind::DocumentReview;
        e.title = title;
        e.documentNumber = number;
        e.pages = pages;
        e.chapter = chapter;
        e.url = url;
        e.excerpt = excerpt;
        return check(m_ws.addEvidence(decl, items, e, m_error));
    }

    qint64 test(qint64 decl, const QStringList &items, const QString &procedure, const QString &summary,
                const QDate &date, const QString &firmware, const QString &environment)
    {
        if (!m_ok)
            return -1;
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        e.procedure = procedure;
        e.summary = summary;
        e.testedOn = date;
        e.tester = QStringLiteral("山田 花子 (Hanako Yamada)");
        e.firmwareVersion = firmware;
        e.environment = environment;
        return check(m_ws.addEvidence(decl, items, e, m_error));
    }

    // Evidence linked to some of the points of an item whose points are all required.
    void pointLinks(qint64 decl, const QString &item, const QStringList &pointIds, qint64 evidenceId)
    {
        if (m_ok)
            check(m_ws.setEvidencePoints(evidenceId, decl, item, pointIds, m_error));
    }

    // Evaluation points: the alternatives relied on, and the evidence linked to them.
    void points(qint64 decl, const QString &item, const QStringList &chosen, qint64 evidenceId)
    {
        for (const QString &point : chosen) {
            if (m_ok)
                check(m_ws.setPointChosen(decl, item, point, true, m_error));
        }
        if (m_ok && evidenceId > 0)
            check(m_ws.setEvidencePoints(evidenceId, decl, item, chosen, m_error));
    }

    void attach(qint64 evidenceId, const QString &name, const QByteArray &data)
    {
        if (m_ok)
            check(m_ws.attachData(evidenceId, name, data, m_error));
    }

private:
    Workspace &m_ws;
    QString *m_error;
    bool m_ok = true;
};

QByteArray manualPdf(const QString &model)
{
    return demofiles::pdf(
        QStringLiteral("%1 User Manual (%2)").arg(model, model == QLatin1String("SR-200") ? QStringLiteral("SR200-UM v1.3") : QStringLiteral("SC10-UM v0.9")),
        {{QStringLiteral("1 Introduction"), QStringLiteral("This manual explains the safe set-up and use of the product."),
          QStringLiteral("Read chapter 3 before connecting the product to the internet.")},
         {QStringLiteral("3 Security"), QStringLiteral("3.1 Administrator login: every unit ships with its own password."),
          QStringLiteral("3.2 Changing the password: Settings > Administration > Password."),
          QStringLiteral("3.3 Login protection: after 5 failed logins the login is locked for 10 minutes.")},
         {QStringLiteral("4 Software updates"), QStringLiteral("4.1 Checking the version: Status > Firmware shows the version."),
          QStringLiteral("4.2 Updating: Settings > Update > Check now. Updates are signed (ECDSA P-256)."),
          QStringLiteral("4.3 Automatic updates are on by default.")},
         {QStringLiteral("5 Data protection and disposal"),
          QStringLiteral("5.1 Keys and passwords are stored in the secure element."),
          QStringLiteral("5.2 All management traffic uses TLS 1.2 or later."),
          QStringLiteral("5.3 Factory reset: hold RESET for 10 seconds to erase all settings and keys."),
          QStringLiteral("5.4 Unused services (Telnet, UPnP, USB debug) are disabled in production builds.")}});
}

void writeVendorAnswers(Recipe &r, qint64 decl)
{
    const QString policy = QStringLiteral("さくらデバイス 脆弱性開示ポリシー / Vulnerability Disclosure Policy");
    const qint64 vdp = r.document(decl, {QStringLiteral("S1.1-05")}, policy, QStringLiteral("SEC-POL-001 第2版"),
                                  QString(), QStringLiteral("2, 4"), QStringLiteral("https://sakura-devices.example/security/vdp"),
                                  QStringLiteral("報告受付から5営業日以内に受領を通知し、30日ごとに状況を連絡します。"));
    r.attach(vdp, QStringLiteral("脆弱性開示ポリシー.pdf"),
             demofiles::pdf(QStringLiteral("Vulnerability Disclosure Policy SEC-POL-001 v2"),
                            {{QStringLiteral("2 How to report: security@sakura-devices.example"),
                              QStringLiteral("4 Timelines: acknowledgement within 5 business days, updates every 30 days.")}}));
    r.verdict(decl, QStringLiteral("S1.1-05"), Verdict::Conforming);
    r.document(decl, {QStringLiteral("S1.1-09")}, QStringLiteral("セキュリティアップデート方針 / Security update policy"),
               QStringLiteral("SEC-POL-002 第1版"), QString(), QStringLiteral("3"),
               QStringLiteral("https://sakura-devices.example/security/updates"));
    r.verdict(decl, QStringLiteral("S1.1-09"), Verdict::Conforming);
    r.document(decl, {QStringLiteral("S1.1-16")}, QStringLiteral("製品サポート情報ページ / Product support page"),
               QString(), QString(), QString(), QStringLiteral("https://sakura-devices.example/support"));
    r.verdict(decl, QStringLiteral("S1.1-16"), Verdict::Conforming);
}

void writeCompleteDeclaration(Recipe &r, qint64 decl)
{
    const QString manual = QStringLiteral("SR-200 取扱説明書 / User Manual");
    const QString number = QStringLiteral("SR200-UM v1.3");
    const QByteArray pdf = manualPdf(QStringLiteral("SR-200"));
    auto documentItem = [&](const QString &item, const QString &pages, const QString &chapter) {
        const qint64 id = r.document(decl, {item}, manual, number, pages, chapter);
        r.attach(id, QStringLiteral("SR-200_取扱説明書.pdf"), pdf); // stored once, whatever the count
        r.verdict(decl, item, Verdict::Conforming);
        return id;
    };
    documentItem(QStringLiteral("S1.1-01"), QStringLiteral("2"), QStringLiteral("3.1"));
    documentItem(QStringLiteral("S1.1-02"), QStringLiteral("2"), QStringLiteral("3.1"));
    documentItem(QStringLiteral("S1.1-03"), QStringLiteral("2"), QStringLiteral("3.2"));
    // The router updates from its web UI and automatically; the manual explains both.
    r.points(decl, QStringLiteral("S1.1-07"), {QStringLiteral("S1.1-07-b"), QStringLiteral("S1.1-07-d")},
             documentItem(QStringLiteral("S1.1-07"), QStringLiteral("3"), QStringLiteral("4.2")));
    documentItem(QStringLiteral("S1.1-08"), QStringLiteral("3"), QStringLiteral("4.2"));
    documentItem(QStringLiteral("S1.1-11"), QStringLiteral("4"), QStringLiteral("5.1"));
    documentItem(QStringLiteral("S1.1-12"), QStringLiteral("4"), QStringLiteral("5.2"));
    const qint64 interfacesDocument = documentItem(QStringLiteral("S1.1-13"), QStringLiteral("4"), QStringLiteral("5.4"));
    r.pointLinks(decl, QStringLiteral("S1.1-13"), {QStringLiteral("S1.1-13-1")}, interfacesDocument);
    documentItem(QStringLiteral("S1.1-15"), QStringLiteral("4"), QStringLiteral("5.3"));

    const QString fw = QStringLiteral("1.4.2");
    const QString lab = QStringLiteral("社内検証ラボ / in-house lab, LAN 192.0.2.0/24");
    auto testItem = [&](const QString &item, const QString &procedure, const QString &summary, int day,
                        const QStringList &logLines, bool withScreenshot) {
        const qint64 id = r.test(decl, {item}, procedure, summary, QDate(2026, 10, day), fw, lab);
        r.attach(id, QStringLiteral("%1_test.log").arg(item), demofiles::log(item + QStringLiteral(" device test"), logLines));
        if (withScreenshot)
            r.attach(id, QStringLiteral("%1_画面.png").arg(item), demofiles::screenshot(day));
        r.verdict(decl, item, Verdict::Conforming);
        return id;
    };
    testItem(QStringLiteral("S1.1-04"), QStringLiteral("管理画面に誤ったパスワードで6回ログインを試行"),
             QStringLiteral("5回失敗後にログインが10分間ロックされることを確認 / locked for 10 min after 5 failures"), 6,
             {QStringLiteral("10:02:11 login admin: failed (1)"), QStringLiteral("10:02:19 login admin: failed (5)"),
              QStringLiteral("10:02:23 login admin: rejected, locked until 10:12:19")}, true);
    testItem(QStringLiteral("S1.1-06"), QStringLiteral("更新サーバから 1.4.1 → 1.4.2 へ更新し、状態画面でバージョンを確認"),
             QStringLiteral("更新が適用され、状態画面に 1.4.2 と最新である旨が表示された"), 7,
             {QStringLiteral("update check: 1.4.2 available"), QStringLiteral("signature: OK (ECDSA P-256)"),
              QStringLiteral("installed 1.4.2, reboot OK; status page: up to date")}, true);
    const qint64 modelTest = testItem(QStringLiteral("S1.1-10"), QStringLiteral("本体ラベルと管理画面で型番を確認"),
                                      QStringLiteral("本体底面ラベルと状態画面の両方に SR-200 と表示"), 7,
                                      {QStringLiteral("label: SR-200 / SR-200-W"), QStringLiteral("web UI status: Model SR-200")}, false);
    r.points(decl, QStringLiteral("S1.1-10"), {QStringLiteral("S1.1-10-a"), QStringLiteral("S1.1-10-b")}, modelTest);
    // One test run covers both required points of S1.1-13: the open interfaces and the scan.
    const qint64 scan = testItem(QStringLiteral("S1.1-13"), QStringLiteral("nmap -sS -sU -p- による全ポート走査、USB デバッグ端子の確認、脆弱性スキャン"),
             QStringLiteral("開いているのは 443/tcp と 53/udp のみ。デバッグ端子は無効。悪用可能な既知の脆弱性は検出されず"), 8,
             {QStringLiteral("PORT    STATE SERVICE"), QStringLiteral("53/udp  open  domain"),
              QStringLiteral("443/tcp open  https"), QStringLiteral("USB: no enumeration (debug disabled)"),
              QStringLiteral("vulnerability scan: 0 exploitable findings")}, false);
    r.pointLinks(decl, QStringLiteral("S1.1-13"), {QStringLiteral("S1.1-13-1"), QStringLiteral("S1.1-13-2")}, scan);
    testItem(QStringLiteral("S1.1-14"), QStringLiteral("設定変更後に電源断・WAN 切断を各10回実施"),
             QStringLiteral("全回で認証情報と設定が保持され、工場出荷状態に戻らなかった"), 9,
             {QStringLiteral("cycle 1..10: settings hash unchanged"), QStringLiteral("admin login with changed password: OK")}, false);
    testItem(QStringLiteral("S1.1-15"), QStringLiteral("工場出荷リセット後に設定・鍵・ログの残存を確認"),
             QStringLiteral("リセット後、利用者データ・設定・鍵が消去されたことを確認"), 9,
             {QStringLiteral("reset: RESET held 10 s"), QStringLiteral("config partition: empty"),
              QStringLiteral("keystore: no user keys")}, true);
}

void writeInProgressDeclaration(Recipe &r, qint64 decl)
{
    // A realistic half-way state: the gate must find several distinct problems here.
    const QString manual = QStringLiteral("SC-10 取扱説明書 / User Manual");
    const qint64 m = r.document(decl, {QStringLiteral("S1.1-01")}, manual, QStringLiteral("SC10-UM v0.9"),
                                QStringLiteral("2"), QStringLiteral("3.1"));
    r.attach(m, QStringLiteral("SC-10_取扱説明書.pdf"), manualPdf(QStringLiteral("SC-10")));
    r.verdict(decl, QStringLiteral("S1.1-01"), Verdict::Conforming);
    r.verdict(decl, QStringLiteral("S1.1-02"), Verdict::NotApplicable); // no justification yet
    r.document(decl, {QStringLiteral("S1.1-03")}, manual, QStringLiteral("SC10-UM v0.9"), QString(), QString());
    r.verdict(decl, QStringLiteral("S1.1-03"), Verdict::Conforming); // document location missing
    r.verdict(decl, QStringLiteral("S1.1-04"), Verdict::NonConforming, QString(),
              QStringLiteral("2.0.1 ではロックアウトが既定で無効。2.0.2 で修正予定 / lockout off by default in 2.0.1"));
    const qint64 t = r.test(decl, {QStringLiteral("S1.1-06")}, QStringLiteral("アプリから更新を実行"),
                            QStringLiteral("更新が適用され、アプリにバージョンが表示された"), QDate(2026, 10, 20),
                            QStringLiteral("2.0.0"), QStringLiteral("検証用 Wi-Fi"));
    r.attach(t, QStringLiteral("S1.1-06_update.log"),
             demofiles::log(QStringLiteral("SC-10 update test"), {QStringLiteral("1.9.8 -> 2.0.0 OK")}));
    r.verdict(decl, QStringLiteral("S1.1-06"), Verdict::Conforming); // tested on another firmware
    const qint64 d = r.document(decl, {QStringLiteral("S1.1-07")}, manual, QStringLiteral("SC10-UM v0.9"),
                                QStringLiteral("3"), QStringLiteral("4.2"));
    r.attach(d, QStringLiteral("SC-10_取扱説明書.pdf"), manualPdf(QStringLiteral("SC-10")));
    r.verdict(decl, QStringLiteral("S1.1-07"), Verdict::Conforming);
}

} // namespace

bool DemoWorkspace::write(Workspace &ws, DemoIds *ids, QString *error)
{
    Recipe r(ws, error);
    Organisation o;
    o.name = QStringLiteral("株式会社さくらデバイス");
    o.nameEn = QStringLiteral("Sakura Devices K.K. (fictional)");
    o.corporateNumber = QStringLiteral("9234567890123"); // a valid check digit
    o.address = QStringLiteral("東京都千代田区丸の内 0-0-0 (架空)");
    o.contactName = QStringLiteral("製品セキュリティ室 / Product Security Office");
    o.contactEmail = QStringLiteral("psirt@sakura-devices.example");
    o.website = QStringLiteral("https://sakura-devices.example/");
    const qint64 org = r.check(ws.addOrganisation(o, error));
    if (!r.ok())
        return false;

    Product router;
    router.organisationId = org;
    router.name = QStringLiteral("さくらホームルータ SR-200");
    router.modelNumbers = {QStringLiteral("SR-200"), QStringLiteral("SR-200-W")};
    router.category = QStringLiteral("ルータ (通信機器) / Router (communication equipment)");
    router.firmwareName = QStringLiteral("SR-Firmware");
    router.firmwareVersion = QStringLiteral("1.4.2");
    router.versionNotice = QStringLiteral("1.4.2 より古い場合は更新してください / update if older than 1.4.2");
    router.supportUntil = QDate(2030, 3, 31);
    router.summary = QStringLiteral("家庭向け Wi-Fi 6 ルータ / Wi-Fi 6 home router");
    router.webPage = QStringLiteral("https://sakura-devices.example/products/sr-200");
    router.productContact = QStringLiteral("support@sakura-devices.example");
    router.vulnerabilityContact = QStringLiteral("security@sakura-devices.example");
    router.vdpUrl = QStringLiteral("https://sakura-devices.example/security/vdp");
    router.technicalConformityNumber = QStringLiteral("003-000000 (架空)");
    const qint64 routerId = r.check(ws.addProduct(router, error));

    Product camera = router;
    camera.name = QStringLiteral("さくらネットカメラ SC-10");
    camera.modelNumbers = {QStringLiteral("SC-10")};
    camera.category = QStringLiteral("ネットワークカメラ / Network camera");
    camera.firmwareName = QStringLiteral("SC-Firmware");
    camera.firmwareVersion = QStringLiteral("2.0.1");
    camera.versionNotice.clear();
    camera.summary = QStringLiteral("屋内用見守りカメラ / Indoor monitoring camera");
    camera.webPage = QStringLiteral("https://sakura-devices.example/products/sc-10");
    camera.vulnerabilityContact.clear(); // the in-progress declaration must show a product problem
    camera.technicalConformityNumber.clear();
    const qint64 cameraId = r.check(ws.addProduct(camera, error));

    Product mesh = router;
    mesh.name = QStringLiteral("さくらメッシュルータ SR-500");
    mesh.modelNumbers = {QStringLiteral("SR-500")};
    mesh.firmwareVersion = QStringLiteral("0.9.0");
    mesh.supportUntil = QDate(2032, 3, 31);
    const qint64 meshId = r.check(ws.addProduct(mesh, error));
    if (!r.ok())
        return false;

    const qint64 complete = r.check(ws.addDeclaration(routerId, QLatin1String(Star1), Route::Standard, error));
    const qint64 inProgress = r.check(ws.addDeclaration(cameraId, QLatin1String(Star1), Route::Standard, error));
    const qint64 star3 = r.check(ws.addDeclaration(meshId, QLatin1String(Star3Comm), Route::Standard, error));
    if (!r.ok())
        return false;

    writeVendorAnswers(r, complete); // shared by the camera's declaration: vendor-scope items
    writeCompleteDeclaration(r, complete);
    writeInProgressDeclaration(r, inProgress);
    if (!r.ok())
        return false;

    std::optional<Declaration> d = ws.declaration(complete);
    d->evaluationCompletedOn = QDate(2026, 10, 10);
    d->state = DeclarationState::Ready;
    r.check(ws.updateDeclaration(*d, error));
    if (ids)
        *ids = {org, complete, inProgress, star3};
    return r.ok();
}

bool DemoWorkspace::create(const QString &path, DemoIds *ids, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::create(path, error);
    if (!ws)
        return false;
    ws->setActor(QStringLiteral("demo"));
    if (write(*ws, ids, error))
        return true;
    // A half-written demo is no demo: leave nothing behind.
    ws.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
    return false;
}

} // namespace hoshi
