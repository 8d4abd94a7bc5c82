-- Daily quote posts: one schedule per guild, and the history of posts keyed by the local
-- date, so a post can be claimed only once per guild and day (two processes racing for the
-- same post: the second INSERT fails on the primary key and that process does not send).
CREATE TABLE daily_schedules (
    guild_id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL,
    post_time TEXT NOT NULL,            -- HH:MM, local wall-clock time
    timezone TEXT NOT NULL,             -- IANA name
    topic TEXT,                         -- topic id filter
    speaker TEXT,                       -- speaker id filter
    open_thread INTEGER NOT NULL DEFAULT 0,
    paused_reason TEXT,                 -- why posting stopped (channel gone, no permission)
    updated_at TEXT NOT NULL            -- when a moderator last set it (ISO, UTC)
);

CREATE TABLE daily_posts (
    guild_id INTEGER NOT NULL,
    local_date TEXT NOT NULL,           -- YYYY-MM-DD in the schedule's zone
    passage_id TEXT NOT NULL,
    channel_id INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    claimed_at TEXT NOT NULL,
    sent_at TEXT,
    message_id INTEGER,
    thread_id INTEGER,
    error TEXT,
    PRIMARY KEY (guild_id, local_date)
);

-- Passages already shown in the current cycle of a scope ("guild:1", "channel:2"), so a
-- random choice does not repeat until every eligible passage has been shown.
CREATE TABLE selection_history (
    scope TEXT NOT NULL,
    cycle INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    shown_at TEXT NOT NULL,
    PRIMARY KEY (scope, cycle, passage_id)
) WITHOUT ROWID;
