-- The victim's consents: one row per purpose given, never edited; withdrawal is recorded on the row.
CREATE TABLE consent_consent (
    id             UUID PRIMARY KEY,
    case_id        UUID         NOT NULL,
    purpose        VARCHAR(30)  NOT NULL,
    organisations  TEXT         NOT NULL,
    obtained_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    method         VARCHAR(20)  NOT NULL,
    obtained_by    VARCHAR(200) NOT NULL,
    withdrawn_at   TIMESTAMP(6) WITH TIME ZONE,
    withdrawn_by   VARCHAR(200),
    withdrawal_how VARCHAR(500),
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX consent_consent_case_idx ON consent_consent (case_id);
