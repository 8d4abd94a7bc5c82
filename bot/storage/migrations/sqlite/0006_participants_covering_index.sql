-- Nothing to change: PostgreSQL's 0006 makes the key of discussion_member_days carry the day
-- bitmaps, so that /stats counts participants from the index alone. SQLite already stores
-- that table in its key's b-tree (WITHOUT ROWID, migration 0003).
-- Kept so that both backends number their schema versions alike.
SELECT 1;
