-- The cases module: the case, its yearly number counter, its timeline, and the public holidays that working-day
-- deadlines skip.

CREATE TABLE cases_number_counter (
    year       integer PRIMARY KEY,
    last_value bigint  NOT NULL CHECK (last_value BETWEEN 0 AND 999999)
);

CREATE TABLE cases_case (
    id                          uuid PRIMARY KEY,
    number                      text        NOT NULL UNIQUE,
    status                      text        NOT NULL CHECK (status IN ('NEW', 'CONTACTED', 'ACTIVE', 'POST_MANAGEMENT', 'CLOSED')),
    status_changed_at           timestamptz NOT NULL,
    channel                     text        NOT NULL CHECK (channel IN ('POLICE_REFERRAL', 'HOTLINE_1366', 'ONLINE', 'WALK_IN')),
    channel_reference           text,
    received_at                 timestamptz NOT NULL,
    opened_at                   timestamptz NOT NULL,
    district                    text,
    police_risk_level           text CHECK (police_risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    guard_recommended           boolean,
    services_wanted             text        NOT NULL DEFAULT '',
    case_manager                text,
    assigned_by                 text,
    assigned_at                 timestamptz,
    first_contact_due           date        NOT NULL,
    first_contact_working_days  integer     NOT NULL,
    first_contacted_at          timestamptz,
    under_conference            boolean     NOT NULL DEFAULT false,
    version                     bigint      NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX cases_case_channel_reference ON cases_case (channel, channel_reference)
    WHERE channel_reference IS NOT NULL;
CREATE INDEX cases_case_status ON cases_case (status, opened_at DESC);
CREATE INDEX cases_case_manager ON cases_case (case_manager, opened_at DESC);

CREATE TABLE cases_timeline (
    id       bigserial PRIMARY KEY,
    case_id  uuid        NOT NULL REFERENCES cases_case (id),
    at       timestamptz NOT NULL,
    module   text        NOT NULL,
    kind     text        NOT NULL,
    actor    text,
    detail   text
);

CREATE INDEX cases_timeline_case ON cases_timeline (case_id, at, id);

CREATE TABLE cases_note (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases_case (id),
    written_at  timestamptz NOT NULL,
    written_by  text        NOT NULL,
    text_sealed bytea       NOT NULL
);

CREATE INDEX cases_note_case ON cases_note (case_id, written_at);

-- Korean public holidays (관공서의 공휴일에 관한 규정), substitute holidays included. Data, not code: add the next
-- years with a new migration or by hand.
CREATE TABLE cases_public_holiday (
    day      date PRIMARY KEY,
    name_ko  text NOT NULL,
    name_en  text NOT NULL
);

INSERT INTO cases_public_holiday (day, name_ko, name_en) VALUES
('2026-01-01', '신정',                 'New Year''s Day'),
('2026-02-16', '설날 연휴',            'Seollal holiday'),
('2026-02-17', '설날',                 'Seollal'),
('2026-02-18', '설날 연휴',            'Seollal holiday'),
('2026-03-01', '삼일절',               'Independence Movement Day'),
('2026-03-02', '삼일절 대체공휴일',    'Independence Movement Day (substitute)'),
('2026-05-05', '어린이날',             'Children''s Day'),
('2026-05-24', '부처님오신날',         'Buddha''s Birthday'),
('2026-05-25', '부처님오신날 대체공휴일', 'Buddha''s Birthday (substitute)'),
('2026-06-03', '전국동시지방선거',     'Local elections'),
('2026-06-06', '현충일',               'Memorial Day'),
('2026-08-15', '광복절',               'Liberation Day'),
('2026-08-17', '광복절 대체공휴일',    'Liberation Day (substitute)'),
('2026-09-24', '추석 연휴',            'Chuseok holiday'),
('2026-09-25', '추석',                 'Chuseok'),
('2026-09-26', '추석 연휴',            'Chuseok holiday'),
('2026-10-03', '개천절',               'National Foundation Day'),
('2026-10-05', '개천절 대체공휴일',    'National Foundation Day (substitute)'),
('2026-10-09', '한글날',               'Hangeul Day'),
('2026-12-25', '기독탄신일',           'Christmas Day'),
('2027-01-01', '신정',                 'New Year''s Day'),
('2027-02-06', '설날 연휴',            'Seollal holiday'),
('2027-02-07', '설날',                 'Seollal'),
('2027-02-08', '설날 연휴',            'Seollal holiday'),
('2027-02-09', '설날 대체공휴일',      'Seollal (substitute)'),
('2027-03-01', '삼일절',               'Independence Movement Day'),
('2027-05-05', '어린이날',             'Children''s Day'),
('2027-05-13', '부처님오신날',         'Buddha''s Birthday'),
('2027-06-06', '현충일',               'Memorial Day'),
('2027-08-15', '광복절',               'Liberation Day'),
('2027-08-16', '광복절 대체공휴일',    'Liberation Day (substitute)'),
('2027-09-14', '추석 연휴',            'Chuseok holiday'),
('2027-09-15', '추석',                 'Chuseok'),
('2027-09-16', '추석 연휴',            'Chuseok holiday'),
('2027-10-03', '개천절',               'National Foundation Day'),
('2027-10-04', '개천절 대체공휴일',    'National Foundation Day (substitute)'),
('2027-10-09', '한글날',               'Hangeul Day'),
('2027-10-11', '한글날 대체공휴일',    'Hangeul Day (substitute)'),
('2027-12-25', '기독탄신일',           'Christmas Day'),
('2027-12-27', '기독탄신일 대체공휴일', 'Christmas Day (substitute)');
