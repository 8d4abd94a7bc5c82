-- PostgreSQL twin of sqlite/0005 (same tables, same columns, same meaning; see there).
-- Discord ids are BIGINT; flags stay INTEGER 0/1 as in SQLite, so copies need no conversion.

-- id: short, typable, unique across every server; it is also the reading's source id and the
-- prefix of its passage ids and of its new speakers' and works' ids.
CREATE TABLE library_readings (
    id TEXT PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    author_speaker TEXT NOT NULL,       -- speaker id of the author (their commentary)
    year INTEGER,
    file_name TEXT NOT NULL,            -- as the moderator's attachment was called
    sha256 TEXT NOT NULL,               -- of the file's bytes: the same file is added once
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    text TEXT NOT NULL,                 -- the extracted plain text, verbatim
    added_by BIGINT NOT NULL,          -- the moderator's Discord id
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT,
    UNIQUE (guild_id, sha256)
);

CREATE INDEX library_readings_guild ON library_readings (guild_id, status);

-- One row per proposed passage, in text order (position). The attribution a moderator reviews
-- and corrects is in columns (one UPDATE per correction, CHECKed kinds); the spans that only
-- travel with the passage (page-break debris removed, bracketed insertions) are JSON arrays.
-- speaker/work/via are ids: a shipped registry's, or one of library_entries of the reading;
-- *_name/*_title keep the names as the text (or the moderator) wrote them.
CREATE TABLE library_passages (
    reading_id TEXT NOT NULL REFERENCES library_readings (id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('quotation', 'commentary', 'heading', 'front-matter')),
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    speaker_name TEXT,
    work TEXT,
    work_title TEXT,
    page TEXT,
    date TEXT,
    via TEXT,
    via_name TEXT,
    attributed_by TEXT,                 -- how the extractor found the attribution
    spans TEXT NOT NULL,                -- JSON {"removed": [[a, b]...], "insertions": [[a, b]...]}
    corrected_by BIGINT,               -- the moderator who last corrected it
    corrected_at TEXT,
    PRIMARY KEY (reading_id, passage_id)
);

CREATE UNIQUE INDEX library_passages_id ON library_passages (passage_id);

-- Speakers and works a reading names that no shipped registry knows: proposed new entries,
-- visible only in the views of the server that added the reading.
CREATE TABLE library_entries (
    reading_id TEXT NOT NULL REFERENCES library_readings (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('speaker', 'work')),
    entry_id TEXT NOT NULL,
    name TEXT NOT NULL,                 -- the speaker's name or the work's title
    unnamed INTEGER NOT NULL DEFAULT 0, -- a speaker the text does not name ("a keeper's wife")
    author TEXT,                        -- a work's author (speaker id)
    PRIMARY KEY (reading_id, kind, entry_id)
);

-- What a server switched off or on: shipped sources (enabled unless a row says otherwise) and
-- its own readings. No row: the default (enabled).
CREATE TABLE library_switches (
    guild_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,             -- a shipped source id or a reading id
    origin TEXT NOT NULL CHECK (origin IN ('shipped', 'own')),
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    changed_by BIGINT,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (guild_id, entry_id)
);
