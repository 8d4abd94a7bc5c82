-- Distinct participants over any period, fast: one row per guild, passage, hashed member and
-- 366-day block (block = day / 366) with a bitmap of the days the member took part
-- (day offset o = day % 366 is bit o % 61 of word w<o / 61>; 61 bits keep every word positive).
-- Replaces discussion_daily_members (one row per day), whose distinct count over a year was
-- too slow. discussion_daily.participants is from now on filled in when a day is pruned.

CREATE TABLE discussion_member_days (
    guild_id INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    member_hash BLOB NOT NULL,
    block INTEGER NOT NULL,
    w0 INTEGER NOT NULL DEFAULT 0,
    w1 INTEGER NOT NULL DEFAULT 0,
    w2 INTEGER NOT NULL DEFAULT 0,
    w3 INTEGER NOT NULL DEFAULT 0,
    w4 INTEGER NOT NULL DEFAULT 0,
    w5 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (guild_id, passage_id, member_hash, block)
) WITHOUT ROWID;

CREATE INDEX discussion_member_days_member ON discussion_member_days (member_hash);

INSERT INTO discussion_member_days
    (guild_id, passage_id, member_hash, block, w0, w1, w2, w3, w4, w5)
SELECT guild_id, passage_id, member_hash, day / 366,
    CASE WHEN day % 366 / 61 = 0 THEN 1 << (day % 366 % 61) ELSE 0 END,
    CASE WHEN day % 366 / 61 = 1 THEN 1 << (day % 366 % 61) ELSE 0 END,
    CASE WHEN day % 366 / 61 = 2 THEN 1 << (day % 366 % 61) ELSE 0 END,
    CASE WHEN day % 366 / 61 = 3 THEN 1 << (day % 366 % 61) ELSE 0 END,
    CASE WHEN day % 366 / 61 = 4 THEN 1 << (day % 366 % 61) ELSE 0 END,
    CASE WHEN day % 366 / 61 = 5 THEN 1 << (day % 366 % 61) ELSE 0 END
FROM discussion_daily_members WHERE true
ON CONFLICT (guild_id, passage_id, member_hash, block) DO UPDATE SET
    w0 = w0 | excluded.w0, w1 = w1 | excluded.w1, w2 = w2 | excluded.w2,
    w3 = w3 | excluded.w3, w4 = w4 | excluded.w4, w5 = w5 | excluded.w5;

DROP TABLE discussion_daily_members;
