-- The dispatcher console: what was done about an alert (police called, guard or companion dispatched), the closing
-- outcome as one of a fixed list (FALSE_ALARM among them) with an optional note, and the escalation ladder of alerts
-- nobody acknowledged (each step timed, with whom it notified and the interval in force when the alert was raised).

ALTER TABLE alerts_alert ADD COLUMN outcome_note VARCHAR(500);
ALTER TABLE alerts_alert ADD COLUMN escalation_step VARCHAR(32);
ALTER TABLE alerts_alert ADD COLUMN ladder_interval_seconds INTEGER;
ALTER TABLE alerts_alert ADD COLUMN ladder_high_risk BOOLEAN;

-- Outcomes written as free text before the list existed are kept as the note.
UPDATE alerts_alert
   SET outcome_note = outcome, outcome = 'OTHER'
 WHERE outcome IS NOT NULL
   AND outcome NOT IN ('FALSE_ALARM', 'VICTIM_SAFE', 'HELP_ARRIVED', 'POLICE_ATTENDED', 'REFERRED_TO_CASE_MANAGER', 'OTHER');

ALTER TABLE alerts_alert ADD CONSTRAINT alerts_alert_outcome_ck
    CHECK (outcome IS NULL OR outcome IN ('FALSE_ALARM', 'VICTIM_SAFE', 'HELP_ARRIVED', 'POLICE_ATTENDED',
                                          'REFERRED_TO_CASE_MANAGER', 'OTHER'));
ALTER TABLE alerts_alert ADD CONSTRAINT alerts_alert_escalation_step_ck
    CHECK (escalation_step IS NULL OR escalation_step IN ('NEXT_DISPATCHER', 'UNIT_LEAD', 'POLICE_LIAISON'));

CREATE TABLE alerts_action (
    id             UUID         PRIMARY KEY,
    alert_id       UUID         NOT NULL REFERENCES alerts_alert (id),
    kind           VARCHAR(32)  NOT NULL,
    dispatch_kind  VARCHAR(16),
    note           VARCHAR(500),
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT alerts_action_kind_ck CHECK (kind IN ('POLICE_CALLED', 'DISPATCHED')),
    CONSTRAINT alerts_action_dispatch_ck CHECK ((kind = 'DISPATCHED') = (dispatch_kind IS NOT NULL)),
    CONSTRAINT alerts_action_dispatch_kind_ck CHECK (dispatch_kind IS NULL OR dispatch_kind IN ('GUARD', 'COMPANION'))
);
CREATE INDEX alerts_action_alert_ix ON alerts_action (alert_id, recorded_at);

CREATE TABLE alerts_escalation (
    alert_id          UUID         NOT NULL REFERENCES alerts_alert (id),
    step              VARCHAR(32)  NOT NULL,
    notified_role     VARCHAR(32)  NOT NULL,
    due_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    escalated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    interval_seconds  INTEGER      NOT NULL,
    high_risk         BOOLEAN      NOT NULL,
    PRIMARY KEY (alert_id, step)
);

-- Service levels are read per week of raising.
CREATE INDEX alerts_alert_raised_ix ON alerts_alert (raised_at);

INSERT INTO settings_definition (key, kind, unit, min_value, max_value, module, description_ko, description_en, source) VALUES
('alerts.acknowledge-within',           'NUMBER', 'seconds', 1, 3600, 'alerts', '긴급 알림을 아무도 확인하지 않을 때 다음 단계로 상향하기까지의 시간', 'Seconds an urgent alert may stay unacknowledged before it escalates to the next step', 'MISSION.md'),
('alerts.acknowledge-within-high-risk', 'NUMBER', 'seconds', 1, 3600, 'alerts', '고위험 사례(경찰 위험도 높음)의 긴급 알림 상향 간격',                'The same for a case the police rated high risk',                                      'Ansim');

INSERT INTO settings_value (key, value, valid_from, recorded_by, reason) VALUES
('alerts.acknowledge-within',           '60', '2000-01-01', 'system', 'Default from MISSION.md'),
('alerts.acknowledge-within-high-risk', '30', '2000-01-01', 'system', 'Default from Ansim');
