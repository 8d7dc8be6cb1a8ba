-- Places and organisations as pilots-service last described them (event-carried state transfer).
CREATE TABLE place (
    id              VARCHAR(80)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(30),
    region          VARCHAR(100),
    theme           VARCHAR(200),
    status          VARCHAR(30),
    population      BIGINT,
    population_year INT,
    updated_at      TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id              VARCHAR(80)  NOT NULL PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    normalised_name VARCHAR(300) NOT NULL,
    type            VARCHAR(60),
    gss_code        VARCHAR(20),
    snac_code       VARCHAR(20),
    ods_code        VARCHAR(20),
    org_id          VARCHAR(80),
    updated_at      TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
