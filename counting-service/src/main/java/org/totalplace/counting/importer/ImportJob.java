package org.totalplace.counting.importer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One import of a file into a count: its progress while it runs, its result or its errors afterwards. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    public enum Status { RUNNING, SUCCEEDED, FAILED, DUPLICATE }

    @Id
    public String id;
    public String countId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public String contentHash;
    public String acceptedHash;
    public Long bytesTotal;
    public long bytesRead;
    public long rowsRead;
    public long rowsValid;
    public long linesStored;
    public long unclassified;
    public BigDecimal totalAmount;
    public long errorCount;
    public String errors;
    public String message;
    public String duplicateOf;
    public String startedBy;
    public Instant startedAt;
    public Instant finishedAt;
    /** The service instance running it (see {@link InterruptedImports}). */
    public String runner;
    public Instant heartbeatAt;
}
