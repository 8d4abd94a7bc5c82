-- PostgreSQL twin of sqlite/0007: the counts of discussion_daily per 16-day span
-- (span = day / 16), so that a long /stats period reads its whole spans here and only the
-- days at its two ends from discussion_daily (see the SQLite migration).

CREATE TABLE discussion_spans (
    guild_id BIGINT NOT NULL,
    span INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    shown INTEGER NOT NULL DEFAULT 0,
    posts INTEGER NOT NULL DEFAULT 0,
    threads INTEGER NOT NULL DEFAULT 0,
    messages INTEGER NOT NULL DEFAULT 0,
    reactions INTEGER NOT NULL DEFAULT 0,
    pruned_participants INTEGER NOT NULL DEFAULT 0,
    first_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    PRIMARY KEY (guild_id, span, passage_id)
);

INSERT INTO discussion_spans
    (guild_id, span, passage_id, shown, posts, threads, messages, reactions,
     pruned_participants, first_at, last_at)
SELECT guild_id, day / 16, passage_id, SUM(shown), SUM(posts), SUM(threads), SUM(messages),
    SUM(reactions), SUM(CASE WHEN members_pruned != 0 THEN participants ELSE 0 END),
    MIN(first_at), MAX(last_at)
FROM discussion_daily
GROUP BY guild_id, day / 16, passage_id;
