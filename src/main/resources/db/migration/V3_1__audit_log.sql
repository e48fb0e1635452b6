-- The tamper-evident access log (audit module). See docs/adr/0004-audit-hash-chain.md.
--
-- Entries form N independent hash chains ("stripes") so that appends do not serialise on one row:
-- an append locks only its chain's head row, inserts the entry with seq + 1 and the previous hash,
-- and moves the head on.

CREATE TABLE audit_chain (
    chain_no      INTEGER PRIMARY KEY CHECK (chain_no >= 0),
    last_seq      BIGINT  NOT NULL CHECK (last_seq >= 0),
    last_hash     BYTEA   NOT NULL CHECK (length(last_hash) = 32),
    last_entry_id BIGINT
);

CREATE SEQUENCE audit_entry_id_seq;

CREATE TABLE audit_entry (
    id             BIGINT      PRIMARY KEY,
    chain_no       INTEGER     NOT NULL REFERENCES audit_chain (chain_no),
    seq            BIGINT      NOT NULL CHECK (seq >= 1),
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor_name     TEXT        NOT NULL,
    actor_kind     TEXT        NOT NULL CHECK (actor_kind IN ('USER', 'CLIENT', 'DEVICE', 'SYSTEM', 'ANONYMOUS')),
    organisation   TEXT,
    source_address TEXT,
    action         TEXT        NOT NULL,
    subject_type   TEXT        NOT NULL,
    subject_id     TEXT        NOT NULL,
    reason         TEXT,
    prev_hash      BYTEA       NOT NULL CHECK (length(prev_hash) = 32),
    hash           BYTEA       NOT NULL CHECK (length(hash) = 32),
    CONSTRAINT audit_entry_chain_seq_uk UNIQUE (chain_no, seq)
);
ALTER SEQUENCE audit_entry_id_seq OWNED BY audit_entry.id;

-- The auditor's list: newest first, filtered.
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_name, occurred_at DESC);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id, occurred_at DESC);
CREATE INDEX audit_entry_organisation_idx ON audit_entry (organisation, occurred_at DESC);

-- Append-only: entries are never changed or removed, not even by the application.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

-- A chain's head is never removed, and only moves forward by exactly one entry that exists with that hash.
CREATE FUNCTION audit_chain_guard_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit_chain heads are never removed: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.chain_no <> OLD.chain_no
       OR NEW.last_seq <> OLD.last_seq + 1
       OR NOT EXISTS (SELECT 1 FROM audit_entry e
                       WHERE e.chain_no = NEW.chain_no AND e.seq = NEW.last_seq
                         AND e.hash = NEW.last_hash AND e.id = NEW.last_entry_id
                         AND e.prev_hash = OLD.last_hash) THEN
        RAISE EXCEPTION 'audit_chain % may only move forward by its appended entry', OLD.chain_no
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_chain_guard_update BEFORE UPDATE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_chain_guard_head();
CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_chain_guard_head();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_guard_head();
