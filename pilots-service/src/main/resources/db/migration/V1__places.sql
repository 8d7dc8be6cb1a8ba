-- Places, organisations and partnerships of the Total Place programme, and what is known about each place.
CREATE TABLE place (
    id                   VARCHAR(80)   NOT NULL PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    region               VARCHAR(100),
    theme                VARCHAR(200),
    approach             VARCHAR(20),
    status               VARCHAR(20)   NOT NULL,
    summary              TEXT,
    population           BIGINT,
    population_year      INT,
    population_source    VARCHAR(300),
    posted_on            DATE,
    interim_findings_due DATE,
    final_report_due     DATE,
    version              BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_place_kind_name ON place (kind, name);
CREATE INDEX ix_place_region ON place (region);

CREATE TABLE place_sub_theme (
    place_id  VARCHAR(80)  NOT NULL,
    position  INT          NOT NULL,
    sub_theme VARCHAR(200) NOT NULL,
    PRIMARY KEY (place_id, position),
    CONSTRAINT fk_sub_theme_place FOREIGN KEY (place_id) REFERENCES place (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE place_aspiration (
    place_id   VARCHAR(80) NOT NULL,
    position   INT         NOT NULL,
    aspiration TEXT        NOT NULL,
    PRIMARY KEY (place_id, position),
    CONSTRAINT fk_aspiration_place FOREIGN KEY (place_id) REFERENCES place (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE place_area (
    place_id VARCHAR(80) NOT NULL,
    position INT         NOT NULL,
    gss_code CHAR(9)     NOT NULL,
    PRIMARY KEY (place_id, position),
    CONSTRAINT fk_area_place FOREIGN KEY (place_id) REFERENCES place (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_place_area_gss ON place_area (gss_code);

CREATE TABLE place_tag (
    place_id VARCHAR(80) NOT NULL,
    position INT         NOT NULL,
    tag      VARCHAR(50) NOT NULL,
    PRIMARY KEY (place_id, position),
    CONSTRAINT fk_tag_place FOREIGN KEY (place_id) REFERENCES place (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_place_tag ON place_tag (tag);

-- Identifiers and the normalised name are unique: the same body is never registered twice.
CREATE TABLE organisation (
    id              VARCHAR(200) NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    normalised_name VARCHAR(200) NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    gss_code        CHAR(9),
    snac_code       VARCHAR(10),
    ods_code        VARCHAR(10),
    org_id          VARCHAR(100),
    website         VARCHAR(500),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_organisation_name UNIQUE (normalised_name),
    CONSTRAINT uk_organisation_gss UNIQUE (gss_code),
    CONSTRAINT uk_organisation_snac UNIQUE (snac_code),
    CONSTRAINT uk_organisation_ods UNIQUE (ods_code),
    CONSTRAINT uk_organisation_org_id UNIQUE (org_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partnership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id        VARCHAR(80)  NOT NULL,
    organisation_id VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    since           DATE,
    CONSTRAINT uk_partnership UNIQUE (place_id, organisation_id),
    CONSTRAINT fk_partnership_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT fk_partnership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_partnership_organisation ON partnership (organisation_id);

CREATE TABLE progress_update (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id    VARCHAR(80) NOT NULL,
    update_date DATE        NOT NULL,
    text        TEXT        NOT NULL,
    CONSTRAINT fk_update_place FOREIGN KEY (place_id) REFERENCES place (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_update_place_date ON progress_update (place_id, update_date);

CREATE TABLE place_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id     VARCHAR(80)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    url          VARCHAR(2000),
    published_on DATE,
    CONSTRAINT fk_document_place FOREIGN KEY (place_id) REFERENCES place (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_document_place ON place_document (place_id);

-- Personal data: name, email and phone are only shown to signed-in viewers and above.
CREATE TABLE contact (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id     VARCHAR(80)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    role         VARCHAR(300),
    organisation VARCHAR(200),
    email        VARCHAR(254),
    phone        VARCHAR(30),
    CONSTRAINT fk_contact_place FOREIGN KEY (place_id) REFERENCES place (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_contact_place ON contact (place_id);

CREATE TABLE funding_award (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id       VARCHAR(80)    NOT NULL,
    funder         VARCHAR(200)   NOT NULL,
    amount         DECIMAL(19, 2) NOT NULL,
    financial_year CHAR(7)        NOT NULL,
    purpose        VARCHAR(2000),
    CONSTRAINT fk_funding_place FOREIGN KEY (place_id) REFERENCES place (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_funding_place ON funding_award (place_id);
