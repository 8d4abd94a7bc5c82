-- PostgreSQL twin of sqlite/0012 (same columns, same meaning; see there).
ALTER TABLE library_passages ADD COLUMN checked_by BIGINT;  -- the moderator's Discord id
ALTER TABLE library_passages ADD COLUMN checked_at TEXT;
