-- Every live alert (SOS, missed arrival, device, order expiring, referral) and its current state. The sequence is
-- taken anew on every change, so the SSE stream can replay "everything after id N" with each alert's latest state.
-- No personal data: the case number and a short non-identifying summary only.
CREATE SEQUENCE alerts_alert_sequence AS BIGINT;

CREATE TABLE alerts_alert (
    id               UUID         PRIMARY KEY,
    kind             VARCHAR(32)  NOT NULL,
    case_number      VARCHAR(32)  NOT NULL,
    summary          VARCHAR(200) NOT NULL,
    priority         VARCHAR(16)  NOT NULL,
    silent           BOOLEAN      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    sequence         BIGINT       NOT NULL,
    source_key       VARCHAR(200),
    raised_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    acknowledged_at  TIMESTAMP(6) WITH TIME ZONE,
    acknowledged_by  VARCHAR(100),
    closed_at        TIMESTAMP(6) WITH TIME ZONE,
    closed_by        VARCHAR(100),
    outcome          VARCHAR(500),
    version          BIGINT       NOT NULL,
    CONSTRAINT alerts_alert_kind_ck CHECK (kind IN ('SOS', 'MISSED_ARRIVAL', 'DEVICE', 'ORDER_EXPIRING', 'REFERRAL')),
    CONSTRAINT alerts_alert_status_ck CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    CONSTRAINT alerts_alert_acknowledged_ck CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
    CONSTRAINT alerts_alert_closed_ck CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
CREATE UNIQUE INDEX alerts_alert_sequence_ux ON alerts_alert (sequence);
CREATE UNIQUE INDEX alerts_alert_source_key_ux ON alerts_alert (source_key) WHERE source_key IS NOT NULL;
CREATE INDEX alerts_alert_status_raised_ix ON alerts_alert (status, raised_at DESC);
