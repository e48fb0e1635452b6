-- The victim's phone and home devices. Nothing here names the victim: a phone and a device belong to a case by id
-- and number; locations are sealed (bytea ciphertext), codes, tokens and PINs are kept only as hashes.

-- One-time enrolment codes a case manager hands the victim (valid 24 hours, single use).
CREATE TABLE safety_enrolment_code (
    id          UUID         PRIMARY KEY,
    case_id     UUID         NOT NULL,
    case_number VARCHAR(32)  NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL UNIQUE,
    issued_by   VARCHAR(100) NOT NULL,
    issued_at   TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ,
    phone_id    UUID,
    version     BIGINT       NOT NULL
);
CREATE INDEX safety_enrolment_code_case_ix ON safety_enrolment_code (case_id, issued_at DESC);

-- Enrolled phones: a device token (hash only), revocable, last seen; the victim's cancel and duress PINs (hashes).
CREATE TABLE safety_phone (
    id               UUID         PRIMARY KEY,
    case_id          UUID         NOT NULL,
    case_number      VARCHAR(32)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL UNIQUE,
    enrolled_at      TIMESTAMPTZ  NOT NULL,
    issued_by        VARCHAR(100) NOT NULL,
    last_seen_at     TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ,
    revoked_by       VARCHAR(100),
    cancel_pin_hash  VARCHAR(200),
    duress_pin_hash  VARCHAR(200),
    version          BIGINT       NOT NULL,
    CONSTRAINT safety_phone_revoked_ck CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX safety_phone_case_ix ON safety_phone (case_id, enrolled_at);

-- Every SOS, idempotent on the phone's clientEventId; its location sealed, or flagged when missing or impossible.
CREATE TABLE safety_sos (
    id                UUID         PRIMARY KEY,
    client_event_id   UUID         NOT NULL UNIQUE,
    request_hash      VARCHAR(64)  NOT NULL,
    phone_id          UUID         NOT NULL REFERENCES safety_phone (id),
    case_id           UUID         NOT NULL,
    case_number       VARCHAR(32)  NOT NULL,
    sent_at           TIMESTAMPTZ,
    received_at       TIMESTAMPTZ  NOT NULL,
    location          BYTEA,
    location_quality  VARCHAR(16)  NOT NULL CHECK (location_quality IN ('PROVIDED', 'MISSING', 'DROPPED')),
    alert_id          UUID         NOT NULL UNIQUE,
    cancelled_at      TIMESTAMPTZ,
    duress            BOOLEAN      NOT NULL DEFAULT FALSE,
    duress_alert_id   UUID,
    help_dispatched_at TIMESTAMPTZ,
    version           BIGINT       NOT NULL
);
CREATE INDEX safety_sos_phone_ix ON safety_sos (phone_id, received_at DESC);

-- Safe return home: a journey's deadline is a db-scheduler execution (task safety-journey-escalation, instance = id).
CREATE TABLE safety_journey (
    id                    UUID         PRIMARY KEY,
    client_event_id       UUID         NOT NULL UNIQUE,
    request_hash          VARCHAR(64)  NOT NULL,
    phone_id              UUID         NOT NULL REFERENCES safety_phone (id),
    case_id               UUID         NOT NULL,
    case_number           VARCHAR(32)  NOT NULL,
    destination_label     VARCHAR(100) NOT NULL,
    started_at            TIMESTAMPTZ  NOT NULL,
    expected_arrival_at   TIMESTAMPTZ  NOT NULL,
    grace_seconds         INTEGER      NOT NULL CHECK (grace_seconds BETWEEN 0 AND 3600),
    first_escalates_at    TIMESTAMPTZ  NOT NULL,
    escalates_at          TIMESTAMPTZ  NOT NULL,
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('RUNNING', 'ARRIVED', 'ESCALATED')),
    arrived_at            TIMESTAMPTZ,
    escalated_at          TIMESTAMPTZ,
    alert_id              UUID,
    duress_alert_id       UUID,
    ended_at              TIMESTAMPTZ,
    retention_days        INTEGER      NOT NULL,
    version               BIGINT       NOT NULL
);
CREATE INDEX safety_journey_phone_ix ON safety_journey (phone_id, started_at DESC);
CREATE INDEX safety_journey_running_ix ON safety_journey (status) WHERE status = 'RUNNING';

-- Positions while a journey runs; destroyed once the journey ended and its retention period is over.
CREATE TABLE safety_journey_position (
    id          BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journey_id  UUID         NOT NULL REFERENCES safety_journey (id),
    at          TIMESTAMPTZ  NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    location    BYTEA        NOT NULL,
    seal_key    UUID         NOT NULL
);
CREATE INDEX safety_journey_position_journey_ix ON safety_journey_position (journey_id, at DESC);

-- Devices in the victim's home, issued to a case by serial.
CREATE TABLE safety_home_device (
    id            UUID         PRIMARY KEY,
    case_id       UUID         NOT NULL,
    case_number   VARCHAR(32)  NOT NULL,
    serial        VARCHAR(64)  NOT NULL UNIQUE,
    type          VARCHAR(32)  NOT NULL CHECK (type IN ('EMERGENCY_BELL', 'SMART_DOORBELL', 'HOME_CCTV', 'SAFE_DELIVERY_BOX')),
    registered_at TIMESTAMPTZ  NOT NULL,
    registered_by VARCHAR(100) NOT NULL
);
CREATE INDEX safety_home_device_case_ix ON safety_home_device (case_id);

-- Events from the device gateway, idempotent on its eventId.
CREATE TABLE safety_device_event (
    event_id      VARCHAR(100) PRIMARY KEY,
    request_hash  VARCHAR(64)  NOT NULL,
    device_id     UUID         NOT NULL REFERENCES safety_home_device (id),
    type          VARCHAR(32)  NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL,
    alert_id      UUID
);
CREATE INDEX safety_device_event_device_ix ON safety_device_event (device_id, occurred_at DESC);

INSERT INTO settings_definition (key, kind, unit, min_value, max_value, module, description_ko, description_en, source) VALUES
('safety.doorbell-night-from-hour', 'NUMBER', NULL, 0, 23, 'safety', '야간 초인종 알림 시작 시각 (서울 시간)', 'Hour from which a doorbell ring raises an alert (Seoul time)', 'INTERFACES.md'),
('safety.doorbell-night-until-hour', 'NUMBER', NULL, 0, 23, 'safety', '야간 초인종 알림 종료 시각 (서울 시간)', 'Hour until which a doorbell ring raises an alert (Seoul time)', 'INTERFACES.md'),
('safety.unit-phone', 'TEXT', NULL, NULL, NULL, 'safety', '안심 앱에 안내되는 담당 부서 전화번호', 'The unit''s phone number the safety app shows', 'Ansim');

INSERT INTO settings_value (key, value, valid_from, recorded_by, reason) VALUES
('safety.doorbell-night-from-hour', '22', '2000-01-01', 'system', 'Default from INTERFACES.md'),
('safety.doorbell-night-until-hour', '6', '2000-01-01', 'system', 'Default from INTERFACES.md'),
('safety.unit-phone', '02-2133-0000', '2000-01-01', 'system', 'Default from Ansim');
