#include "schema.h"

namespace hoshi::schema {

namespace {

const QStringList version1 = {
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE criteria_set (id TEXT PRIMARY KEY, json BLOB NOT NULL, sha256 TEXT NOT NULL,"
                   " added_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                   " corporate_number TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
                   " contact_name TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT '',"
                   " website TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE product (id INTEGER PRIMARY KEY,"
                   " organisation_id INTEGER NOT NULL REFERENCES organisation(id),"
                   " name TEXT NOT NULL, model_numbers TEXT NOT NULL DEFAULT '[]', category TEXT NOT NULL DEFAULT '',"
                   " firmware_name TEXT NOT NULL DEFAULT '', firmware_version TEXT NOT NULL DEFAULT '',"
                   " version_notice TEXT NOT NULL DEFAULT '', support_until TEXT NOT NULL DEFAULT '',"
                   " summary TEXT NOT NULL DEFAULT '', web_page TEXT NOT NULL DEFAULT '',"
                   " configuration_diagram TEXT NOT NULL DEFAULT '', product_contact TEXT NOT NULL DEFAULT '',"
                   " vulnerability_contact TEXT NOT NULL DEFAULT '', vdp_url TEXT NOT NULL DEFAULT '',"
                   " technical_conformity_number TEXT NOT NULL DEFAULT '', other_certifications TEXT NOT NULL DEFAULT '',"
                   " other_security_info TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE declaration (id INTEGER PRIMARY KEY,"
                   " product_id INTEGER NOT NULL REFERENCES product(id),"
                   " criteria_set_id TEXT NOT NULL REFERENCES criteria_set(id),"
                   " route TEXT NOT NULL CHECK (route IN ('standard','psti')),"
                   " state TEXT NOT NULL DEFAULT 'draft', evaluation_completed_on TEXT NOT NULL DEFAULT '',"
                   " psti_statement TEXT NOT NULL DEFAULT '', registration_number TEXT NOT NULL DEFAULT '',"
                   " issued_on TEXT NOT NULL DEFAULT '', valid_until TEXT NOT NULL DEFAULT '',"
                   " label_status TEXT NOT NULL DEFAULT 'none', created_at TEXT NOT NULL)"),
    // Product-scope answers hang off a declaration; vendor-scope answers off the organisation
    // and criteria set, so every product of the vendor shows the same answer.
    QStringLiteral("CREATE TABLE assessment (id INTEGER PRIMARY KEY,"
                   " declaration_id INTEGER REFERENCES declaration(id),"
                   " organisation_id INTEGER REFERENCES organisation(id),"
                   " criteria_set_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                   " verdict TEXT NOT NULL DEFAULT 'not-assessed'"
                   "   CHECK (verdict IN ('not-assessed','conforming','not-applicable','non-conforming')),"
                   " justification TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,"
                   " CHECK ((declaration_id IS NULL) <> (organisation_id IS NULL)))"),
    QStringLiteral("CREATE UNIQUE INDEX assessment_product ON assessment(declaration_id, item_id)"
                   " WHERE declaration_id IS NOT NULL"),
    QStringLiteral("CREATE UNIQUE INDEX assessment_vendor ON assessment(organisation_id, criteria_set_id, item_id)"
                   " WHERE organisation_id IS NOT NULL"),
    QStringLiteral("CREATE TABLE evidence (id INTEGER PRIMARY KEY,"
                   " organisation_id INTEGER NOT NULL REFERENCES organisation(id),"
                   " kind TEXT NOT NULL CHECK (kind IN ('document','device-test')),"
                   " title TEXT NOT NULL DEFAULT '', document_number TEXT NOT NULL DEFAULT '',"
                   " pages TEXT NOT NULL DEFAULT '', chapter TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',"
                   " excerpt TEXT NOT NULL DEFAULT '', procedure TEXT NOT NULL DEFAULT '',"
                   " summary TEXT NOT NULL DEFAULT '', tested_on TEXT NOT NULL DEFAULT '',"
                   " tester TEXT NOT NULL DEFAULT '', firmware_version TEXT NOT NULL DEFAULT '',"
                   " environment TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE evidence_link (evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
                   " assessment_id INTEGER NOT NULL REFERENCES assessment(id),"
                   " PRIMARY KEY (evidence_id, assessment_id))"),
    QStringLiteral("CREATE INDEX evidence_link_assessment ON evidence_link(assessment_id)"),
    // Content, stored once per SHA-256 in ~1 MiB chunks so any size streams with flat memory.
    // sha256 stays NULL while an import is under way (inside its transaction).
    QStringLiteral("CREATE TABLE blob (id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, size INTEGER NOT NULL DEFAULT 0,"
                   " created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE blob_chunk (blob_id INTEGER NOT NULL REFERENCES blob(id) ON DELETE CASCADE,"
                   " seq INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (blob_id, seq))"),
    QStringLiteral("CREATE TABLE evidence_file (id INTEGER PRIMARY KEY,"
                   " evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
                   " blob_id INTEGER NOT NULL REFERENCES blob(id),"
                   " original_name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,"
                   " added_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX evidence_file_evidence ON evidence_file(evidence_id)"),
    QStringLiteral("CREATE INDEX evidence_file_blob ON evidence_file(blob_id)"),
    QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
                   " declaration_id INTEGER, organisation_id INTEGER, item_id TEXT NOT NULL DEFAULT '',"
                   " action TEXT NOT NULL, summary TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX history_declaration ON history(declaration_id, item_id)"),
    // The history is evidence too: the database itself refuses to rewrite it.
    QStringLiteral("CREATE TRIGGER history_no_update BEFORE UPDATE ON history"
                   " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
    QStringLiteral("CREATE TRIGGER history_no_delete BEFORE DELETE ON history"
                   " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
};

// Steps 2..6 are reserved, one per feature, so features built in parallel never collide on the
// schema: each fills only its own step. An empty step just moves the version on.
// 2: baselines (frozen declaration JSON at approval, export, label).
// A baseline never changes once stored: the database refuses UPDATE and DELETE, like the history.
const QStringList version2 = {
    QStringLiteral("CREATE TABLE baseline (id INTEGER PRIMARY KEY,"
                   " declaration_id INTEGER NOT NULL REFERENCES declaration(id),"
                   " kind TEXT NOT NULL CHECK (kind IN ('approval','export','label')),"
                   " created_at TEXT NOT NULL, actor TEXT NOT NULL, export_id TEXT NOT NULL DEFAULT '',"
                   " fingerprint TEXT NOT NULL, json BLOB NOT NULL)"),
    QStringLiteral("CREATE INDEX baseline_declaration ON baseline(declaration_id, kind, id)"),
    QStringLiteral("CREATE TRIGGER baseline_no_update BEFORE UPDATE ON baseline"
                   " BEGIN SELECT RAISE(ABORT, 'baselines never change'); END"),
    QStringLiteral("CREATE TRIGGER baseline_no_delete BEFORE DELETE ON baseline"
                   " BEGIN SELECT RAISE(ABORT, 'baselines never change'); END"),
};
// 3: review comments, sign-offs, workspace settings.
const QStringList version3 = {};
// 4: label lifecycle.
const QStringList version4 = {};
// 5: criteria evaluation points.
const QStringList version5 = {};
// 6: first-hour fixes (user name, export follow-through).
const QStringList version6 = {};

} // namespace

const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{version1, version2, version3, version4, version5, version6};
    return steps;
}

} // namespace hoshi::schema
