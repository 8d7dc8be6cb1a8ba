package org.totalplace.governance.milestone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MilestoneTemplateTest {

    @Test
    void theBundledTemplateHoldsTheProgrammesFourReportingDeadlines() {
        List<MilestoneTemplate.Entry> entries = MilestoneTemplate.load("milestone-template.json");
        assertEquals(List.of("interim-count", "final-count", "interim-report", "final-report"),
                entries.stream().map(MilestoneTemplate.Entry::key).toList());
        assertEquals(List.of(MilestoneKind.INTERIM_COUNT, MilestoneKind.FINAL_COUNT, MilestoneKind.INTERIM_REPORT,
                MilestoneKind.FINAL_REPORT), entries.stream().map(MilestoneTemplate.Entry::kind).toList());
        assertEquals(LocalDate.of(2010, 2, 19), entries.get(3).baselineDate());
    }

    @Test
    void aTemplateFileOnDiskReplacesTheBundledOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.json");
        Files.writeString(file, """
                {"programme":"Next year","milestones":[
                  {"key":"visit","title":"Ministerial visit","kind":"VISIT","recipient":"Minister","baselineDate":"2010-06-01"}]}""");
        List<MilestoneTemplate.Entry> entries = MilestoneTemplate.load(file.toString());
        assertEquals(1, entries.size());
        assertEquals(MilestoneKind.VISIT, entries.get(0).kind());
    }

    @Test
    void anIncompleteTemplateIsRefusedAtStartUp(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.json");
        Files.writeString(file, "{\"milestones\":[{\"key\":\"x\",\"title\":\"No date\",\"kind\":\"OTHER\",\"recipient\":\"HMT\"}]}");
        assertThrows(IllegalStateException.class, () -> MilestoneTemplate.load(file.toString()));
        assertThrows(IllegalStateException.class, () -> MilestoneTemplate.load("no-such-template.json"));
    }
}
