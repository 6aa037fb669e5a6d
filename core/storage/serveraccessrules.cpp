// SPDX-License-Identifier: Apache-2.0
#include "serveraccessrules.h"

namespace hoshi::serveraccess {

namespace {

const QString allWrite = QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
// History, baselines and sign-offs are append-only (triggers refuse UPDATE and DELETE anyway).
const QString appendOnly = QStringLiteral("SELECT, INSERT");
const QString readOnly = QStringLiteral("SELECT");

const QString ofDeclaration = QStringLiteral("hoshi_org_of_declaration(declaration_id)");
const QString ofEvidence = QStringLiteral("hoshi_org_of_evidence(evidence_id)");
const QString assessmentWritable = QStringLiteral("hoshi_can_write(hoshi_org_of_assessment(assessment_id))");

// A function that only answers questions (never changes anything), run with the owner's rights
// so that it sees every row, with its search path pinned so nobody can slip in look-alikes.
QString definer(const QString &signature, const QString &returns, const QString &body)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS %2 LANGUAGE sql STABLE SECURITY DEFINER"
                          " SET search_path = @SCHEMA@, pg_temp AS $fn$ %3 $fn$")
        .arg(signature, returns, body);
}

QStringList withSchema(QStringList statements, const QString &schema)
{
    for (QString &s : statements)
        s.replace(QLatin1String("@SCHEMA@"), schema);
    return statements;
}

// Only the user's own access is read here, and a mapping answers only for an organisation the
// user may read, so calling these functions directly discloses nothing.
QStringList helperFunctions()
{
    // The grant first: for a user with access it decides without looking at the catalogue.
    const QString member = QStringLiteral(
        "SELECT $1 IS NOT NULL AND (EXISTS (SELECT 1 FROM hoshi_access a"
        " WHERE a.username = session_user AND a.organisation_id = $1 %1) OR hoshi_is_admin())");
    const QString readableOrg = QStringLiteral(" AND hoshi_can_read(%1)");
    return {
        // Called for many rows (content, mappings): the owner of `meta` found by its oid rather
        // than through the pg_tables view, and named with the schema rather than the caller's
        // current schema, which the caller's search path decides.
        QStringLiteral("CREATE OR REPLACE FUNCTION @SCHEMA@.hoshi_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $fn$"
                       " SELECT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), false)"
                       " OR session_user = (SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c"
                       "   WHERE c.oid = pg_catalog.to_regclass('@SCHEMA@.meta')) $fn$"),
        definer(QStringLiteral("hoshi_can_read(BIGINT)"), QStringLiteral("boolean"), member.arg(QString())),
        definer(QStringLiteral("hoshi_can_write(BIGINT)"), QStringLiteral("boolean"),
                member.arg(QStringLiteral("AND a.role IN ('preparer', 'reviewer')"))),
        definer(QStringLiteral("hoshi_can_write_any()"), QStringLiteral("boolean"),
                QStringLiteral("SELECT hoshi_is_admin() OR EXISTS (SELECT 1 FROM hoshi_access a"
                               " WHERE a.username = session_user AND a.role IN ('preparer', 'reviewer'))")),
        definer(QStringLiteral("hoshi_org_of_product(BIGINT)"), QStringLiteral("BIGINT"),
                QStringLiteral("SELECT p.organisation_id FROM product p WHERE p.id = $1")
                    + readableOrg.arg(QStringLiteral("p.organisation_id"))),
        definer(QStringLiteral("hoshi_org_of_declaration(BIGINT)"), QStringLiteral("BIGINT"),
                QStringLiteral("SELECT p.organisation_id FROM declaration d JOIN product p ON p.id = d.product_id"
                               " WHERE d.id = $1")
                    + readableOrg.arg(QStringLiteral("p.organisation_id"))),
        definer(QStringLiteral("hoshi_org_of_assessment(BIGINT)"), QStringLiteral("BIGINT"),
                QStringLiteral("SELECT x.org FROM (SELECT coalesce(a.organisation_id, (SELECT p.organisation_id"
                               " FROM declaration d JOIN product p ON p.id = d.product_id WHERE d.id = a.declaration_id))"
                               " AS org FROM assessment a WHERE a.id = $1) x WHERE hoshi_can_read(x.org)")),
        definer(QStringLiteral("hoshi_org_of_evidence(BIGINT)"), QStringLiteral("BIGINT"),
                QStringLiteral("SELECT e.organisation_id FROM evidence e WHERE e.id = $1")
                    + readableOrg.arg(QStringLiteral("e.organisation_id"))),
        definer(QStringLiteral("hoshi_blob_in_use(BIGINT)"), QStringLiteral("boolean"),
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM evidence_file f WHERE f.blob_id = $1)"
                               " OR EXISTS (SELECT 1 FROM declaration_form g WHERE g.blob_id = $1)")),
        // Content is readable by whoever uploaded it or proved to hold it, and through every
        // file of an evidence record the user may read.
        definer(QStringLiteral("hoshi_content_readable(BIGINT)"), QStringLiteral("boolean"),
                QStringLiteral("SELECT hoshi_is_admin()"
                               " OR EXISTS (SELECT 1 FROM blob b WHERE b.id = $1 AND b.created_by = session_user)"
                               " OR EXISTS (SELECT 1 FROM hoshi_content_holder h WHERE h.blob_id = $1"
                               "   AND h.username = session_user)"
                               " OR EXISTS (SELECT 1 FROM evidence_file f JOIN evidence e ON e.id = f.evidence_id"
                               "   WHERE f.blob_id = $1 AND hoshi_can_read(e.organisation_id))"
                               " OR EXISTS (SELECT 1 FROM declaration_form g"
                               "   WHERE g.blob_id = $1 AND hoshi_org_of_declaration(g.declaration_id) IS NOT NULL)")),
        // Chunks are written and removed only while their content is the user's own upload
        // and no file refers to it yet: nobody can change content another file shows.
        definer(QStringLiteral("hoshi_own_unused_blob(BIGINT)"), QStringLiteral("boolean"),
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM blob b WHERE b.id = $1 AND b.created_by = session_user)"
                               " AND NOT hoshi_blob_in_use($1)")),
    };
}

// Referring to content the user cannot read needs proof of holding it: an upload of the same
// bytes (a SHA-256 alone is not proof; anyone can read the hashes). The server compares the
// user's unfinished upload with the stored content, chunk by chunk, and remembers the holder.
const QString claimContent = QStringLiteral(
    "CREATE OR REPLACE FUNCTION hoshi_claim_content(pending BIGINT, existing BIGINT) RETURNS boolean"
    " LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $fn$ BEGIN"
    " IF NOT EXISTS (SELECT 1 FROM blob b WHERE b.id = pending AND b.created_by = session_user AND b.sha256 IS NULL) THEN"
    "   RAISE EXCEPTION 'content % is not an unfinished upload of %', pending, session_user"
    "     USING ERRCODE = 'insufficient_privilege';"
    " END IF;"
    " IF hoshi_content_readable(existing) THEN RETURN true; END IF;"
    " IF EXISTS (SELECT 1 FROM (SELECT c.seq, c.data FROM blob_chunk c WHERE c.blob_id = pending) mine"
    "   FULL JOIN (SELECT c.seq, c.data FROM blob_chunk c WHERE c.blob_id = existing) stored ON mine.seq = stored.seq"
    "   WHERE mine.data IS DISTINCT FROM stored.data) THEN"
    "   RAISE EXCEPTION 'the uploaded content differs from the stored content with the same SHA-256'"
    "     USING ERRCODE = 'data_exception';"
    " END IF;"
    " INSERT INTO hoshi_content_holder(blob_id, username) VALUES (existing, session_user) ON CONFLICT DO NOTHING;"
    " RETURN true; END $fn$");

// Approving needs the reviewer role for the declaration's organisation, and nobody approves
// what they changed since the last approval (the same rule the application applies, from the
// same history, whose actor the server stamps).
const QString approvalCheck = QStringLiteral(
    "CREATE OR REPLACE FUNCTION hoshi_check_sign_off() RETURNS trigger"
    " LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $fn$"
    " DECLARE org BIGINT; since BIGINT; BEGIN"
    " IF NEW.state <> 'approved' OR hoshi_is_admin() THEN RETURN NEW; END IF;"
    " SELECT p.organisation_id INTO org FROM declaration d JOIN product p ON p.id = d.product_id"
    "   WHERE d.id = NEW.declaration_id;"
    " IF NOT EXISTS (SELECT 1 FROM hoshi_access a WHERE a.username = session_user AND a.organisation_id = org"
    "   AND a.role = 'reviewer') THEN"
    "   RAISE EXCEPTION 'only a reviewer of the organisation may approve; % is not one', session_user"
    "     USING ERRCODE = 'insufficient_privilege';"
    " END IF;"
    " SELECT coalesce(max(s.history_id), 0) INTO since FROM sign_off s"
    "   WHERE s.declaration_id = NEW.declaration_id AND s.state = 'approved';"
    " IF EXISTS (SELECT 1 FROM history h WHERE h.actor = session_user AND h.id > since"
    "   AND (h.declaration_id = NEW.declaration_id OR (h.declaration_id IS NULL AND h.organisation_id = org))"
    "   AND h.action NOT LIKE 'review-%' AND h.action NOT LIKE 'baseline%' AND h.action <> 'setting') THEN"
    "   RAISE EXCEPTION '% changed the declaration since its last approval and cannot approve it', session_user"
    "     USING ERRCODE = 'insufficient_privilege';"
    " END IF;"
    " RETURN NEW; END $fn$");

TableRule client(const QString &table, const QString &organisation, const QString &writerPrivileges = allWrite,
                 const QString &writeCheck = {})
{
    return {table, organisation, writeCheck, {}, readOnly, writerPrivileges};
}

TableRule shared(const QString &table, const QStringList &policies, const QString &readerPrivileges,
                 const QString &writerPrivileges)
{
    return {table, {}, {}, policies, readerPrivileges, writerPrivileges};
}

} // namespace

QString allGroups()
{
    return QStringLiteral("hoshi_preparer, hoshi_reviewer, hoshi_auditor");
}

QString grantedOrganisations(bool writers)
{
    return QStringLiteral("SELECT a.organisation_id FROM hoshi_access a WHERE a.username = session_user%1")
        .arg(writers ? QStringLiteral(" AND a.role IN ('preparer', 'reviewer')") : QString());
}

QString writerGroups()
{
    return QStringLiteral("hoshi_preparer, hoshi_reviewer");
}

const QList<TableRule> &tableRules()
{
    const QString everyone = QStringLiteral("hoshi_read FOR SELECT TO %1 USING (true)").arg(allGroups());
    static const QList<TableRule> rules = {
        client(QStringLiteral("organisation"), QStringLiteral("id")),
        client(QStringLiteral("product"), QStringLiteral("organisation_id")),
        client(QStringLiteral("declaration"), QStringLiteral("hoshi_org_of_product(product_id)")),
        client(QStringLiteral("assessment"), QStringLiteral("coalesce(organisation_id, %1)").arg(ofDeclaration)),
        client(QStringLiteral("evidence"), QStringLiteral("organisation_id")),
        client(QStringLiteral("evidence_link"), ofEvidence, allWrite, assessmentWritable),
        client(QStringLiteral("evidence_file"), ofEvidence, allWrite, QStringLiteral("hoshi_content_readable(blob_id)")),
        client(QStringLiteral("point_link"), ofEvidence, allWrite, assessmentWritable),
        client(QStringLiteral("point_choice"), QStringLiteral("hoshi_org_of_assessment(assessment_id)")),
        client(QStringLiteral("baseline"), ofDeclaration, appendOnly),
        client(QStringLiteral("review_comment"), ofDeclaration),
        client(QStringLiteral("sign_off"), ofDeclaration, appendOnly),
        client(QStringLiteral("psti_statement"), ofDeclaration, allWrite,
               QStringLiteral("hoshi_can_write(hoshi_org_of_evidence(evidence_id))")),
        client(QStringLiteral("declaration_name"), ofDeclaration),
        client(QStringLiteral("point_overlay"), ofDeclaration),
        // What the EU Cyber Resilience Act adds to a declaration (schema step 17).
        client(QStringLiteral("cra_record"), ofDeclaration),
        // The official form of a declaration: its template is content the writer must be able to read.
        client(QStringLiteral("declaration_form"), ofDeclaration, allWrite,
               QStringLiteral("hoshi_content_readable(blob_id)")),
        // Entries of the whole workspace (a setting changed) belong to no organisation.
        [&] {
            TableRule r = client(QStringLiteral("history"), QStringLiteral("coalesce(organisation_id, %1)").arg(ofDeclaration),
                                 appendOnly);
            r.policies << QStringLiteral("hoshi_workspace FOR SELECT TO %1 USING (organisation_id IS NULL"
                                         " AND declaration_id IS NULL)").arg(allGroups());
            return r;
        }(),
        // What a copy last saw of another (synchronisation): the base of each record belongs to the
        // record's organisation; workspace-wide records (settings) have none and only the owner
        // synchronises them.
        client(QStringLiteral("sync_seen"), QStringLiteral("organisation_id")),
        shared(QStringLiteral("sync_peer"),
               {everyone, QStringLiteral("hoshi_add FOR INSERT WITH CHECK (hoshi_can_write_any())"),
                QStringLiteral("hoshi_change FOR UPDATE USING (hoshi_can_write_any())")},
               readOnly, QStringLiteral("SELECT, INSERT, UPDATE")),
        shared(QStringLiteral("meta"), {everyone}, readOnly, readOnly),
        shared(QStringLiteral("workspace_setting"), {everyone}, readOnly, readOnly),
        shared(QStringLiteral("criteria_set"),
               {everyone, QStringLiteral("hoshi_add FOR INSERT WITH CHECK (hoshi_can_write_any())")}, readOnly, appendOnly),
        shared(QStringLiteral("criteria_revision"),
               {everyone, QStringLiteral("hoshi_add FOR INSERT WITH CHECK (hoshi_can_write_any())")}, readOnly, appendOnly),
        // Hashes and sizes are seen by all (identical content is stored once); an upload is
        // its uploader's until it is finished, and content nothing refers to any more may go.
        shared(QStringLiteral("blob"),
               {everyone,
                QStringLiteral("hoshi_add FOR INSERT WITH CHECK (created_by = session_user AND hoshi_can_write_any())"),
                QStringLiteral("hoshi_finish FOR UPDATE USING (created_by = session_user AND sha256 IS NULL)"
                               " WITH CHECK (created_by = session_user)"),
                QStringLiteral("hoshi_remove FOR DELETE USING ((created_by = session_user AND sha256 IS NULL)"
                               " OR (sha256 IS NOT NULL AND NOT hoshi_blob_in_use(id)))")},
               readOnly, allWrite),
        shared(QStringLiteral("blob_chunk"),
               {QStringLiteral("hoshi_read FOR SELECT USING (hoshi_content_readable(blob_id))"),
                QStringLiteral("hoshi_add FOR INSERT WITH CHECK (hoshi_own_unused_blob(blob_id))"),
                QStringLiteral("hoshi_remove FOR DELETE USING (hoshi_own_unused_blob(blob_id))")},
               readOnly, QStringLiteral("SELECT, INSERT, DELETE")),
        // Users see their own access; only the owner grants it (no privilege to write).
        shared(QStringLiteral("hoshi_access"), {QStringLiteral("hoshi_own FOR SELECT USING (username = session_user)")},
               readOnly, readOnly),
        // Written only by hoshi_claim_content, read only by the helper functions.
        shared(QStringLiteral("hoshi_content_holder"), {}, QString(), QString()),
    };
    return rules;
}

QStringList accessTables()
{
    return {QStringLiteral("hoshi_access"), QStringLiteral("hoshi_content_holder")};
}

QStringList setupStatements(const QString &schema)
{
    QStringList statements;
    for (const QString &role : allGroups().split(QStringLiteral(", "))) {
        statements << QStringLiteral("DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                                     " CREATE ROLE %1 NOLOGIN; END IF; END $do$").arg(role);
    }
    statements << QStringLiteral("CREATE TABLE IF NOT EXISTS hoshi_access (username TEXT NOT NULL,"
                                 " organisation_id BIGINT NOT NULL REFERENCES organisation(id),"
                                 " role TEXT NOT NULL CHECK (role IN ('preparer', 'reviewer', 'auditor')),"
                                 " PRIMARY KEY (username, organisation_id))")
               << QStringLiteral("CREATE TABLE IF NOT EXISTS hoshi_content_holder ("
                                 " blob_id BIGINT NOT NULL REFERENCES blob(id) ON DELETE CASCADE,"
                                 " username TEXT NOT NULL, PRIMARY KEY (blob_id, username))");
    statements << helperFunctions() << claimContent;
    return withSchema(statements, schema);
}

QStringList finishingStatements(const QString &schema)
{
    return withSchema({approvalCheck, QStringLiteral("DROP TRIGGER IF EXISTS sign_off_rules ON sign_off"),
                       QStringLiteral("CREATE TRIGGER sign_off_rules BEFORE INSERT ON sign_off FOR EACH ROW"
                                      " EXECUTE FUNCTION hoshi_check_sign_off()")},
                      schema);
}

} // namespace hoshi::serveraccess
