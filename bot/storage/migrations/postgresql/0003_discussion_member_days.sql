-- PostgreSQL twin of sqlite/0003: who took part on which days, as one bitmap row per guild,
-- passage, member and 366-day block (see the SQLite migration for the layout).

CREATE TABLE discussion_member_days (
    guild_id BIGINT NOT NULL,
    passage_id TEXT NOT NULL,
    member_hash BYTEA NOT NULL,
    block INTEGER NOT NULL,
    w0 BIGINT NOT NULL DEFAULT 0,
    w1 BIGINT NOT NULL DEFAULT 0,
    w2 BIGINT NOT NULL DEFAULT 0,
    w3 BIGINT NOT NULL DEFAULT 0,
    w4 BIGINT NOT NULL DEFAULT 0,
    w5 BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (guild_id, passage_id, member_hash, block)
);

CREATE INDEX discussion_member_days_member ON discussion_member_days (member_hash);

INSERT INTO discussion_member_days AS t
    (guild_id, passage_id, member_hash, block, w0, w1, w2, w3, w4, w5)
SELECT guild_id, passage_id, member_hash, day / 366,
    bit_or(CASE WHEN day % 366 / 61 = 0 THEN 1::bigint << (day % 366 % 61) ELSE 0 END),
    bit_or(CASE WHEN day % 366 / 61 = 1 THEN 1::bigint << (day % 366 % 61) ELSE 0 END),
    bit_or(CASE WHEN day % 366 / 61 = 2 THEN 1::bigint << (day % 366 % 61) ELSE 0 END),
    bit_or(CASE WHEN day % 366 / 61 = 3 THEN 1::bigint << (day % 366 % 61) ELSE 0 END),
    bit_or(CASE WHEN day % 366 / 61 = 4 THEN 1::bigint << (day % 366 % 61) ELSE 0 END),
    bit_or(CASE WHEN day % 366 / 61 = 5 THEN 1::bigint << (day % 366 % 61) ELSE 0 END)
FROM discussion_daily_members
GROUP BY guild_id, passage_id, member_hash, day / 366;

DROP TABLE discussion_daily_members;
