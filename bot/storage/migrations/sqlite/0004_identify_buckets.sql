-- Clusters (several processes on one database): Discord accepts one IDENTIFY per bucket
-- (shard_id % max_concurrency) every 5 seconds. Each bucket is a lease row; a process takes
-- it by moving free_at (Unix seconds) forward in one conditional UPDATE.
-- PostgreSQL coordinates the same with advisory locks and has no such table.
CREATE TABLE identify_buckets (
    bucket INTEGER PRIMARY KEY,
    free_at REAL NOT NULL
);
