-- Money and legal steps: providers' claims (medical fees, legal costs) with their receipts sealed apart, the unit
-- lead's decisions with the values in force, and the legal steps (court, hearing dates) a legal-aid provider records.
CREATE TABLE services_claim (
    id                      UUID PRIMARY KEY,
    referral_id             UUID         NOT NULL REFERENCES services_referral (id),
    case_id                 UUID         NOT NULL,
    case_number             VARCHAR(20)  NOT NULL,
    organisation_id         UUID         NOT NULL,
    kind                    VARCHAR(20)  NOT NULL,
    amount_won              BIGINT       NOT NULL CHECK (amount_won > 0),
    incurred_on             DATE         NOT NULL,
    description             VARCHAR(500) NOT NULL,
    receipt_type            VARCHAR(40)  NOT NULL,
    receipt_bytes           INTEGER      NOT NULL,
    budget_year             INTEGER      NOT NULL,
    state                   VARCHAR(20)  NOT NULL,
    submitted_by            VARCHAR(200) NOT NULL,
    submitted_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cap_won                 BIGINT       NOT NULL,
    cap_valid_from          DATE         NOT NULL,
    victim_total_before     BIGINT       NOT NULL,
    budget_won              BIGINT       NOT NULL,
    budget_valid_from       DATE         NOT NULL,
    budget_used_before      BIGINT       NOT NULL,
    decided_by              VARCHAR(200),
    decided_at              TIMESTAMP(6) WITH TIME ZONE,
    decision_reason         VARCHAR(500),
    decided_cap_won         BIGINT,
    decided_cap_valid_from  DATE,
    decided_budget_won      BIGINT,
    decided_budget_valid_from DATE,
    version                 BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX services_claim_case_idx ON services_claim (case_id, kind);
CREATE INDEX services_claim_budget_idx ON services_claim (kind, budget_year, state);
CREATE INDEX services_claim_referral_idx ON services_claim (referral_id);
CREATE INDEX services_claim_pending_idx ON services_claim (submitted_at) WHERE state = 'PENDING_APPROVAL';

-- The receipt file, sealed (Tink AEAD bound to the claim), kept apart so lists never load it.
CREATE TABLE services_claim_receipt (
    claim_id UUID PRIMARY KEY REFERENCES services_claim (id),
    sealed   BYTEA NOT NULL
);

CREATE TABLE services_legal_step (
    id              UUID PRIMARY KEY,
    referral_id     UUID         NOT NULL REFERENCES services_referral (id),
    case_id         UUID         NOT NULL,
    case_type       VARCHAR(30)  NOT NULL,
    court           VARCHAR(100) NOT NULL,
    hearing_on      DATE,
    description     VARCHAR(500),
    recorded_by     VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reminder_days   INTEGER,
    reminded_at     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX services_legal_step_case_idx ON services_legal_step (case_id, hearing_on);
CREATE INDEX services_legal_step_referral_idx ON services_legal_step (referral_id);

INSERT INTO settings_definition (key, kind, unit, min_value, max_value, module, description_ko, description_en, source) VALUES
('services.medical-fees.cap-won',           'NUMBER', 'won',   0, 1000000000,  'services', '피해자 1명당 의료비 지원 상한 (초과분은 단장 승인)',       'Medical-fee support cap per victim (more needs the unit lead''s approval)', 'Ansim'),
('services.medical-fees.annual-budget-won', 'NUMBER', 'won',   0, 100000000000, 'services', '의료비 지원 연간 예산',                                   'Annual budget for medical-fee support',                                     'Ansim'),
('services.legal.cap-won',                  'NUMBER', 'won',   0, 1000000000,  'services', '피해자 1명당 법률비용 지원 상한 (초과분은 단장 승인)',     'Legal-cost support cap per victim (more needs the unit lead''s approval)',   'Ansim'),
('services.legal.annual-budget-won',        'NUMBER', 'won',   0, 100000000000, 'services', '법률비용 지원 연간 예산',                                 'Annual budget for legal-cost support',                                      'Ansim'),
('services.receipt-max-bytes',              'NUMBER', 'bytes', 1024, 104857600, 'services', '청구 영수증 파일 최대 크기',                              'Largest receipt file a claim may carry',                                    'Ansim'),
('services.hearing-reminder-days',          'NUMBER', 'days',  1, 60,          'services', '재판 기일 전 동행 준비 알림 시점',                          'Days before a hearing that the case manager is reminded to arrange accompaniment', 'Ansim');

INSERT INTO settings_value (key, value, valid_from, recorded_by, reason) VALUES
('services.medical-fees.cap-won',           '3000000',   '2000-01-01', 'system', 'Ansim default (the city sets the programme''s figure)'),
('services.medical-fees.annual-budget-won', '150000000', '2000-01-01', 'system', 'Ansim default (the city sets the programme''s figure)'),
('services.legal.cap-won',                  '5000000',   '2000-01-01', 'system', 'Ansim default (the city sets the programme''s figure)'),
('services.legal.annual-budget-won',        '100000000', '2000-01-01', 'system', 'Ansim default (the city sets the programme''s figure)'),
('services.receipt-max-bytes',              '10485760',  '2000-01-01', 'system', 'Ansim default: 10 MB'),
('services.hearing-reminder-days',          '7',         '2000-01-01', 'system', 'Ansim default');
