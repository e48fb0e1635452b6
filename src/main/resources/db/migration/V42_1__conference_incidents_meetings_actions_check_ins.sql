-- The case conference: the incidents its agenda rules count, meetings with their agenda, attendance, notes,
-- decisions and response-plan actions, and post-management check-ins.

INSERT INTO settings_definition (key, kind, unit, min_value, max_value, module, description_ko, description_en, source) VALUES
('conference.meeting-day-of-month', 'NUMBER', 'day',  1,    28,   'conference', '정기 사례회의 개최일 (매월)',      'Day of the month of the regular case conference', 'Ansim'),
('conference.meeting-time',         'TEXT',   'time', NULL, NULL, 'conference', '정기 사례회의 시작 시각 (HH:mm)', 'Start time of the regular case conference (HH:mm)', 'Ansim');

INSERT INTO settings_value (key, value, valid_from, recorded_by, reason) VALUES
('conference.meeting-day-of-month', '15',    '2000-01-01', 'system', 'Ansim default'),
('conference.meeting-time',         '14:00', '2000-01-01', 'system', 'Ansim default');

-- What the conference knows of each case: its number, the police's level, its status and its last conference.
CREATE TABLE conference_case (
    case_id             uuid PRIMARY KEY,
    case_number         text        NOT NULL,
    police_risk_level   text,
    status              text        NOT NULL,
    last_conference_at  timestamptz
);

CREATE INDEX conference_case_police_high ON conference_case (case_id) WHERE police_risk_level = 'HIGH';
CREATE INDEX conference_case_conferenced ON conference_case (case_id, last_conference_at)
    WHERE last_conference_at IS NOT NULL;

-- One-time backfill of the cases opened before this module existed; later ones arrive as events.
INSERT INTO conference_case (case_id, case_number, police_risk_level, status)
SELECT id, number, police_risk_level, status FROM cases_case
ON CONFLICT DO NOTHING;

CREATE TABLE conference_incident (
    id            uuid PRIMARY KEY,
    case_id       uuid        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('POLICE_REFERRAL', 'ORDER_VIOLATION', 'SOS', 'STAFF_RECORDED')),
    source        text        NOT NULL,
    source_key    text        NOT NULL UNIQUE,
    description   text,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    withdrawn_at  timestamptz
);

CREATE INDEX conference_incident_case ON conference_incident (case_id, occurred_at) WHERE withdrawn_at IS NULL;
CREATE INDEX conference_incident_when ON conference_incident (occurred_at, case_id) WHERE withdrawn_at IS NULL;

CREATE TABLE conference_meeting (
    id            uuid PRIMARY KEY,
    scheduled_at  timestamptz NOT NULL,
    regular       boolean     NOT NULL,
    status        text        NOT NULL CHECK (status IN ('SCHEDULED', 'HELD')),
    scheduled_by  text        NOT NULL,
    held_at       timestamptz,
    held_by       text,
    created_at    timestamptz NOT NULL
);

CREATE UNIQUE INDEX conference_meeting_regular_once ON conference_meeting (scheduled_at) WHERE regular;
CREATE INDEX conference_meeting_when ON conference_meeting (scheduled_at DESC);

CREATE TABLE conference_agenda_item (
    conference_id  uuid        NOT NULL REFERENCES conference_meeting (id),
    case_id        uuid        NOT NULL,
    case_number    text        NOT NULL,
    reasons        text        NOT NULL,
    added_by       text,
    added_reason   text,
    placed_at      timestamptz NOT NULL,
    PRIMARY KEY (conference_id, case_id)
);

CREATE INDEX conference_agenda_item_case ON conference_agenda_item (case_id);

CREATE TABLE conference_attendance (
    id             uuid PRIMARY KEY,
    conference_id  uuid NOT NULL REFERENCES conference_meeting (id),
    role           text,
    staff_username text,
    guest_name     text,
    organisation   text,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    CHECK ((staff_username IS NOT NULL) <> (guest_name IS NOT NULL))
);

CREATE INDEX conference_attendance_meeting ON conference_attendance (conference_id);

CREATE TABLE conference_note (
    id             uuid PRIMARY KEY,
    conference_id  uuid        NOT NULL REFERENCES conference_meeting (id),
    case_id        uuid        NOT NULL,
    note           bytea       NOT NULL,
    written_by     text        NOT NULL,
    written_at     timestamptz NOT NULL
);

CREATE INDEX conference_note_case ON conference_note (case_id, conference_id);

CREATE TABLE conference_decision (
    id             uuid PRIMARY KEY,
    conference_id  uuid        NOT NULL REFERENCES conference_meeting (id),
    case_id        uuid        NOT NULL,
    text           text        NOT NULL,
    decided_by     text        NOT NULL,
    decided_at     timestamptz NOT NULL
);

CREATE INDEX conference_decision_case ON conference_decision (case_id);

CREATE TABLE conference_action (
    id             uuid PRIMARY KEY,
    conference_id  uuid        NOT NULL REFERENCES conference_meeting (id),
    case_id        uuid        NOT NULL,
    case_number    text        NOT NULL,
    description    text        NOT NULL,
    owner          text        NOT NULL,
    due_on         date        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    done_at        timestamptz,
    done_by        text,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL
);

CREATE INDEX conference_action_owner ON conference_action (owner, status, due_on);
CREATE INDEX conference_action_case ON conference_action (case_id);

CREATE TABLE conference_check_in (
    id              uuid PRIMARY KEY,
    case_id         uuid        NOT NULL,
    case_number     text        NOT NULL,
    owner           text,
    months_after    integer     NOT NULL,
    due_on          date        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DONE', 'CANCELLED')),
    closed_at       timestamptz NOT NULL,
    called_by       text,
    called_at       timestamptz,
    outcome         text,
    cancelled_at    timestamptz
);

CREATE UNIQUE INDEX conference_check_in_once ON conference_check_in (case_id, closed_at, months_after);
CREATE INDEX conference_check_in_due ON conference_check_in (status, due_on);
