-- The provider directory: organisations that deliver services, linked to the identity organisation whose staff sign in.
-- One organisation may have several entries (a hospital's clinic and its home-visit therapy team).
CREATE TABLE providers_provider (
    id              UUID PRIMARY KEY,
    organisation_id UUID         NOT NULL,
    name            VARCHAR(200) NOT NULL UNIQUE,
    kind            VARCHAR(30)  NOT NULL,
    services        VARCHAR(200) NOT NULL,
    districts       VARCHAR(600) NOT NULL,
    capacity        INTEGER      NOT NULL,
    contact_phone   VARCHAR(30),
    contact_email   VARCHAR(200),
    active          BOOLEAN      NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX providers_provider_organisation_idx ON providers_provider (organisation_id);
