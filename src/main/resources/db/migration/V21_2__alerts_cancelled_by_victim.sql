-- An SOS the victim called off with her cancel PIN closes its alert as CANCELLED_BY_VICTIM.
ALTER TABLE alerts_alert DROP CONSTRAINT alerts_alert_outcome_ck;
ALTER TABLE alerts_alert ADD CONSTRAINT alerts_alert_outcome_ck
    CHECK (outcome IS NULL OR outcome IN ('FALSE_ALARM', 'VICTIM_SAFE', 'HELP_ARRIVED', 'POLICE_ATTENDED',
                                          'REFERRED_TO_CASE_MANAGER', 'CANCELLED_BY_VICTIM', 'OTHER'));
