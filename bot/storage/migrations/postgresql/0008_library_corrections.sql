-- PostgreSQL twin of sqlite/0008 (same table, same meaning; see there).
-- The audit of /library review (issue 14): one row per correction a moderator made to a
-- proposed passage, never updated, so a moderator team can see who changed an attribution,
-- when, and from what. library_passages.corrected_by/corrected_at keep only the last one.

-- number: 1, 2, … per passage, in the order the corrections were made.
-- changes: JSON [[field, before, after], ...], field one of kind, speaker, work, page, via;
-- the values as review showed them (names and titles, not ids), null for none.
CREATE TABLE library_corrections (
    reading_id TEXT NOT NULL REFERENCES library_readings (id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    corrected_by BIGINT,                -- the moderator's Discord id (null: not recorded)
    corrected_at TEXT NOT NULL,
    changes TEXT NOT NULL,
    PRIMARY KEY (reading_id, passage_id, number)
);

-- Corrections made before this audit existed: when, not who nor what (never recorded).
INSERT INTO library_corrections (reading_id, passage_id, number, corrected_by, corrected_at,
    changes)
SELECT reading_id, passage_id, 1, corrected_by, corrected_at, '[]'
FROM library_passages WHERE corrected_at IS NOT NULL;
