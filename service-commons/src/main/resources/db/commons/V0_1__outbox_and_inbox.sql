-- Shared by every service: events waiting to be published, and events already consumed.
CREATE TABLE outbox_event (
    seq           BIGINT AUTO_INCREMENT PRIMARY KEY,
    id            CHAR(36)     NOT NULL,
    topic         VARCHAR(100) NOT NULL,
    event_key     VARCHAR(200),
    event_type    VARCHAR(100) NOT NULL,
    payload       LONGTEXT     NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    published_at  TIMESTAMP(6) NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000),
    CONSTRAINT uk_outbox_event_id UNIQUE (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_unpublished ON outbox_event (published_at, seq);

CREATE TABLE processed_event (
    event_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
