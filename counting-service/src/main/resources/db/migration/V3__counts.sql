-- A count of public expenditure in a place; corrections are new versions of the same series.
CREATE TABLE expenditure_count (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    place_id         VARCHAR(80)  NOT NULL,
    financial_year   CHAR(7)      NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    theme            VARCHAR(200),
    -- theme or '' so the series key can be unique (NULLs never collide in a unique key)
    theme_key        VARCHAR(200) NOT NULL,
    version_no       INT          NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    supersedes_id    CHAR(36),
    superseded_by_id CHAR(36),
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    submitted_by     VARCHAR(200),
    submitted_at     TIMESTAMP(6) NULL,
    finalised_by     VARCHAR(200),
    finalised_at     TIMESTAMP(6) NULL,
    lock_version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_count_series_version UNIQUE (place_id, financial_year, kind, theme_key, version_no),
    CONSTRAINT uk_count_supersedes UNIQUE (supersedes_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_count_year_kind_status ON expenditure_count (financial_year, kind, status, place_id);

CREATE TABLE expenditure_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    count_id        CHAR(36)      NOT NULL,
    organisation_id VARCHAR(80)   NOT NULL,
    funding_source  VARCHAR(80)   NOT NULL,
    function_code   VARCHAR(12)   NOT NULL,
    client_group    VARCHAR(100)  NOT NULL DEFAULT '',
    capital_revenue VARCHAR(7)    NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    note            VARCHAR(500),
    source_row_ref  VARCHAR(100),
    payment_date    DATE,
    import_id       CHAR(36),
    lock_version    BIGINT        NOT NULL DEFAULT 0,
    KEY ix_line_count (count_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Lines pre-aggregated by every dimension, maintained on each write: aggregates read this,
-- never the million-row line table.
CREATE TABLE line_summary (
    count_id        CHAR(36)      NOT NULL,
    organisation_id VARCHAR(80)   NOT NULL,
    funding_source  VARCHAR(80)   NOT NULL,
    function_code   VARCHAR(12)   NOT NULL,
    client_group    VARCHAR(100)  NOT NULL,
    capital_revenue VARCHAR(7)    NOT NULL,
    amount          DECIMAL(21,2) NOT NULL,
    line_count      BIGINT        NOT NULL,
    PRIMARY KEY (count_id, organisation_id, funding_source, function_code, client_group, capital_revenue)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_job (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    count_id        CHAR(36)      NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    content_hash    CHAR(64),
    -- set only when the import stored its lines: the same file cannot be stored twice in a count
    accepted_hash   CHAR(64),
    bytes_total     BIGINT,
    bytes_read      BIGINT        NOT NULL DEFAULT 0,
    rows_read       BIGINT        NOT NULL DEFAULT 0,
    rows_valid      BIGINT        NOT NULL DEFAULT 0,
    lines_stored    BIGINT        NOT NULL DEFAULT 0,
    unclassified    BIGINT        NOT NULL DEFAULT 0,
    total_amount    DECIMAL(21,2),
    error_count     BIGINT        NOT NULL DEFAULT 0,
    errors          LONGTEXT,
    message         VARCHAR(1000),
    duplicate_of    CHAR(36),
    started_by      VARCHAR(200)  NOT NULL,
    started_at      TIMESTAMP(6)  NOT NULL,
    finished_at     TIMESTAMP(6)  NULL,
    CONSTRAINT uk_import_accepted UNIQUE (count_id, accepted_hash),
    KEY ix_import_count (count_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
