package org.totalplace.counting.line;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BulkFileTest {

    @Test
    void awkwardTextSurvivesTheBulkFormatAndNullStaysNull() throws Exception {
        Path file = Files.createTempFile("bulk", ".tsv");
        try {
            try (BulkFile out = new BulkFile(file)) {
                out.write("tab\there", "new\nline", "back\\slash", null, "N", "");
            }
            String line = Files.readString(file);
            assertEquals(1, line.chars().filter(c -> c == '\n').count());
            assertEquals(Arrays.asList("tab\there", "new\nline", "back\\slash", null, "N", ""),
                    BulkFile.parse(line.substring(0, line.length() - 1)));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void amountsMustFitDecimal19Comma2() {
        assertEquals(Optional.empty(), LineRules.amountProblem(new BigDecimal("-99999999999999999.99")));
        assertEquals(Optional.empty(), LineRules.amountProblem(new BigDecimal("1.500")));
        assertEquals(Optional.of("has more than 2 decimal places"), LineRules.amountProblem(new BigDecimal("1.005")));
        assertEquals(List.of("CAPITAL", "REVENUE"), List.of(LineRules.capitalRevenue("c").orElseThrow(),
                LineRules.capitalRevenue(" Revenue ").orElseThrow()));
        assertEquals("council-tax", LineRules.fundingSourceKey(" Council Tax "));
    }
}
