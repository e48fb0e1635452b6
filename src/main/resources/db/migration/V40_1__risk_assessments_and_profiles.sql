-- Risk screenings: one row per screening, never edited; the bands used are stored with it.
CREATE TABLE risk_assessment (
    id                    UUID PRIMARY KEY,
    case_id               UUID         NOT NULL,
    questionnaire_version VARCHAR(20)  NOT NULL,
    answers               TEXT         NOT NULL,
    sub_screen_answers    TEXT,
    yes_count             INT          NOT NULL,
    sub_screen_yes_count  INT,
    counted_level         VARCHAR(10)  NOT NULL,
    level                 VARCHAR(10)  NOT NULL,
    judgement_reason      VARCHAR(2000),
    high_min_yes          INT          NOT NULL,
    medium_min_yes        INT          NOT NULL,
    bands_valid_from      DATE         NOT NULL,
    police_risk_level     VARCHAR(10),
    assessed_by           VARCHAR(200) NOT NULL,
    assessed_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CHECK (level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    CHECK (counted_level IN ('STANDARD', 'MEDIUM', 'HIGH'))
);
CREATE INDEX risk_assessment_case_idx ON risk_assessment (case_id, assessed_at DESC);

-- The profiler's profile of a case's stalker: one per case; what describes him in words is sealed.
CREATE TABLE risk_stalker_profile (
    case_id         UUID PRIMARY KEY,
    typology        VARCHAR(30)  NOT NULL,
    prior_reports   INT          NOT NULL,
    weapons         BOOLEAN      NOT NULL,
    violence        BOOLEAN      NOT NULL,
    narrative       BYTEA        NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
