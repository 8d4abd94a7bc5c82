-- Discussion log and moderator statistics (issue 5). Counts only: no message text is stored.
-- Members appear only as a keyed hash (HMAC-SHA256 of the id, truncated to 16 bytes) under a
-- per-installation secret kept in stats_secret; NULL member_hash means anonymous.
-- Times are Unix seconds (UTC); day is the UTC day number (at / 86400).

CREATE TABLE stats_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Raw events, pruned after the retention period; the daily tables below keep the counts.
CREATE TABLE discussion_events (
    id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('shown', 'posted', 'thread', 'message', 'reply', 'reaction')),
    detail TEXT,  -- the command for 'shown', the origin for 'posted'
    member_hash BLOB,
    at INTEGER NOT NULL
);

CREATE INDEX discussion_events_at ON discussion_events (at);
CREATE INDEX discussion_events_member ON discussion_events (member_hash)
    WHERE member_hash IS NOT NULL;

-- Per guild, UTC day and passage: the counts every report reads (kept after pruning).
CREATE TABLE discussion_daily (
    guild_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    shown INTEGER NOT NULL DEFAULT 0,
    posts INTEGER NOT NULL DEFAULT 0,
    threads INTEGER NOT NULL DEFAULT 0,
    messages INTEGER NOT NULL DEFAULT 0,  -- thread messages and replies
    reactions INTEGER NOT NULL DEFAULT 0,
    participants INTEGER NOT NULL DEFAULT 0,  -- distinct linked members that day
    members_pruned INTEGER NOT NULL DEFAULT 0,  -- 1 once the day's member rows are pruned
    first_at INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day, passage_id)
) WITHOUT ROWID;

-- Which hashed members took part in the discussion of a passage on a day (pruned with the
-- raw events); lets reports count distinct participants over any period.
CREATE TABLE discussion_daily_members (
    guild_id INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    day INTEGER NOT NULL,
    member_hash BLOB NOT NULL,
    PRIMARY KEY (guild_id, passage_id, day, member_hash)
) WITHOUT ROWID;

CREATE INDEX discussion_daily_members_member ON discussion_daily_members (member_hash);

-- Messages of the bot that carry a passage ('message') and threads opened on one ('thread'):
-- replies, reactions and thread messages on these count as discussion of the passage.
CREATE TABLE passage_messages (
    object_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('message', 'thread')),
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (object_id, kind)
) WITHOUT ROWID;

-- Members who opted out, by hash: their events are stored without a member.
CREATE TABLE privacy_opt_outs (
    member_hash BLOB PRIMARY KEY,
    at INTEGER NOT NULL
) WITHOUT ROWID;
