// SPDX-License-Identifier: Apache-2.0
#include "schema.h"
#include "syncschema.h"

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

// Steps 2..6 were reserved, one per feature, so features built in parallel never collide on the
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
const QStringList version3 = {
    QStringLiteral("CREATE TABLE review_comment (id INTEGER PRIMARY KEY,"
                   " declaration_id INTEGER NOT NULL REFERENCES declaration(id),"
                   " item_id TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, created_at TEXT NOT NULL,"
                   " text TEXT NOT NULL, resolved_by TEXT NOT NULL DEFAULT '', resolved_at TEXT NOT NULL DEFAULT '',"
                   " origin TEXT NOT NULL DEFAULT '', finding_status TEXT NOT NULL DEFAULT ''"
                   "   CHECK (finding_status IN ('','accepted','question','more-evidence')))"),
    QStringLiteral("CREATE INDEX review_comment_declaration ON review_comment(declaration_id, item_id)"),
    // Sign-offs are a log like the history: the latest row decides the review state.
    QStringLiteral("CREATE TABLE sign_off (id INTEGER PRIMARY KEY,"
                   " declaration_id INTEGER NOT NULL REFERENCES declaration(id),"
                   " state TEXT NOT NULL CHECK (state IN ('draft','in-review','changes-requested','approved')),"
                   " author TEXT NOT NULL, at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                   " fingerprint TEXT NOT NULL DEFAULT '', history_id INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX sign_off_declaration ON sign_off(declaration_id, id)"),
    QStringLiteral("CREATE TRIGGER sign_off_no_update BEFORE UPDATE ON sign_off"
                   " BEGIN SELECT RAISE(ABORT, 'sign-offs are append-only'); END"),
    QStringLiteral("CREATE TRIGGER sign_off_no_delete BEFORE DELETE ON sign_off"
                   " BEGIN SELECT RAISE(ABORT, 'sign-offs are append-only'); END"),
    // Workspace-wide settings, e.g. "require-approval" = "1".
    QStringLiteral("CREATE TABLE workspace_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
};
// 4: label lifecycle. The v1 declaration columns hold the registration number, issue date,
// validity end and the recorded status; these add the application and what follows the issue.
// Status changes go to the history (action "label-status"); Expired is never stored, it follows
// from the validity end and today's date.
const QStringList version4 = {
    QStringLiteral("ALTER TABLE declaration ADD COLUMN application_number TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE declaration ADD COLUMN submitted_on TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE declaration ADD COLUMN extended_on TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE declaration ADD COLUMN successor TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE declaration ADD COLUMN product_page_url TEXT NOT NULL DEFAULT ''"),
};
// 5: criteria evaluation points: which alternative points the vendor relies on, which
// evidence backs which point (a point link only exists beside its item link, and goes with
// it), and the PSTI statement of compliance kept as an evidence record of the declaration.
const QStringList version5 = {
    QStringLiteral("CREATE TABLE point_choice (assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
                   " point_id TEXT NOT NULL, PRIMARY KEY (assessment_id, point_id))"),
    QStringLiteral("CREATE TABLE point_link (evidence_id INTEGER NOT NULL, assessment_id INTEGER NOT NULL,"
                   " point_id TEXT NOT NULL, PRIMARY KEY (evidence_id, assessment_id, point_id),"
                   " FOREIGN KEY (evidence_id, assessment_id) REFERENCES evidence_link(evidence_id, assessment_id)"
                   " ON DELETE CASCADE)"),
    QStringLiteral("CREATE INDEX point_link_assessment ON point_link(assessment_id)"),
    QStringLiteral("CREATE TABLE psti_statement (declaration_id INTEGER PRIMARY KEY REFERENCES declaration(id),"
                   " evidence_id INTEGER NOT NULL REFERENCES evidence(id))"),
};
// 6: first-hour fixes (user name, export follow-through).
// A declaration's own name, given in the navigator (several declarations of one product are
// otherwise told apart only by their criteria set).
const QStringList version6 = {
    QStringLiteral("CREATE TABLE declaration_name (declaration_id INTEGER PRIMARY KEY"
                   " REFERENCES declaration(id), name TEXT NOT NULL)"),
};

// 7: row versions. Several people may edit one workspace on a server: an update names the
// version it read and is refused, with the current value, when someone else changed the record
// in between (never a silent overwrite). Every update adds one.
const QStringList version7 = {
    QStringLiteral("ALTER TABLE organisation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE product ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE declaration ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE assessment ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
};

// Steps 8..11 are reserved, one per feature built in parallel (see the note above step 2); each
// feature fills only its own step.
// 8: criteria identity (IPA's id apart from Hoshi's data revision; the official-points overlay).
// criteria_set keeps one row per official id (its json: the data first stored under that id);
// criteria_revision holds every data revision of Hoshi's file for it, and is what is read.
// A declaration names the official id and a data revision; vendor-scope answers are shared per
// organisation, official id and data revision. Stored sets under the ids of Hoshi's former
// "-rev" files are moved to their official id by code right after these statements
// (Workspace::migrateLegacyCriteriaIds), on files and servers alike.
const QStringList version8 = {
    QStringLiteral("CREATE TABLE criteria_revision (set_id TEXT NOT NULL REFERENCES criteria_set(id),"
                   " data_revision INTEGER NOT NULL CHECK (data_revision >= 1), json BLOB NOT NULL,"
                   " sha256 TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (set_id, data_revision))"),
    QStringLiteral("INSERT INTO criteria_revision(set_id, data_revision, json, sha256, added_at)"
                   " SELECT id, 1, json, sha256, added_at FROM criteria_set"),
    QStringLiteral("ALTER TABLE declaration ADD COLUMN criteria_data_revision INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("ALTER TABLE assessment ADD COLUMN criteria_data_revision INTEGER NOT NULL DEFAULT 1"),
    QStringLiteral("DROP INDEX assessment_vendor"),
    QStringLiteral("CREATE UNIQUE INDEX assessment_vendor ON assessment(organisation_id, criteria_set_id,"
                   " criteria_data_revision, item_id) WHERE organisation_id IS NOT NULL"),
    // Official evaluation points from the user's copy of IPA's checklist, per declaration
    // (PointOverlay as JSON); replaced as a whole.
    QStringLiteral("CREATE TABLE point_overlay (declaration_id INTEGER PRIMARY KEY REFERENCES declaration(id),"
                   " json BLOB NOT NULL, sha256 TEXT NOT NULL, set_at TEXT NOT NULL, actor TEXT NOT NULL)"),
};
// 9: official forms (the user's copy of IPA's workbook and its form profile, per declaration).
// The template is content like an evidence file (kept exactly, once per SHA-256); sha256 is kept
// here too so a listing needs no join. The profile says where each answer goes.
const QStringList version9 = {
    QStringLiteral("CREATE TABLE declaration_form (declaration_id INTEGER PRIMARY KEY REFERENCES declaration(id),"
                   " blob_id INTEGER NOT NULL REFERENCES blob(id), original_name TEXT NOT NULL,"
                   " sha256 TEXT NOT NULL, size INTEGER NOT NULL, profile BLOB NOT NULL,"
                   " attached_at TEXT NOT NULL, attached_by TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX declaration_form_blob ON declaration_form(blob_id)"),
};
// 10: first-hour fixes (sign-off account). On a file anyone can type any name into "Your name…";
// the operating-system account beside it tells one person typing two names from two people.
// On a server the column holds the authenticated user (set by a trigger, see serverschema.cpp).
const QStringList version10 = {
    QStringLiteral("ALTER TABLE sign_off ADD COLUMN account TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE review_comment ADD COLUMN account TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE history ADD COLUMN account TEXT NOT NULL DEFAULT ''"),
};
// 11: one rule, one place (storage edges): an archive's export id finds its declaration through
// an index, not by reading every baseline's JSON.
const QStringList version11 = {
    QStringLiteral("CREATE INDEX baseline_export ON baseline(export_id, kind)"),
};

// Steps 12..15 are reserved, one per feature built in parallel (see the note above step 2).
// 12: evidence that stays true (captured tool output, effective date and shelf life).
const QStringList version12 = {
    QStringLiteral("ALTER TABLE evidence ADD COLUMN effective_on TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN review_by TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN tool TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN tool_version TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN target TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN firmware_image_sha256 TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN capture_recipe TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN capture_findings TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN finding_notes TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE evidence ADD COLUMN superseded_by INTEGER"),
    // The product's current firmware image (SHA-256): device tests on another image are stale.
    QStringLiteral("ALTER TABLE product ADD COLUMN firmware_image_sha256 TEXT NOT NULL DEFAULT ''"),
};
// 13: scale (reading that scales: indexes, cached gate results). The navigator lists products
// per organisation and declarations per product; the portfolio and the gate cache read each
// declaration's newest history time in one grouped query (covered by the index).
const QStringList version13 = {
    QStringLiteral("CREATE INDEX product_organisation ON product(organisation_id)"),
    QStringLiteral("CREATE INDEX declaration_product ON declaration(product_id)"),
    QStringLiteral("CREATE INDEX history_declaration_at ON history(declaration_id, at)"),
};
// 14: the team server as people meet it (roles, connection loss, notifications).
const QStringList version14 = {};
// 15: the server at the file's pace.
const QStringList version15 = {};
// Steps 16..18 are reserved, one per feature built in parallel (see the note above step 2).
// 16: synchronisation (global ids and what each side last saw of the other).
// Every record that travels between copies gets a global id (gid, a UUID) that stays with it
// through any number of copies; the integer ids stay each workspace's own. A new row gets one
// from a trigger whatever code inserts it. The append-only tables accept exactly one update of
// a row: the one that gives it its id. sync_peer and sync_seen hold, per other copy, when this
// one last synchronised with it and what every record held then (the base of a three-way merge).
// On a server the same step is written in PostgreSQL's terms (serverschema.cpp).
const QStringList version16 = syncStepStatements();
// 17: EU Cyber Resilience Act readiness (what the CRA adds to a declaration). One row per
// declaration, made on its first edit (row_version 0 until then); the fields are the
// manufacturer's text (cra/crarecord.h), the support period end an ISO date or ''.
const QStringList version17 = {
    QStringLiteral("CREATE TABLE cra_record (declaration_id INTEGER PRIMARY KEY REFERENCES declaration(id),"
                   " sbom_reference TEXT NOT NULL DEFAULT '', support_period_end TEXT NOT NULL DEFAULT '',"
                   " support_period_justification TEXT NOT NULL DEFAULT '', cvd_policy_url TEXT NOT NULL DEFAULT '',"
                   " single_point_of_contact TEXT NOT NULL DEFAULT '', csirt_reporting TEXT NOT NULL DEFAULT '',"
                   " risk_assessment TEXT NOT NULL DEFAULT '', conformity_module TEXT NOT NULL DEFAULT '',"
                   " notified_body TEXT NOT NULL DEFAULT '', harmonised_standards TEXT NOT NULL DEFAULT '',"
                   " row_version INTEGER NOT NULL DEFAULT 0)"),
};
// 18: recognition in other markets (UK PSTI, Singapore CLS).
const QStringList version18 = {};

} // namespace

const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{version1, version2, version3, version4, version5, version6, version7,
                                          version8, version9, version10, version11, version12, version13, version14, version15,
                                          version16, version17, version18};
    return steps;
}

} // namespace hoshi::schema
