-- Why the extractor is unsure of a proposed attribution (issue 14): a short neutral reason
-- ("‘she’ taken as Ada Merrow, named only in an earlier paragraph"), null where the text
-- states it. /library review lists the passages with one first, until a moderator corrects
-- them; published passages keep it for the record.
ALTER TABLE library_passages ADD COLUMN doubt TEXT;
