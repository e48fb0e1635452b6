-- The victim's service plan: one per case, its services and their state, referrals to provider organisations (the need
-- sealed), the sessions delivered (notes sealed) and the unit lead's approved session extensions.
CREATE TABLE services_plan (
    case_id        UUID PRIMARY KEY,
    case_number    VARCHAR(20)  NOT NULL,
    opened_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    opened_through VARCHAR(30)  NOT NULL
);

CREATE TABLE services_service (
    id               UUID PRIMARY KEY,
    case_id          UUID         NOT NULL REFERENCES services_plan (case_id),
    kind             VARCHAR(20)  NOT NULL,
    state            VARCHAR(30)  NOT NULL,
    wanted_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    wanted_through   VARCHAR(200) NOT NULL,
    state_changed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state_changed_by VARCHAR(200),
    victim_reason    VARCHAR(500),
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (case_id, kind)
);

CREATE TABLE services_referral (
    id                         UUID PRIMARY KEY,
    case_id                    UUID         NOT NULL,
    case_number                VARCHAR(20)  NOT NULL,
    service_id                 UUID         NOT NULL REFERENCES services_service (id),
    kind                       VARCHAR(20)  NOT NULL,
    organisation_id            UUID         NOT NULL,
    alias                      VARCHAR(40)  NOT NULL,
    need_sealed                BYTEA        NOT NULL,
    contact_through            VARCHAR(500) NOT NULL,
    sent_at                    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_by                    VARCHAR(200) NOT NULL,
    first_contact_due          DATE         NOT NULL,
    first_contact_working_days INTEGER      NOT NULL,
    first_contacted_at         TIMESTAMP(6) WITH TIME ZONE,
    state                      VARCHAR(20)  NOT NULL,
    state_changed_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    accepted_at                TIMESTAMP(6) WITH TIME ZONE,
    accepted_by                VARCHAR(200),
    declined_at                TIMESTAMP(6) WITH TIME ZONE,
    declined_by                VARCHAR(200),
    decline_reason             VARCHAR(500),
    suspended_at               TIMESTAMP(6) WITH TIME ZONE,
    suspension_cause           VARCHAR(30),
    version                    BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX services_referral_inbox_idx ON services_referral (organisation_id, sent_at DESC);
CREATE INDEX services_referral_case_idx ON services_referral (case_id);
CREATE INDEX services_referral_service_idx ON services_referral (service_id);

CREATE TABLE services_session (
    id             UUID PRIMARY KEY,
    referral_id    UUID         NOT NULL REFERENCES services_referral (id),
    case_id        UUID         NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    held_on        DATE         NOT NULL,
    minutes        INTEGER      NOT NULL,
    session_kind   VARCHAR(20)  NOT NULL,
    note_sealed    BYTEA        NOT NULL,
    recorded_by    VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    limit_in_force INTEGER      NOT NULL
);
CREATE INDEX services_session_case_idx ON services_session (case_id, kind);
CREATE INDEX services_session_referral_idx ON services_session (referral_id);

CREATE TABLE services_session_extension (
    id                  UUID PRIMARY KEY,
    case_id             UUID         NOT NULL,
    additional_sessions INTEGER      NOT NULL,
    reason              VARCHAR(500) NOT NULL,
    base_limit          INTEGER      NOT NULL,
    limit_after         INTEGER      NOT NULL,
    approved_by         VARCHAR(200) NOT NULL,
    approved_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX services_session_extension_case_idx ON services_session_extension (case_id);
