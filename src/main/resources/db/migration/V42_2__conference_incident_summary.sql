-- Each case's incidents summarised on its conference_case row, so that the agenda rules read one row per case instead
-- of aggregating every incident in the window (ADR 9, "Agenda under load"):
--   latest_incidents                 when its latest 50 incidents happened, newest first (50 = the highest value the
--                                    setting conference.escalation-incidents may take, so the escalation rule can always
--                                    be decided from the array);
--   first_incident_after_conference  when the first incident after its last conference happened (the repeat rule).
-- Withdrawn incidents do not count. Kept by triggers, so every writer (the register, tests, bulk loads) keeps them
-- right. Concurrency: an incident's writer takes a transaction-scoped advisory lock per case and then updates the
-- case row (READ COMMITTED re-evaluates its SET on the row another writer committed); whoever reads incidents to
-- compute a summary does so in a statement that starts after its lock (row or advisory), so it sees every incident
-- committed before. The helper functions are VOLATILE on purpose: each of their queries takes a fresh snapshot.
-- Every application path writes one case row or a few incidents per transaction; a bulk load (one advisory lock per
-- case would exhaust the lock table) disables these triggers and then sets the summaries with the functions below,
-- as the backfill at the end of this file does.

ALTER TABLE conference_case
    ADD COLUMN latest_incidents                timestamptz[] NOT NULL DEFAULT '{}',
    ADD COLUMN first_incident_after_conference timestamptz;

-- The old agenda query's scan by time; the summary replaces it.
DROP INDEX conference_incident_when;

CREATE FUNCTION conference_lock_case(of_case uuid) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(4242, hashtext(of_case::text));
$$;

CREATE FUNCTION conference_latest_incidents(of_case uuid) RETURNS timestamptz[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(occurred_at ORDER BY occurred_at DESC), '{}')
      FROM (SELECT occurred_at FROM conference_incident
             WHERE case_id = of_case AND withdrawn_at IS NULL
             ORDER BY occurred_at DESC LIMIT 50) latest;
$$;

CREATE FUNCTION conference_first_incident_after(of_case uuid, after timestamptz) RETURNS timestamptz
    LANGUAGE sql AS $$
    SELECT min(occurred_at) FROM conference_incident
     WHERE case_id = of_case AND withdrawn_at IS NULL AND after IS NOT NULL AND occurred_at > after;
$$;

-- A new incident: merged into the summary in place (no re-read of the case's incidents).
CREATE FUNCTION conference_incident_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.withdrawn_at IS NOT NULL THEN
        RETURN NULL;
    END IF;
    PERFORM conference_lock_case(NEW.case_id);
    UPDATE conference_case c
       SET latest_incidents = (SELECT array_agg(t ORDER BY t DESC)
                                 FROM (SELECT t FROM unnest(c.latest_incidents || NEW.occurred_at) AS t
                                        ORDER BY t DESC LIMIT 50) kept),
           first_incident_after_conference =
               CASE WHEN c.last_conference_at IS NOT NULL AND NEW.occurred_at > c.last_conference_at
                    THEN least(c.first_incident_after_conference, NEW.occurred_at)
                    ELSE c.first_incident_after_conference END
     WHERE c.case_id = NEW.case_id;
    RETURN NULL;
END;
$$;

-- A withdrawn (or otherwise changed or removed) incident: the case's summary is read again from its incidents, in a
-- statement that starts after the lock, so it sees every other writer's committed incidents.
CREATE FUNCTION conference_incident_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed_case uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
BEGIN
    PERFORM conference_lock_case(changed_case);
    UPDATE conference_case c
       SET latest_incidents = conference_latest_incidents(changed_case),
           first_incident_after_conference = conference_first_incident_after(changed_case, c.last_conference_at)
     WHERE c.case_id = changed_case;
    RETURN NULL;
END;
$$;

-- A case row arriving after its incidents, or a new last conference: its summary from its incidents.
CREATE FUNCTION conference_case_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM conference_case WHERE case_id = NEW.case_id) THEN
            RETURN NEW; -- an upsert of a known case: its summary stays as it is
        END IF;
        PERFORM conference_lock_case(NEW.case_id);
        NEW.latest_incidents := conference_latest_incidents(NEW.case_id);
        NEW.first_incident_after_conference := conference_first_incident_after(NEW.case_id, NEW.last_conference_at);
    ELSIF NEW.last_conference_at IS DISTINCT FROM OLD.last_conference_at THEN
        NEW.first_incident_after_conference := conference_first_incident_after(NEW.case_id, NEW.last_conference_at);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER conference_incident_added AFTER INSERT ON conference_incident
    FOR EACH ROW EXECUTE FUNCTION conference_incident_added();
CREATE TRIGGER conference_incident_changed AFTER UPDATE OR DELETE ON conference_incident
    FOR EACH ROW EXECUTE FUNCTION conference_incident_changed();
CREATE TRIGGER conference_case_summary BEFORE INSERT OR UPDATE OF last_conference_at ON conference_case
    FOR EACH ROW EXECUTE FUNCTION conference_case_summary();

-- The cases known so far.
UPDATE conference_case c
   SET latest_incidents = conference_latest_incidents(c.case_id),
       first_incident_after_conference = conference_first_incident_after(c.case_id, c.last_conference_at);
