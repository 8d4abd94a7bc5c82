-- Nothing to create: SQLite's 0004 adds lease rows for identify buckets, PostgreSQL
-- coordinates IDENTIFY between processes with advisory locks (bot.storage.postgres).
-- Kept so that both backends number their schema versions alike.
SELECT 1;
