// SPDX-License-Identifier: Apache-2.0
// The findings round trip without a server: an exported archive is opened in auditor mode, a
// reviewer records findings item by item and saves them signed beside the archive; the vendor
// imports them (File ▸ Import findings…) and they appear as comments on the right items, in the
// item page's thread and the checklist's count. A malformed file, a tampered one, one for
// another archive and one for another declaration are refused and leave the workspace as it was.
#include "formstest.h"

#include "common/settings.h"
#include "util/accountname.h"

#include "auditor/auditorpage.h"
#include "auditor/findingspanel.h"
#include "checklist/checklistmodel.h"
#include "checklist/checklistpage.h"
#include "common/filedialog.h"
#include "demo/demoworkspace.h"
#include "export/exportjob.h"
#include "export/keygenerator.h"
#include "findings/findingsarchive.h"
#include "findings/findingsfile.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "review/commentthread.h"
#include "session/session.h"
#include "storage/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace hoshi;
using formstest::find;

namespace {

QString exportArchive(const QString &workspacePath, qint64 declarationId, const QString &outDir)
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(workspacePath, Workspace::Access::ReadWrite, &error);
    if (!ws) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    ExportJob::Request request;
    request.declarationId = declarationId;
    request.outputDir = outDir;
    request.package = false;
    ExportJob::Outcome outcome;
    // As the export dialog does: the export is recorded with its id (an Export baseline).
    if (!ExportJob::run(*ws, request, &outcome, &error)
        || !ws->recordExport(declarationId, outcome.exportId, outcome.declarationJson, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return outcome.archive.path;
}

void openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy done(window.auditorPage(), &AuditorPage::verificationFinished);
    QVERIFY(window.openArchive(path));
    QVERIFY(done.wait(60000));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// What must not change when an import is refused.
struct WorkspaceState {
    QList<int> history;
    QList<int> comments;
    bool operator==(const WorkspaceState &o) const { return history == o.history && comments == o.comments; }
};

WorkspaceState stateOf(const Workspace &ws)
{
    WorkspaceState s;
    for (const Declaration &d : ws.declarations()) {
        s.history << int(ws.history(d.id).size());
        s.comments << int(ws.comments(d.id).size());
    }
    return s;
}

} // namespace

class TestFindingsRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordFindingsInAuditorMode();
    void findingsAreLoadedAgain();
    void importedFindingsBecomeComments();
    void badFindingsAreRefused_data();
    void badFindingsAreRefused();

private:
    void record(AuditorPage *page, const QString &itemId, FindingStatus status, const QString &text);

    QTemporaryDir m_dir;
    QString m_workspace;
    DemoIds m_ids;
    QString m_archive;
    QString m_otherArchive; // from another workspace
    KeyGenerator::Result m_key;
};

void TestFindingsRoundTrip::initTestCase()
{
    formstest::initApplication();
    QSettings().remove(QStringLiteral("findings/reviewer")); // the panel remembers the last reviewer
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = m_dir.filePath(QStringLiteral("vendor.hoshi"));
    QVERIFY2(DemoWorkspace::create(m_workspace, &m_ids, &error), qPrintable(error));
    m_archive = exportArchive(m_workspace, m_ids.completeDeclaration, m_dir.filePath(QStringLiteral("out")));
    QVERIFY(!m_archive.isEmpty());
    DemoIds otherIds;
    const QString other = m_dir.filePath(QStringLiteral("other.hoshi"));
    QVERIFY2(DemoWorkspace::create(other, &otherIds, &error), qPrintable(error));
    m_otherArchive = exportArchive(other, otherIds.completeDeclaration, m_dir.filePath(QStringLiteral("other-out")));
    QVERIFY(!m_otherArchive.isEmpty());
    QVERIFY2(KeyGenerator::generate(m_dir.filePath(QStringLiteral("keys")), QStringLiteral("Yamada Audit"),
                                    KeyGenerator::DefaultValidDays, &m_key, &error),
             qPrintable(error));
}

void TestFindingsRoundTrip::record(AuditorPage *page, const QString &itemId, FindingStatus status, const QString &text)
{
    page->selectItem(itemId);
    FindingsPanel *panel = page->findingsPanel();
    QVERIFY(find<QLabel>(panel, "findingsSummary"));
    auto *combo = find<QComboBox>(panel, "findingStatus");
    QVERIFY(combo->isEnabled());
    combo->setCurrentIndex(int(status) + 1); // row 0 is "no finding"
    auto *edit = find<QPlainTextEdit>(panel, "findingText");
    edit->setFocus();
    formstest::keyText(edit, text);
    QCOMPARE(panel->document().findingOf(itemId)->text, text);
}

void TestFindingsRoundTrip::recordFindingsInAuditorMode()
{
    QSettings().remove(QStringLiteral("findings/reviewer")); // as on a first run
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    openAndWait(window, m_archive);
    AuditorPage *page = window.auditorPage();
    QCOMPARE(page->result().status, VerificationResult::Status::Intact);
    FindingsPanel *panel = page->findingsPanel();
    auto *save = find<QPushButton>(panel, "findingsSaveButton");
    QVERIFY(save->isEnabled());

    // The reviewer starts as the name the app uses elsewhere (history, sign-off).
    auto *reviewer = find<QLineEdit>(panel, "findingsReviewer");
    const QString appName = Settings::userName().isEmpty() ? AccountName::fullName() : Settings::userName();
    QCOMPARE(reviewer->text(), appName);
    // Saving without a name is refused with a message.
    formstest::typeInto(reviewer, QString());
    record(page, QStringLiteral("S1.1-01"), FindingStatus::Accepted, QString());
    save->click();
    QVERIFY(find<QLabel>(panel, "findingsMessage")->text().contains(QStringLiteral("reviewer")));
    QVERIFY(!QFile::exists(FindingsFile::pathForArchive(m_archive)));

    record(page, QStringLiteral("S1.1-02"), FindingStatus::Question, QStringLiteral("初期パスワードは機器ごとに異なりますか？"));
    record(page, QStringLiteral("S1.1-04"), FindingStatus::MoreEvidence, QStringLiteral("Please add the full test log."));
    formstest::typeInto(find<QLineEdit>(panel, "findingsReviewer"), QStringLiteral("山田 花子 (監査)"));
    formstest::typeInto(find<QLineEdit>(panel, "findingsRemarks"), QStringLiteral("Overall well prepared."));
    find<QCheckBox>(panel, "findingsSign")->setChecked(true);
    FileDialog::setNextFileName(m_key.keyPath);
    find<QPushButton>(panel, "findingsKeyButton")->click();
    FileDialog::setNextFileName(m_key.certificatePath);
    find<QPushButton>(panel, "findingsCertificateButton")->click();
    save->click();
    const QString message = find<QLabel>(panel, "findingsMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("Saved and signed")), qPrintable(message));
    const QString path = FindingsFile::pathForArchive(m_archive);
    QCOMPARE(panel->findingsPath(), path);
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(FindingsFile::signaturePath(path)));

    QString error;
    const std::optional<LoadedFindings> loaded = FindingsFile::read(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->signature.state, SignatureInfo::State::Valid);
    QCOMPARE(loaded->signature.fingerprint, m_key.fingerprint);
    QCOMPARE(loaded->document.reviewer, QStringLiteral("山田 花子 (監査)"));
    QCOMPARE(loaded->document.findings.size(), 3);
    QCOMPARE(loaded->document.declaration.declarationId, m_ids.completeDeclaration);
    QCOMPARE(loaded->document.archive.exportId, page->result().bagInfoValue(QStringLiteral("Hoshi-Export-Id")));
}

void TestFindingsRoundTrip::findingsAreLoadedAgain()
{
    MainWindow window;
    window.show();
    openAndWait(window, m_archive);
    FindingsPanel *panel = window.auditorPage()->findingsPanel();
    QCOMPARE(panel->document().findings.size(), 3);
    QCOMPARE(find<QLineEdit>(panel, "findingsReviewer")->text(), QStringLiteral("山田 花子 (監査)"));
    window.auditorPage()->selectItem(QStringLiteral("S1.1-04"));
    QCOMPARE(find<QComboBox>(panel, "findingStatus")->currentIndex(), int(FindingStatus::MoreEvidence) + 1);
    QCOMPARE(find<QPlainTextEdit>(panel, "findingText")->toPlainText(), QStringLiteral("Please add the full test log."));
    QVERIFY(find<QLabel>(panel, "findingsMessage")->text().contains(QStringLiteral("signed findings")));
}

void TestFindingsRoundTrip::importedFindingsBecomeComments()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_workspace));
    window.showDeclaration(m_ids.inProgressDeclaration); // the import opens the right one
    Workspace *ws = window.session()->workspace();
    const QList<int> historyBefore = stateOf(*ws).history;
    MessageBox::clearShownMessages();
    FileDialog::setNextFileName(FindingsFile::pathForArchive(m_archive));
    find<QAction>(&window, "actionImportFindings")->trigger();
    const QStringList shown = MessageBox::shownMessages();
    QVERIFY2(shown.join(QLatin1Char('\n')).contains(QStringLiteral("arrived as comments")), qPrintable(shown.join('\n')));
    QVERIFY(shown.join(QLatin1Char('\n')).contains(m_key.fingerprint));
    QCOMPARE(window.session()->currentDeclarationId(), m_ids.completeDeclaration);

    const QList<ReviewComment> comments = ws->comments(m_ids.completeDeclaration);
    QCOMPARE(comments.size(), 4); // three findings and the general remarks
    QHash<QString, ReviewComment> byItem;
    for (const ReviewComment &c : comments)
        byItem.insert(c.itemId, c);
    QCOMPARE(byItem.value(QStringLiteral("S1.1-01")).findingStatus, QStringLiteral("accepted"));
    QVERIFY(byItem.value(QStringLiteral("S1.1-01")).resolved);
    QCOMPARE(byItem.value(QStringLiteral("S1.1-02")).findingStatus, QStringLiteral("question"));
    QCOMPARE(byItem.value(QStringLiteral("S1.1-02")).text, QStringLiteral("初期パスワードは機器ごとに異なりますか？"));
    QVERIFY(!byItem.value(QStringLiteral("S1.1-02")).resolved);
    QCOMPARE(byItem.value(QStringLiteral("S1.1-04")).findingStatus, QStringLiteral("more-evidence"));
    QCOMPARE(byItem.value(QString()).text, QStringLiteral("Overall well prepared."));
    for (const ReviewComment &c : comments) {
        QCOMPARE(c.author, QStringLiteral("山田 花子 (監査)"));
        QVERIFY(c.origin.startsWith(QStringLiteral("findings:")));
    }
    QVERIFY(stateOf(*ws).history != historyBefore); // the import is in the history

    // The item page shows the thread; the checklist counts the open comments.
    window.showItem(QStringLiteral("S1.1-02"));
    auto *thread = window.itemPage()->findChild<CommentThread *>();
    QVERIFY(thread);
    QCOMPARE(thread->list()->count(), 1);
    QVERIFY(thread->list()->item(0)->text().contains(QStringLiteral("初期パスワード")));
    QCOMPARE(thread->openCount(), 1);
    const QModelIndex count = [&] {
        auto *model = window.checklistPage()->findChild<ChecklistModel *>();
        return model->index(model->rowOf(QStringLiteral("S1.1-02")), ChecklistModel::CommentsColumn);
    }();
    QCOMPARE(count.data().toString(), QStringLiteral("1 open"));

    // The vendor answers in the thread and resolves it.
    QVERIFY(thread->addComment(QStringLiteral("Yes: each unit gets a random password at the factory.")));
    QCOMPARE(thread->list()->count(), 2);
    thread->list()->setCurrentRow(0);
    QVERIFY(thread->resolveSelected());
    QCOMPARE(thread->openCount(), 1); // the answer itself is open until someone resolves it

    // The same file again is refused.
    MessageBox::clearShownMessages();
    FileDialog::setNextFileName(FindingsFile::pathForArchive(m_archive));
    find<QAction>(&window, "actionImportFindings")->trigger();
    QVERIFY(MessageBox::shownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("imported before")));
}

void TestFindingsRoundTrip::badFindingsAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QString good = FindingsFile::pathForArchive(m_archive);
    QString error;

    const QString malformed = m_dir.filePath(QStringLiteral("malformed-findings.json"));
    writeAll(malformed, readAll(good).left(200));
    QTest::newRow("malformed") << malformed << QStringLiteral("not a valid findings file");

    const QString tampered = m_dir.filePath(QStringLiteral("tampered-findings.json"));
    writeAll(tampered, readAll(good).replace("Please add the full test log.", "Everything is fine as it is."));
    writeAll(FindingsFile::signaturePath(tampered), readAll(FindingsFile::signaturePath(good)));
    QTest::newRow("tampered") << tampered << QStringLiteral("does not verify");

    const VerificationResult other = ArchiveVerifier::verify(m_otherArchive);
    std::optional<FindingsDocument> otherDoc = FindingsArchive::start(m_otherArchive, other, &error);
    QVERIFY2(otherDoc, qPrintable(error));
    otherDoc->reviewer = QStringLiteral("Someone");
    otherDoc->createdAt = QDateTime::currentDateTimeUtc();
    otherDoc->setFinding(QStringLiteral("S1.1-02"), FindingStatus::Question, QStringLiteral("Why?"));
    const QString otherArchive = m_dir.filePath(QStringLiteral("other-archive-findings.json"));
    QVERIFY2(FindingsFile::write(otherArchive, *otherDoc, nullptr, &error), qPrintable(error));
    QTest::newRow("another archive") << otherArchive << QStringLiteral("another archive");

    // The archive of the complete declaration, but the findings name the one in progress.
    std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const Declaration inProgress = *ws->declaration(m_ids.inProgressDeclaration);
    QJsonObject o = QJsonDocument::fromJson(readAll(good)).object();
    QJsonObject d = o.value(QStringLiteral("declaration")).toObject();
    d.insert(QStringLiteral("id"), inProgress.id);
    d.insert(QStringLiteral("createdAt"), inProgress.createdAt.toUTC().toString(Qt::ISODate));
    d.insert(QStringLiteral("criteriaSetId"), inProgress.criteriaSetId);
    o.insert(QStringLiteral("declaration"), d);
    o.insert(QStringLiteral("signature"), QStringLiteral("none"));
    o.insert(QStringLiteral("createdAt"), QStringLiteral("2026-12-01T00:00:00Z"));
    const QString otherDeclaration = m_dir.filePath(QStringLiteral("other-declaration-findings.json"));
    writeAll(otherDeclaration, QJsonDocument(o).toJson());
    QTest::newRow("another declaration") << otherDeclaration << QStringLiteral("another declaration");
}

void TestFindingsRoundTrip::badFindingsAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_workspace));
    Workspace *ws = window.session()->workspace();
    const WorkspaceState before = stateOf(*ws);
    MessageBox::clearShownMessages();
    FileDialog::setNextFileName(file);
    find<QAction>(&window, "actionImportFindings")->trigger();
    const QString shown = MessageBox::shownMessages().join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Nothing was changed")), qPrintable(shown));
    QVERIFY(stateOf(*ws) == before);
    QCOMPARE(ws->integrityCheck(), QStringLiteral("ok"));
}

QTEST_MAIN(TestFindingsRoundTrip)
#include "testfindingsroundtrip.moc"
