-- Which service instance runs an import and when it last made progress, so that an import whose instance
-- stopped mid-way (crash, redeploy) can be failed instead of showing RUNNING for ever.
ALTER TABLE import_job
    ADD COLUMN runner       VARCHAR(200) NULL,
    ADD COLUMN heartbeat_at TIMESTAMP(6) NULL,
    ADD KEY ix_import_running (status, heartbeat_at);
