-- Protective orders: one row per order; the limits in force when it was recorded are kept on it.
CREATE TABLE orders_order (
    id                  UUID PRIMARY KEY,
    case_id             UUID         NOT NULL,
    case_number         VARCHAR(32)  NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    provisional_no      VARCHAR(5),
    starts_on           DATE         NOT NULL,
    ends_on             DATE         NOT NULL,
    first_ends_on       DATE         NOT NULL,
    approach_ban_meters INT,
    telecom_ban         BOOLEAN      NOT NULL,
    approval_due_at     TIMESTAMP(6) WITH TIME ZONE,
    approved_at         TIMESTAMP(6) WITH TIME ZONE,
    cancelled_at        TIMESTAMP(6) WITH TIME ZONE,
    cancel_reason       VARCHAR(300),
    extensions          INT          NOT NULL,
    max_extensions      INT          NOT NULL,
    period_amount       INT          NOT NULL,
    period_unit         VARCHAR(10)  NOT NULL,
    warning_days        INT          NOT NULL,
    limits_on           DATE         NOT NULL,
    source_key          VARCHAR(200) UNIQUE,
    recorded_by         VARCHAR(200) NOT NULL,
    recorded_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on),
    CHECK (extensions <= max_extensions)
);
CREATE INDEX orders_order_case_idx ON orders_order (case_id);

-- Breaches of an order; the place is sealed.
CREATE TABLE orders_violation (
    id                 UUID PRIMARY KEY,
    order_id           UUID         NOT NULL REFERENCES orders_order (id),
    occurred_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    place              BYTEA        NOT NULL,
    evidence_reference VARCHAR(200) NOT NULL,
    recorded_by        VARCHAR(200) NOT NULL,
    recorded_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX orders_violation_order_idx ON orders_violation (order_id);

-- Victim protection orders (in force 2027-04-22): 3 months, extendable twice by 3 months.
INSERT INTO settings_definition (key, kind, unit, min_value, max_value, module, description_ko, description_en, source) VALUES
('orders.protection-order-months',     'NUMBER', 'months', 1, 24, 'orders', '피해자보호명령 기간',          'Length of a victim protection order',            'LAW.md'),
('orders.protection-order-extensions', 'NUMBER', 'times',  0, 10, 'orders', '피해자보호명령 연장 가능 횟수', 'Times a victim protection order can be extended', 'LAW.md');

INSERT INTO settings_value (key, value, valid_from, recorded_by, reason) VALUES
('orders.protection-order-months',     '3', '2000-01-01', 'system', 'Default from LAW.md'),
('orders.protection-order-extensions', '2', '2000-01-01', 'system', 'Default from LAW.md');
