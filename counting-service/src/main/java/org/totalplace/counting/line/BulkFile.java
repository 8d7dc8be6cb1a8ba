package org.totalplace.counting.line;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Validated lines on their way to the database, one per line in the tab-separated form LOAD DATA reads
 * (columns of {@link LineStore#BULK_COLUMNS}; backslash escapes; \N for NULL). Streamed (to a file or straight into
 * LOAD DATA), so an import's memory does not grow with its size.
 */
public final class BulkFile implements AutoCloseable {

    private final BufferedWriter out;

    public BulkFile(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    public BulkFile(OutputStream sink) {
        this.out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16);
    }

    public void write(String... columns) {
        try {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                writeField(columns[i]);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeField(String v) throws IOException {
        if (v == null) {
            out.write("\\N");
            return;
        }
        if (plain(v)) {
            out.write(v); // the usual case: one call, not one per character
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\0' -> out.write("\\0");
                default -> out.write(ch);
            }
        }
    }

    private static boolean plain(String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\0') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Reads a bulk file back into batched inserts, for servers that refuse LOAD DATA LOCAL. */
    static long insertBatched(Connection c, InputStream lines) throws SQLException {
        String sql = "INSERT INTO expenditure_line (" + LineStore.BULK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8));
             PreparedStatement ps = c.prepareStatement(sql)) {
            String line;
            while ((line = in.readLine()) != null) {
                List<String> fields = parse(line);
                for (int i = 0; i < fields.size(); i++) {
                    String v = fields.get(i);
                    if (v == null) {
                        ps.setNull(i + 1, Types.VARCHAR);
                    } else {
                        ps.setString(i + 1, v);
                    }
                }
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\t') {
                fields.add(field(sb));
                sb.setLength(0);
            } else if (ch == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                sb.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'N' -> '\u0001'; // marker for NULL, see field()
                    default -> next;
                });
            } else {
                sb.append(ch);
            }
        }
        fields.add(field(sb));
        return fields;
    }

    private static String field(StringBuilder sb) {
        return sb.length() == 1 && sb.charAt(0) == '\u0001' ? null : sb.toString();
    }
}
