-- Police referrals: one row per (agency, report number), the idempotency key of the police interface.
-- What identifies the victim, the offender or the officer is sealed (Tink AEAD, bound to the referral id);
-- keyed hashes beside it serve matching without clear text.
CREATE TABLE referral_police_referral (
    id                  UUID PRIMARY KEY,
    police_agency       VARCHAR(100) NOT NULL,
    report_number       VARCHAR(60)  NOT NULL,
    request_hash        VARCHAR(64)  NOT NULL,
    case_id             UUID         NOT NULL,
    case_number         VARCHAR(20)  NOT NULL,
    received_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reported_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    consent_obtained_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    consent_method      VARCHAR(20)  NOT NULL,
    consent_purposes    VARCHAR(100) NOT NULL,
    police_risk_level   VARCHAR(10),
    guard_recommended   BOOLEAN,
    behaviours          VARCHAR(400) NOT NULL,
    measures            TEXT         NOT NULL,
    victim_sealed       BYTEA        NOT NULL,
    offender_sealed     BYTEA,
    details_sealed      BYTEA,
    victim_name_key     VARCHAR(64)  NOT NULL,
    victim_birth_key    VARCHAR(64)  NOT NULL,
    victim_phone_key    VARCHAR(64),
    offender_name_key   VARCHAR(64),
    offender_phone_key  VARCHAR(64),
    CONSTRAINT referral_police_referral_key UNIQUE (police_agency, report_number)
);
CREATE INDEX referral_police_referral_case_idx ON referral_police_referral (case_id);
