-- Victims and offenders as persons, named only by keyed hashes (org.ansim.privacy.MatchKeys): no clear text here.
CREATE TABLE people_person (
    id             UUID PRIMARY KEY,
    name_key       CHAR(64)     NOT NULL,
    birth_date_key CHAR(64)     NOT NULL,
    phone_key      CHAR(64),
    merged_into    UUID REFERENCES people_person (id),
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX people_person_name_birth_idx ON people_person (name_key, birth_date_key);
CREATE INDEX people_person_phone_idx ON people_person (phone_key);

-- Which person is the victim of which case (a confirmed match moves the case to the existing person).
CREATE TABLE people_victim_case (
    case_id     UUID PRIMARY KEY,
    case_number VARCHAR(20)  NOT NULL,
    person_id   UUID         NOT NULL REFERENCES people_person (id),
    linked_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX people_victim_case_person_idx ON people_victim_case (person_id);

-- "Same person?" offered to the case manager: kept apart until confirmed or rejected.
CREATE TABLE people_possible_match (
    id                 UUID PRIMARY KEY,
    case_id            UUID         NOT NULL,
    person_id          UUID         NOT NULL REFERENCES people_person (id),
    existing_person_id UUID         NOT NULL REFERENCES people_person (id),
    matched_keys       VARCHAR(100) NOT NULL,
    score              INT          NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    found_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by         VARCHAR(200),
    decided_at         TIMESTAMP(6) WITH TIME ZONE,
    version            BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (case_id, existing_person_id)
);
CREATE INDEX people_possible_match_existing_idx ON people_possible_match (existing_person_id);

-- The offender named in each case.
CREATE TABLE people_offender (
    id          UUID PRIMARY KEY,
    case_id     UUID         NOT NULL UNIQUE,
    case_number VARCHAR(20)  NOT NULL,
    name_key    CHAR(64),
    phone_key   CHAR(64),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX people_offender_name_idx ON people_offender (name_key);
CREATE INDEX people_offender_phone_idx ON people_offender (phone_key);

-- The same offender across cases; one row per pair, stored in both directions for simple lookup.
CREATE TABLE people_offender_link (
    case_id        UUID        NOT NULL,
    linked_case_id UUID        NOT NULL,
    strength       VARCHAR(10) NOT NULL,
    linked_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, linked_case_id)
);
