-- Places as pilots-service announces them (read-model fed by pilots.events).
CREATE TABLE known_place (
    id          VARCHAR(80)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20),
    status      VARCHAR(20),
    updated_at  TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE milestone (
    id                 VARCHAR(80)   NOT NULL PRIMARY KEY,
    place_id           VARCHAR(80)   NOT NULL,
    template_key       VARCHAR(80),
    title              VARCHAR(300)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    recipient          VARCHAR(200)  NOT NULL,
    baseline_date      DATE          NOT NULL,
    forecast_date      DATE          NOT NULL,
    actual_date        DATE,
    status             VARCHAR(20)   NOT NULL,
    status_changed_by  VARCHAR(200),
    status_changed_at  TIMESTAMP(6)  NULL,
    evidence           VARCHAR(1000),
    notes              TEXT,
    version            BIGINT        NOT NULL DEFAULT 0,
    -- a template milestone is given to a place once, however often place.registered arrives
    CONSTRAINT uk_milestone_template UNIQUE (place_id, template_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_milestone_place ON milestone (place_id, forecast_date);
CREATE INDEX ix_milestone_status ON milestone (status, forecast_date);

CREATE TABLE milestone_forecast_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    milestone_id   VARCHAR(80)   NOT NULL,
    previous_date  DATE          NOT NULL,
    new_date       DATE          NOT NULL,
    reason         VARCHAR(1000),
    changed_by     VARCHAR(200)  NOT NULL,
    changed_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_forecast_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "group" is a reserved word in SQL
CREATE TABLE gov_group (
    id             VARCHAR(80)   NOT NULL PRIMARY KEY,
    place_id       VARCHAR(80)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    purpose        TEXT,
    reports_to_id  VARCHAR(80),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_group_reports_to FOREIGN KEY (reports_to_id) REFERENCES gov_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_group_place ON gov_group (place_id);

CREATE TABLE group_organisation (
    group_id      VARCHAR(80)  NOT NULL,
    position      INT          NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    PRIMARY KEY (group_id, position),
    CONSTRAINT fk_group_organisation FOREIGN KEY (group_id) REFERENCES gov_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id            VARCHAR(80)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    organisation  VARCHAR(200),
    job_title     VARCHAR(200),
    version       BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Popolo Membership: a person (or a post not tied to a named person) holds a role in a group
CREATE TABLE membership (
    id            VARCHAR(80)  NOT NULL PRIMARY KEY,
    group_id      VARCHAR(80)  NOT NULL,
    person_id     VARCHAR(80),
    post          VARCHAR(200),
    role          VARCHAR(30)  NOT NULL,
    start_date    VARCHAR(10),
    end_date      VARCHAR(10),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_membership_group FOREIGN KEY (group_id) REFERENCES gov_group (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id            VARCHAR(80)  NOT NULL PRIMARY KEY,
    place_id      VARCHAR(80)  NOT NULL,
    group_id      VARCHAR(80),
    title         VARCHAR(300) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    meeting_date  DATE         NOT NULL,
    start_time    TIME,
    end_time      TIME,
    time_zone     VARCHAR(64)  NOT NULL,
    location      VARCHAR(300),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_group FOREIGN KEY (group_id) REFERENCES gov_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_place ON meeting (place_id, meeting_date);

CREATE TABLE agenda_item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id         VARCHAR(80)  NOT NULL,
    item_number        INT          NOT NULL,
    title              VARCHAR(300) NOT NULL,
    report_of          VARCHAR(200),
    contact_person_id  VARCHAR(80),
    minutes            TEXT,
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_contact FOREIGN KEY (contact_person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id  BIGINT        NOT NULL,
    decision_maker  VARCHAR(200)  NOT NULL,
    text            TEXT          NOT NULL,
    key_decision    BOOLEAN       NOT NULL,
    decided_on      DATE          NOT NULL,
    effective_from  DATE,
    CONSTRAINT fk_decision_agenda FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_attendee (
    meeting_id  VARCHAR(80) NOT NULL,
    person_id   VARCHAR(80) NOT NULL,
    attendance  VARCHAR(20) NOT NULL,
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendee_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE raid_item (
    id           VARCHAR(80)   NOT NULL PRIMARY KEY,
    place_id     VARCHAR(80)   NOT NULL,
    type         VARCHAR(20)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    description  TEXT,
    likelihood   INT           NOT NULL,
    impact       INT           NOT NULL,
    score        INT           NOT NULL,
    owner        VARCHAR(200)  NOT NULL,
    response     VARCHAR(20)   NOT NULL,
    actions      TEXT,
    status       VARCHAR(20)   NOT NULL,
    raised_on    DATE,
    review_date  DATE,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_raid_likelihood CHECK (likelihood BETWEEN 1 AND 5),
    CONSTRAINT ck_raid_impact CHECK (impact BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_raid_place ON raid_item (place_id, score);
