-- Glossator: rights for a group or a class on a shared store, enforced by PostgreSQL itself.
-- Run once per database by an administrator (a role with CREATEROLE that owns the tables,
-- e.g. the one that first opened the store), and again after upgrading Glossator: it is
-- idempotent. `glossator group init --db postgresql://…` runs this file.
--
--   glossator_owner      the teacher / lead: changes everything, reveals a class's layers
--   glossator_annotator  writes annotations, tags and links of their own (creator = login name)
--   glossator_reader     reads; writes nothing
--
-- Give people their part with GRANT glossator_annotator TO ada; (see README, "Working as a group").
-- In a class corpus (an article in a reading pack that is not revealed) a student sees only
-- their own annotations until the owner reveals the pack (reading_pack.revealed).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'glossator_reader') THEN
        CREATE ROLE glossator_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'glossator_annotator') THEN
        CREATE ROLE glossator_annotator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'glossator_owner') THEN
        CREATE ROLE glossator_owner NOLOGIN;
    END IF;
END
$$;

-- Reading: every role reads the corpus (row-level security below narrows annotations).
GRANT USAGE ON SCHEMA public TO glossator_reader, glossator_annotator, glossator_owner;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO glossator_reader, glossator_annotator, glossator_owner;

-- Annotating: one's own annotations, their tags and links.
GRANT INSERT, UPDATE, DELETE ON annotation, annotation_tag, annotation_link, annotation_deletion TO glossator_annotator;

-- Owning: everything (articles, scheme, packs, hand-ins) but the schema itself.
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO glossator_owner;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO glossator_owner;

CREATE OR REPLACE FUNCTION glossator_is_owner() RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, 'glossator_owner', 'MEMBER') $$;

-- Blind until revealed: the article is in a reading pack whose layers are not shown yet.
CREATE OR REPLACE FUNCTION glossator_is_blind(article BIGINT) RETURNS boolean
    LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM reading_pack_article pa JOIN reading_pack p ON p.pack_id = pa.pack_id
                       WHERE pa.article_id = article AND NOT p.revealed) $$;

ALTER TABLE annotation ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotation_tag ENABLE ROW LEVEL SECURITY;
ALTER TABLE annotation_link ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS glossator_read ON annotation;
CREATE POLICY glossator_read ON annotation FOR SELECT
    USING (creator = current_user OR glossator_is_owner() OR NOT glossator_is_blind(article_id));
DROP POLICY IF EXISTS glossator_insert ON annotation;
CREATE POLICY glossator_insert ON annotation FOR INSERT
    WITH CHECK (creator = current_user OR glossator_is_owner());
DROP POLICY IF EXISTS glossator_update ON annotation;
CREATE POLICY glossator_update ON annotation FOR UPDATE
    USING (creator = current_user OR glossator_is_owner())
    WITH CHECK (creator = current_user OR glossator_is_owner());
DROP POLICY IF EXISTS glossator_delete ON annotation;
CREATE POLICY glossator_delete ON annotation FOR DELETE
    USING (creator = current_user OR glossator_is_owner());

-- A tag is seen with its annotation and written by whoever may write the annotation.
DROP POLICY IF EXISTS glossator_read ON annotation_tag;
CREATE POLICY glossator_read ON annotation_tag FOR SELECT
    USING (EXISTS (SELECT 1 FROM annotation a WHERE a.id = annotation_id));
DROP POLICY IF EXISTS glossator_write ON annotation_tag;
CREATE POLICY glossator_write ON annotation_tag FOR ALL
    USING (glossator_is_owner() OR EXISTS (SELECT 1 FROM annotation a WHERE a.id = annotation_id
                                           AND a.creator = current_user))
    WITH CHECK (glossator_is_owner() OR EXISTS (SELECT 1 FROM annotation a WHERE a.id = annotation_id
                                                AND a.creator = current_user));

DROP POLICY IF EXISTS glossator_read ON annotation_link;
CREATE POLICY glossator_read ON annotation_link FOR SELECT
    USING (EXISTS (SELECT 1 FROM annotation a WHERE a.id = from_id)
           AND EXISTS (SELECT 1 FROM annotation a WHERE a.id = to_id));
DROP POLICY IF EXISTS glossator_write ON annotation_link;
CREATE POLICY glossator_write ON annotation_link FOR ALL
    USING (creator = current_user OR glossator_is_owner())
    WITH CHECK (creator = current_user OR glossator_is_owner());
