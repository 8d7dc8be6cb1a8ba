package org.totalplace.counting.importer;

import org.totalplace.commons.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the CSV resource out of a Fiscal Data Package zip as a stream, without unpacking it anywhere. */
final class FiscalDataPackages {

    private FiscalDataPackages() {
    }

    static InputStream csvOf(InputStream zip) {
        ZipInputStream in = new ZipInputStream(zip);
        try {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && e.getName().endsWith(".csv")) {
                    return in;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw ProblemException.invalidField("body", "the zip holds no .csv resource");
    }
}
