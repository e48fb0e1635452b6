-- Test-only table (src/test): a record with sealed columns, to check the JPA converters and JdbcClient use.
CREATE TABLE privacy_test_sample (
    id              UUID PRIMARY KEY,
    address         BYTEA,
    phone           BYTEA,
    phone_match     VARCHAR(64),
    identity_number BYTEA,
    note            BYTEA
);
