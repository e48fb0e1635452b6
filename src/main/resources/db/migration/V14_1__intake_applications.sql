-- One-stop applications from the hotline, the online form and walk-ins. The applicant is sealed; keyed hashes
-- serve matching. The idempotency key (Idempotency-Key header, or the online form's token) makes retries safe.
CREATE TABLE intake_application (
    id                   UUID PRIMARY KEY,
    channel              VARCHAR(20)  NOT NULL,
    confirmation_number  VARCHAR(20)  NOT NULL UNIQUE,
    idempotency_key      VARCHAR(200) UNIQUE,
    request_hash         VARCHAR(64)  NOT NULL,
    case_id              UUID         NOT NULL,
    case_number          VARCHAR(20)  NOT NULL,
    received_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    received_by          VARCHAR(100) NOT NULL,
    services_wanted      VARCHAR(200) NOT NULL,
    consent_method       VARCHAR(20)  NOT NULL,
    consent_script       VARCHAR(40)  NOT NULL,
    applicant_sealed     BYTEA        NOT NULL,
    consent_note_sealed  BYTEA,
    applicant_name_key   VARCHAR(64)  NOT NULL,
    applicant_birth_key  VARCHAR(64)  NOT NULL,
    applicant_phone_key  VARCHAR(64)
);

-- Online applications per source in the last hour, for rate limiting without keeping addresses: a keyed hash only.
CREATE TABLE intake_online_attempt (
    source_key VARCHAR(64) NOT NULL,
    at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX intake_online_attempt_idx ON intake_online_attempt (source_key, at);

INSERT INTO settings_definition (key, kind, unit, min_value, max_value, module, description_ko, description_en, source)
VALUES ('intake.online-applications-per-hour', 'NUMBER', 'applications', 1, 1000, 'intake',
        '한 주소에서 한 시간에 받을 수 있는 온라인 신청 수', 'Online applications accepted per source address and hour', 'Ansim');
INSERT INTO settings_value (key, value, valid_from, recorded_at, recorded_by, reason)
VALUES ('intake.online-applications-per-hour', '5', DATE '2000-01-01', now(), 'migration', 'default');
