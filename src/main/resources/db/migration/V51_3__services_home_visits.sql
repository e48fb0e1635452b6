-- Home-therapy visits: a visit of a HOME_THERAPY referral, scheduled for one therapist of the provider organisation.
-- Only that therapist may reveal the victim's home address, and only for that visit: from the start of the visit's
-- day until it is done, and never later than services.home-visit-address-hours after its scheduled start.
CREATE TABLE services_home_visit (
    id              UUID PRIMARY KEY,
    referral_id     UUID         NOT NULL REFERENCES services_referral (id),
    case_id         UUID         NOT NULL,
    organisation_id UUID         NOT NULL,
    therapist       VARCHAR(100) NOT NULL,
    therapist_name  VARCHAR(200) NOT NULL,
    starts_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    scheduled_by    VARCHAR(200) NOT NULL,
    scheduled_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    done_at         TIMESTAMP(6) WITH TIME ZONE,
    done_by         VARCHAR(200),
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX services_home_visit_referral_idx ON services_home_visit (referral_id, starts_at);

INSERT INTO settings_definition (key, kind, unit, min_value, max_value, module, description_ko, description_en, source)
VALUES ('services.home-visit-address-hours', 'NUMBER', 'hours', 1, 72, 'services',
        '방문치료사가 방문 예정 시각 이후 피해자 주소를 열람할 수 있는 최대 시간 (방문 당일 0시부터, 방문 완료 시 즉시 종료)',
        'Hours after a home visit''s scheduled start until which its therapist may still reveal the home address (from the visit day''s start; ends at once when the visit is done)',
        'Ansim');
INSERT INTO settings_value (key, value, valid_from, recorded_by, reason)
VALUES ('services.home-visit-address-hours', '12', DATE '2000-01-01', 'system', 'Default from Ansim');
