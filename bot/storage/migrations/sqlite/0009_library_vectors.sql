-- A published reading's sentence vectors (issue 14): the window vectors search by meaning
-- ranks with, computed once (about 30 ms a window) and kept with the reading, so that after a
-- restart a server's view is built without embedding its readings again. Removed with the
-- reading. Vectors of another model or windowing (model) are ignored and computed anew.

-- keys: 16 bytes per window (a hash of the window's text), in the order of the rows of
-- vectors; vectors: windows x dimensions numbers of dtype ('float16'), row-major, as numpy
-- writes them (little-endian).
CREATE TABLE library_vectors (
    reading_id TEXT PRIMARY KEY REFERENCES library_readings (id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    dtype TEXT NOT NULL,
    dimensions INTEGER NOT NULL,
    windows INTEGER NOT NULL,
    keys BLOB NOT NULL,
    vectors BLOB NOT NULL,
    stored_at TEXT NOT NULL
);
