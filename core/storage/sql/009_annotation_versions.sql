-- Schema version 9: every annotation counts its changes, as a team library's server does, so
-- that a change based on an annotation as it was read is refused when someone else (another
-- window, glossa-cli, a colleague on the server) changed it meanwhile, never written over it.
ALTER TABLE annotations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
-- Recursive triggers are off: the inner UPDATE does not fire it again.
CREATE TRIGGER annotations_next_version AFTER UPDATE ON annotations WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE annotations SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
