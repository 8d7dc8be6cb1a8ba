package org.totalplace.governance.milestone;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme's standard milestones, read from data (a JSON file on the classpath or on disk) so the
 * programme office can change them without a release.
 */
@ApplicationScoped
public class MilestoneTemplate {

    public record Entry(String key, String title, MilestoneKind kind, String recipient, LocalDate baselineDate) {
    }

    record Document(String programme, String source, List<Entry> milestones) {
    }

    private final List<Entry> entries;

    public MilestoneTemplate(@ConfigProperty(name = "governance.milestones.template") String location) {
        this.entries = load(location);
    }

    public List<Entry> entries() {
        return entries;
    }

    static List<Entry> load(String location) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Path file = Path.of(location);
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file)
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("milestone template '" + location + "' not found");
            }
            List<Entry> entries = mapper.readValue(in, Document.class).milestones();
            for (Entry e : entries) {
                if (e.key() == null || e.title() == null || e.kind() == null || e.recipient() == null
                        || e.baselineDate() == null) {
                    throw new IllegalStateException("milestone template entry " + e + " lacks key, title, kind, "
                            + "recipient or baselineDate");
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read milestone template '" + location + "'", e);
        }
    }
}
