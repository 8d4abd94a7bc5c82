-- Who published and who removed a reading (issue 14): /library list shows a moderator team
-- which of them made a reading public and which readings were removed, by whom and when, as
-- it already shows who switched a text off and the review who corrected a passage.

-- The moderator who published the reading (null: a draft, or published before this was kept).
ALTER TABLE library_readings ADD COLUMN published_by INTEGER;

-- One row per reading removed from a server, written in the transaction that deletes it and
-- never updated: the reading's text and passages are gone, what it was and who removed it
-- stay. A file removed and added again gets the same reading id: removed_at tells them apart.
CREATE TABLE library_removals (
    guild_id INTEGER NOT NULL,
    reading_id TEXT NOT NULL,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    file_name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),  -- when it was removed
    passages INTEGER NOT NULL,
    added_by INTEGER NOT NULL,
    published_by INTEGER,
    removed_by INTEGER,                 -- the moderator's Discord id (null: not recorded)
    removed_at TEXT NOT NULL,
    PRIMARY KEY (guild_id, reading_id, removed_at)
);

CREATE INDEX library_removals_recent ON library_removals (guild_id, removed_at);
