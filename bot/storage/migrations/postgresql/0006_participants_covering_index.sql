-- /stats counts distinct participants by reading the discussion_member_days rows of a
-- guild's passages in key order. SQLite keeps those rows in the key's b-tree itself (the
-- table is WITHOUT ROWID); PostgreSQL kept them in a heap, so every row read was one more
-- random page: 10 million events took a second for a year's /stats top. The key now carries
-- the day bitmaps (INCLUDE), so the count is an index-only scan in key order, and the
-- table is vacuumed often enough for the visibility map to keep it index-only while a busy
-- server keeps setting new bits.

ALTER TABLE discussion_member_days
    DROP CONSTRAINT discussion_member_days_pkey,
    ADD CONSTRAINT discussion_member_days_pkey
        PRIMARY KEY (guild_id, passage_id, member_hash, block) INCLUDE (w0, w1, w2, w3, w4, w5);

ALTER TABLE discussion_member_days SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_insert_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.02
);
