-- Deleted annotations remembered by id, with when (the SQLite store's schema step 7): push and
-- pull carry a deletion made offline to the other store, and an older copy does not bring it back.
CREATE TABLE annotation_deletion (
    id      TEXT COLLATE "C" PRIMARY KEY,
    deleted TEXT NOT NULL
);

-- On a store whose group rights are installed, whoever may delete an annotation records its
-- deletion (the delete itself stays under row-level security); group-roles.sql grants the same.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'glossator_annotator') THEN
        GRANT SELECT ON annotation_deletion TO glossator_reader, glossator_annotator, glossator_owner;
        GRANT INSERT, UPDATE, DELETE ON annotation_deletion TO glossator_annotator, glossator_owner;
    END IF;
END
$$;
