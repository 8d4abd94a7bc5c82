-- PostgreSQL twin of sqlite/0002: daily schedules, the post claims, the selection history.
-- Dates and times stay ISO text as in SQLite, so both backends compare and copy them alike.
CREATE TABLE daily_schedules (
    guild_id BIGINT PRIMARY KEY,
    channel_id BIGINT NOT NULL,
    post_time TEXT NOT NULL,
    timezone TEXT NOT NULL,
    topic TEXT,
    speaker TEXT,
    open_thread INTEGER NOT NULL DEFAULT 0,
    paused_reason TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE daily_posts (
    guild_id BIGINT NOT NULL,
    local_date TEXT NOT NULL,
    passage_id TEXT NOT NULL,
    channel_id BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    claimed_at TEXT NOT NULL,
    sent_at TEXT,
    message_id BIGINT,
    thread_id BIGINT,
    error TEXT,
    PRIMARY KEY (guild_id, local_date)
);

CREATE TABLE selection_history (
    scope TEXT NOT NULL,
    cycle INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    shown_at TEXT NOT NULL,
    PRIMARY KEY (scope, cycle, passage_id)
);
