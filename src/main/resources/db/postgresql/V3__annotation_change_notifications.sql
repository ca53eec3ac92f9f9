-- Issue 17: every write of an annotation row tells listening clients, on the channel
-- glossator_annotation, what happened: "KIND|article id|version|annotation id". PostgreSQL
-- delivers a notification when (and only if) its transaction commits, so a client never hears
-- of a change that was rolled back. Deletions by cascade (an article deleted) are reported too.
CREATE FUNCTION glossator_notify_annotation() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('glossator_annotation', 'DELETED|' || OLD.article_id || '|0|' || OLD.id);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('glossator_annotation',
        (CASE TG_OP WHEN 'INSERT' THEN 'CREATED' ELSE 'CHANGED' END)
        || '|' || NEW.article_id || '|' || NEW.version || '|' || NEW.id);
    IF TG_OP = 'UPDATE' AND OLD.article_id <> NEW.article_id THEN
        -- Moved to another article: those watching the old one see it go.
        PERFORM pg_notify('glossator_annotation', 'DELETED|' || OLD.article_id || '|0|' || OLD.id);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER annotation_changed
    AFTER INSERT OR UPDATE OR DELETE ON annotation
    FOR EACH ROW EXECUTE FUNCTION glossator_notify_annotation();
