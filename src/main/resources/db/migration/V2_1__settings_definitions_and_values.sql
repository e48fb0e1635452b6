-- Effective-dated policy settings: what each setting is, and every value it has had or will have.

CREATE TABLE settings_definition (
    key            VARCHAR(100) PRIMARY KEY,
    kind           VARCHAR(10)  NOT NULL CHECK (kind IN ('NUMBER', 'TEXT', 'DATE', 'LIST')),
    unit           VARCHAR(20),
    min_value      BIGINT,
    max_value      BIGINT,
    module         VARCHAR(40)  NOT NULL,
    description_ko TEXT         NOT NULL,
    description_en TEXT         NOT NULL,
    source         VARCHAR(40)  NOT NULL,
    CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);

-- History is kept forever: a value row is never updated or deleted; the only change allowed is
-- cancelling a change that is not yet in force (a flag with who and when).
CREATE TABLE settings_value (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key           VARCHAR(100) NOT NULL REFERENCES settings_definition (key),
    value         TEXT         NOT NULL,
    valid_from    DATE         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    recorded_by   VARCHAR(100) NOT NULL,
    reason        TEXT         NOT NULL,
    cancelled     BOOLEAN      NOT NULL DEFAULT FALSE,
    cancelled_at  TIMESTAMPTZ,
    cancelled_by  VARCHAR(100),
    cancel_reason TEXT,
    CHECK (cancelled = (cancelled_at IS NOT NULL)),
    CHECK (cancelled = (cancelled_by IS NOT NULL))
);

-- "The value in force on D": the greatest valid_from <= D that is not cancelled; at most one live value per day.
CREATE UNIQUE INDEX settings_value_in_force_idx ON settings_value (key, valid_from DESC) WHERE NOT cancelled;
CREATE INDEX settings_value_history_idx ON settings_value (key, id);

CREATE FUNCTION settings_value_keep_history() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'settings_value keeps its history: rows are never deleted';
    END IF;
    IF OLD.cancelled
        OR NOT NEW.cancelled
        OR NEW.id IS DISTINCT FROM OLD.id
        OR NEW.key IS DISTINCT FROM OLD.key
        OR NEW.value IS DISTINCT FROM OLD.value
        OR NEW.valid_from IS DISTINCT FROM OLD.valid_from
        OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at
        OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by
        OR NEW.reason IS DISTINCT FROM OLD.reason THEN
        RAISE EXCEPTION 'settings_value keeps its history: only cancelling a change is allowed';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER settings_value_keep_history
    BEFORE UPDATE OR DELETE ON settings_value
    FOR EACH ROW EXECUTE FUNCTION settings_value_keep_history();
