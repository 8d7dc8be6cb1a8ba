package org.totalplace.counting.importer;

import org.junit.jupiter.api.Test;
import org.totalplace.commons.problem.Problem;
import org.totalplace.counting.organisation.OrganisationDirectory;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvImportTest {

    static final OrganisationDirectory ORGS = new OrganisationDirectory(List.of(
            new OrganisationDirectory.Entry("leicester-city-council", "Leicester City Council", "E06000016", "00FN",
                    null, "GB-LAE-LCE"),
            new OrganisationDirectory.Entry("leicester-city-pct", "Leicester City PCT", null, null, "5PC", null)));
    static final Set<String> CODES = Set.of("03", "03.1", "07", "07.4", "10", "10.2", "09.1");

    static CsvImport importer(ImportOptions options) {
        return new CsvImport(options, ORGS, CODES::contains, 100);
    }

    static ImportOptions standard() {
        return ImportOptions.parse(null, null, null, null, null, null, null);
    }

    static CsvImport.Outcome read(CsvImport importer, String csv, List<RowValidator.ValidRow> sink) {
        return importer.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), sink::add,
                (r, v, b) -> { });
    }

    @Test
    void threeBadRowsAmongTenThousandAreReportedExactlyAndNothingIsPassedOnAfterThem() {
        StringBuilder csv = new StringBuilder("organisation,funding_source,function_code,capital_revenue,amount\n");
        for (int i = 2; i <= 10_001; i++) {
            String org = i == 500 ? "Nowhere Council" : "E06000016";
            String function = i == 5_000 ? "99.9" : "07.4";
            String amount = i == 9_999 ? "12.345" : "100.00";
            csv.append(org).append(",council-tax,").append(function).append(",REVENUE,").append(amount).append('\n');
        }
        List<RowValidator.ValidRow> sink = new ArrayList<>();
        CsvImport.Outcome outcome = read(importer(standard()), csv.toString(), sink);
        assertEquals(10_000, outcome.rowsRead());
        assertEquals(9_997, outcome.rowsValid());
        assertEquals(List.of(500L, 5_000L, 9_999L), outcome.errors().stream().map(Problem.Violation::row).toList());
        assertEquals(List.of("organisation", "function", "amount"),
                outcome.errors().stream().map(Problem.Violation::field).toList());
        assertEquals(498, sink.size()); // rows after the first failure are validated, not stored
    }

    @Test
    void everyKindOfBadRowIsNamed() {
        String csv = "organisation,funding_source,function_code,capital_revenue,amount\n"
                + "00FN,council-tax,07.4,REVENUE,abc\n"
                + "00FN,,07.4,REVENUE,10\n"
                + "00FN,council-tax,07.4,REVENUE\n"
                + "00FN,council-tax,07.4,SIDEWAYS,10\n"
                + "00FN,council-tax,07.4,REVENUE,99999999999999999999.00\n";
        CsvImport.Outcome outcome = read(importer(standard()), csv, new ArrayList<>());
        List<String> messages = outcome.errors().stream().map(v -> v.row() + ":" + v.message()).toList();
        assertEquals(5, outcome.errorCount(), messages.toString());
        assertTrue(messages.get(0).startsWith("2:not a number"));
        assertTrue(messages.get(1).startsWith("3:missing funding_source"));
        assertTrue(messages.get(2).startsWith("4:ragged row"));
        assertTrue(messages.get(3).startsWith("5:must be CAPITAL or REVENUE"));
        assertTrue(messages.get(4).startsWith("6:is too large"));
    }

    @Test
    void badEncodingIsReportedOnItsRow() {
        byte[] head = "organisation,funding_source,function_code,capital_revenue,amount,note\n00FN,council-tax,07.4,R,1,ok\n00FN,council-tax,07.4,R,1,caf"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xE9, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        CsvImport.Outcome outcome = importer(standard()).read(new ByteArrayInputStream(all), r -> { }, (a, b, c) -> { });
        assertEquals(1, outcome.errorCount());
        assertEquals(3L, outcome.errors().get(0).row());
        assertTrue(outcome.errors().get(0).message().startsWith("bad encoding"));
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderRow() {
        CsvImport.Outcome outcome = read(importer(standard()), "organisation,amount\n00FN,1\n", new ArrayList<>());
        assertEquals(List.of("funding_source", "function", "capital_revenue"),
                outcome.errors().stream().map(Problem.Violation::field).toList());
        assertEquals(1L, outcome.errors().get(0).row());
    }

    @Test
    void spendingOver500FilesAreReadWithTheirOwnHeadersAmountsDatesAndCodes() {
        ImportOptions options = ImportOptions.parse("spending-over-500", null,
                List.of("Adult Social Care=10.2", "Public Health=07.4"), true, "Council Tax", null, null);
        String csv = "Body Name,Body,Date,Transaction Number,Amount,Supplier Name,Service Area\n"
                + "Leicester City Council,http://statistics.data.gov.uk/id/local-authority/00FN,01/04/2008,T1,\"1,100.00\",Acme Care,Adult Social Care\n"
                + "LEICESTER CITY COUNCIL.,00FN,2/4/2008,T2,\"£1,100.00\",Acme Care,public health\n"
                + "The Leicester City Council,00FN,03/04/2008,T3,-250.00,Acme Care,Parks\n";
        List<RowValidator.ValidRow> rows = new ArrayList<>();
        CsvImport.Outcome outcome = read(importer(options), csv, rows);
        assertEquals(0, outcome.errorCount(), outcome.errors().toString());
        assertEquals(1, outcome.unclassified());
        assertEquals(new BigDecimal("1950.00"), outcome.total());
        assertEquals(List.of("10.2", "07.4", "unclassified"), rows.stream().map(RowValidator.ValidRow::functionCode).toList());
        assertEquals(LocalDate.of(2008, 4, 2), rows.get(1).date());
        assertEquals("council-tax", rows.get(0).fundingSource());
        assertEquals("REVENUE", rows.get(0).capitalRevenue());
        assertEquals("T3", rows.get(2).sourceRowRef());
        assertEquals("leicester-city-council", rows.get(2).organisationId());
    }

    @Test
    void unmappedLabelsAreErrorsUnlessUnclassifiedIsAskedFor() {
        ImportOptions options = ImportOptions.parse("spending-over-500", null, List.of("Public Health=07.4"), null,
                "local", null, null);
        String csv = "Body Name,Date,Amount,Service Area\nLeicester City PCT,31/02/2008,10,Parks\n";
        CsvImport.Outcome outcome = read(importer(options), csv, new ArrayList<>());
        assertEquals(List.of("function", "date"), outcome.errors().stream().map(Problem.Violation::field).toList());
    }

    @Test
    void isoDatesAreCheckedInTheStandardLayout() {
        String csv = "organisation,funding_source,function_code,capital_revenue,amount,date\n"
                + "5PC,nhs,07,R,1,2008-04-01\n5PC,nhs,07,R,1,2008-13-01\n5PC,nhs,07,R,1,01/04/2008\n";
        List<RowValidator.ValidRow> rows = new ArrayList<>();
        CsvImport.Outcome outcome = read(importer(standard()), csv, rows);
        assertEquals(List.of(3L, 4L), outcome.errors().stream().map(Problem.Violation::row).toList());
        assertEquals("date", outcome.errors().get(0).field());
        assertEquals(LocalDate.of(2008, 4, 1), rows.get(0).date());
    }

    @Test
    void theSameBytesHaveTheSameHash() {
        String csv = "organisation,funding_source,function_code,capital_revenue,amount\n5PC,nhs,07,R,1\n";
        assertEquals(read(importer(standard()), csv, new ArrayList<>()).contentHash(),
                read(importer(standard()), csv, new ArrayList<>()).contentHash());
    }
}
