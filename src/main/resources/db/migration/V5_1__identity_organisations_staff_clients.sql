-- Identity: organisations, staff users, second factor, machine clients and the history of rights.
CREATE TABLE identity_organisation (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL UNIQUE,
    kind       VARCHAR(40)  NOT NULL,
    district   VARCHAR(100),
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE identity_staff_user (
    id                     UUID PRIMARY KEY,
    username               VARCHAR(100) NOT NULL UNIQUE,
    display_name           VARCHAR(200) NOT NULL,
    role                   VARCHAR(40)  NOT NULL,
    organisation_id        UUID         NOT NULL REFERENCES identity_organisation (id),
    password_hash          VARCHAR(200) NOT NULL,
    second_factor_required BOOLEAN      NOT NULL,
    totp_secret            BYTEA,
    failed_attempts        INTEGER      NOT NULL DEFAULT 0,
    locked_until           TIMESTAMP(6) WITH TIME ZONE,
    enabled                BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_sign_in_at        TIMESTAMP(6) WITH TIME ZONE,
    version                BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE identity_recovery_code (
    id        UUID PRIMARY KEY,
    user_id   UUID        NOT NULL REFERENCES identity_staff_user (id),
    code_hash VARCHAR(64) NOT NULL,
    used_at   TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX identity_recovery_code_user_idx ON identity_recovery_code (user_id);

CREATE TABLE identity_machine_client (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    organisation_id UUID         NOT NULL REFERENCES identity_organisation (id),
    key_hash        VARCHAR(64)  NOT NULL UNIQUE,
    key_prefix      VARCHAR(16)  NOT NULL,
    scopes          VARCHAR(500) NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    revoked_at      TIMESTAMP(6) WITH TIME ZONE,
    revoked_by      VARCHAR(100),
    last_used_at    TIMESTAMP(6) WITH TIME ZONE,
    version         BIGINT       NOT NULL DEFAULT 0
);

-- Kept at least 3 years (PIPA safety-measure standards): who got or lost which right, when, by whom.
CREATE TABLE identity_rights_change (
    id           BIGSERIAL PRIMARY KEY,
    subject_kind VARCHAR(20)  NOT NULL,
    subject_id   UUID         NOT NULL,
    subject_name VARCHAR(200) NOT NULL,
    right_name   VARCHAR(200) NOT NULL,
    change       VARCHAR(10)  NOT NULL CHECK (change IN ('GRANTED', 'REVOKED')),
    changed_by   VARCHAR(100) NOT NULL,
    changed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_rights_change_subject_idx ON identity_rights_change (subject_id, changed_at);

CREATE TABLE identity_setup_token (
    id         UUID PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP(6) WITH TIME ZONE
);
