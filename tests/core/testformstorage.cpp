// SPDX-License-Identifier: Apache-2.0
// Schema step 9: an official form (the user's copy of IPA's checklist workbook) attached to a
// declaration. The storage keeps the template byte for byte in the content store and the
// profile JSON beside it; it does not read the workbook, so any bytes do here. Runs on .hoshi
// files and (testformstorage-server) on a private PostgreSQL cluster.
#include "storage/workspace.h"
#include "util/hashstream.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

struct Fixture {
    std::unique_ptr<Workspace> ws;
    qint64 declaration = -1;
    qint64 evidence = -1;
};

Fixture makeFixture(const QString &location)
{
    Fixture f;
    QString error;
    f.ws = Workspace::create(location, &error);
    if (!f.ws)
        qFatal("create: %s", qPrintable(error));
    Organisation o;
    o.name = QStringLiteral("Vendor");
    Product p;
    p.organisationId = f.ws->addOrganisation(o, &error);
    p.name = QStringLiteral("Router");
    p.modelNumbers = {QStringLiteral("R-1")};
    const qint64 product = f.ws->addProduct(p, &error);
    f.declaration = f.ws->addDeclaration(product, Star1, Route::Standard, &error);
    Evidence e;
    e.kind = EvidenceKind::DocumentReview;
    e.title = QStringLiteral("Manual");
    f.evidence = f.ws->addEvidence(f.declaration, {QStringLiteral("S1.1-01")}, e, &error);
    if (f.declaration < 0 || f.evidence < 0)
        qFatal("fixture: %s", qPrintable(error));
    return f;
}

// Bytes no text codec would keep: NUL, CR/LF, high bytes (a workbook is a ZIP).
QByteArray binaryTemplate(char tag)
{
    QByteArray bytes("PK\x03\x04", 4);
    for (int i = 0; i < 3000; ++i)
        bytes.append(char((i * 37 + tag) & 0xff));
    bytes.append("\r\n\0\r", 4);
    return bytes;
}

const QByteArray profile = R"({"format": "hoshi-form-profile", "version": 1})";

} // namespace

class TestFormStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString location(const QString &name) { return testserver::newWorkspaceLocation(m_dir, name); }

private Q_SLOTS:
    void attachKeepsBytesNameHashAndProfile();
    void snapshotCarriesTheForm();
    void replaceAndRemoveDropUnusedContent();
    void contentSharedWithEvidenceStays();
    void badInputChangesNothing();
    void declarationWithFormIsNotRemovedSilently();
    void historyRecordsEveryChange();
};

void TestFormStorage::attachKeepsBytesNameHashAndProfile()
{
    Fixture f = makeFixture(location(QStringLiteral("attach")));
    QString error;
    QVERIFY(!f.ws->attachedForm(f.declaration, false, &error));
    QVERIFY(error.isEmpty()); // none attached is not an error
    const QByteArray bytes = binaryTemplate('a');
    QVERIFY2(f.ws->attachForm(f.declaration, QStringLiteral("チェックリスト★1.xlsx"), bytes, profile, &error),
             qPrintable(error));
    const std::optional<AttachedForm> form = f.ws->attachedForm(f.declaration, true, &error);
    QVERIFY2(form, qPrintable(error));
    QCOMPARE(form->originalName, QStringLiteral("チェックリスト★1.xlsx"));
    QCOMPARE(form->templateBytes, bytes);
    QCOMPARE(form->size, bytes.size());
    QCOMPARE(form->sha256, HashStream::hexOf(bytes));
    QCOMPARE(form->profileJson, profile);
    QVERIFY(form->attachedAt.isValid());
    QVERIFY(!form->attachedBy.isEmpty());
    // Without the template the listing reads no content.
    QVERIFY(f.ws->attachedForm(f.declaration, false)->templateBytes.isEmpty());
    QVERIFY(f.ws->verifyContent(form->sha256, &error));

    const QByteArray edited = R"({"format": "hoshi-form-profile", "version": 1, "items": []})";
    QVERIFY2(f.ws->setFormProfile(f.declaration, edited, &error), qPrintable(error));
    QCOMPARE(f.ws->attachedForm(f.declaration, false)->profileJson, edited);
    QCOMPARE(f.ws->attachedForm(f.declaration, true)->templateBytes, bytes); // the template is untouched
}

void TestFormStorage::snapshotCarriesTheForm()
{
    Fixture f = makeFixture(location(QStringLiteral("snapshot")));
    QString error;
    std::optional<DeclarationSnapshot> s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Verify, &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(!s->form);
    const QByteArray bytes = binaryTemplate('s');
    QVERIFY(f.ws->attachForm(f.declaration, QStringLiteral("form.xlsm"), bytes, profile, &error));
    s = f.ws->snapshot(f.declaration, Workspace::ContentCheck::Skip, &error);
    QVERIFY2(s && s->form, qPrintable(error));
    QCOMPARE(s->form->templateBytes, bytes);
    QCOMPARE(s->form->originalName, QStringLiteral("form.xlsm"));
    QVERIFY(s->corruptContent.isEmpty());
}

void TestFormStorage::replaceAndRemoveDropUnusedContent()
{
    Fixture f = makeFixture(location(QStringLiteral("replace")));
    QString error;
    const qint64 before = f.ws->storedBlobCount();
    QVERIFY(f.ws->attachForm(f.declaration, QStringLiteral("v1.xlsx"), binaryTemplate('1'), profile, &error));
    QCOMPARE(f.ws->storedBlobCount(), before + 1);
    QVERIFY(f.ws->attachForm(f.declaration, QStringLiteral("v2.xlsx"), binaryTemplate('2'), profile, &error));
    QCOMPARE(f.ws->storedBlobCount(), before + 1); // the first template went with its replacement
    QCOMPARE(f.ws->attachedForm(f.declaration, true)->templateBytes, binaryTemplate('2'));
    QVERIFY2(f.ws->removeForm(f.declaration, &error), qPrintable(error));
    QVERIFY(!f.ws->attachedForm(f.declaration, false));
    QCOMPARE(f.ws->storedBlobCount(), before);
    QVERIFY(!f.ws->removeForm(f.declaration, &error));
    QVERIFY(error.contains(QStringLiteral("no official form")));
}

void TestFormStorage::contentSharedWithEvidenceStays()
{
    Fixture f = makeFixture(location(QStringLiteral("shared")));
    QString error;
    const QByteArray bytes = binaryTemplate('x');
    const qint64 file = f.ws->attachData(f.evidence, QStringLiteral("checklist-copy.xlsx"), bytes, &error);
    QVERIFY2(file > 0, qPrintable(error));
    const qint64 blobs = f.ws->storedBlobCount();
    QVERIFY(f.ws->attachForm(f.declaration, QStringLiteral("checklist.xlsx"), bytes, profile, &error));
    QCOMPARE(f.ws->storedBlobCount(), blobs); // stored once
    // Removing the evidence file keeps the content the form still refers to, and vice versa.
    QVERIFY2(f.ws->removeFile(file, &error), qPrintable(error));
    QCOMPARE(f.ws->attachedForm(f.declaration, true, &error)->templateBytes, bytes);
    const qint64 again = f.ws->attachData(f.evidence, QStringLiteral("again.xlsx"), bytes, &error);
    QVERIFY(again > 0);
    QVERIFY(f.ws->removeForm(f.declaration, &error));
    QCOMPARE(f.ws->storedBlobCount(), blobs);
    QVERIFY(f.ws->verifyContent(HashStream::hexOf(bytes), &error));
}

void TestFormStorage::badInputChangesNothing()
{
    Fixture f = makeFixture(location(QStringLiteral("bad")));
    QString error;
    const qint64 blobs = f.ws->storedBlobCount();
    const qsizetype history = f.ws->history(f.declaration).size();
    QVERIFY(!f.ws->attachForm(9999, QStringLiteral("x.xlsx"), binaryTemplate('b'), profile, &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
    QVERIFY(!f.ws->attachForm(f.declaration, QStringLiteral("x.xlsx"), QByteArray(), profile, &error));
    QVERIFY(!f.ws->attachForm(f.declaration, QStringLiteral("x.xlsx"), binaryTemplate('b'), QByteArray(), &error));
    QVERIFY(!f.ws->attachForm(f.declaration, QStringLiteral("  "), binaryTemplate('b'), profile, &error));
    QVERIFY(!f.ws->setFormProfile(f.declaration, profile, &error));
    QCOMPARE(f.ws->storedBlobCount(), blobs);
    QCOMPARE(f.ws->history(f.declaration).size(), history);
    QVERIFY(!f.ws->attachedForm(f.declaration, false));
}

void TestFormStorage::declarationWithFormIsNotRemovedSilently()
{
    Fixture f = makeFixture(location(QStringLiteral("remove")));
    QString error;
    Product p = *f.ws->product(f.ws->declaration(f.declaration)->productId);
    const qint64 empty = f.ws->addDeclaration(p.id, Star1, Route::Standard, &error);
    QVERIFY(f.ws->attachForm(empty, QStringLiteral("form.xlsx"), binaryTemplate('r'), profile, &error));
    QVERIFY(!f.ws->removeDeclaration(empty, &error));
    QVERIFY2(error.contains(QStringLiteral("form remove")), qPrintable(error));
    QVERIFY(f.ws->attachedForm(empty, false));
    QVERIFY(f.ws->removeForm(empty, &error));
    QVERIFY2(f.ws->removeDeclaration(empty, &error), qPrintable(error));
}

void TestFormStorage::historyRecordsEveryChange()
{
    Fixture f = makeFixture(location(QStringLiteral("history")));
    QString error;
    QVERIFY(f.ws->attachForm(f.declaration, QStringLiteral("a.xlsx"), binaryTemplate('h'), profile, &error));
    QVERIFY(f.ws->setFormProfile(f.declaration, profile + " ", &error));
    QVERIFY(f.ws->attachForm(f.declaration, QStringLiteral("b.xlsx"), binaryTemplate('i'), profile, &error));
    QVERIFY(f.ws->removeForm(f.declaration, &error));
    QStringList actions;
    for (const HistoryEntry &h : f.ws->history(f.declaration))
        actions.prepend(h.action);
    const QStringList expected = {QStringLiteral("form-attached"), QStringLiteral("form-mapping"),
                                  QStringLiteral("form-attached"), QStringLiteral("form-removed")};
    QCOMPARE(actions.mid(actions.size() - 4), expected);
}

QTEST_GUILESS_MAIN(TestFormStorage)
#include "testformstorage.moc"
