-- "Looks right" in /library review (issue 14): a moderator confirmed an attribution the
-- extractor was unsure of (library_passages.doubt) as checked, without changing it. Review
-- then stops counting it among the attributions to check, and shows who checked it and when;
-- a correction (library_corrections) settles a doubt too. Null: not confirmed.
ALTER TABLE library_passages ADD COLUMN checked_by INTEGER;  -- the moderator's Discord id
ALTER TABLE library_passages ADD COLUMN checked_at TEXT;
