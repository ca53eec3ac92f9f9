package org.glossator.classroom.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.glossator.exchange.AtomicFileWriter;

/**
 * Agreement as CSV (RFC 4180, UTF-8), one value per row ("long" format, ready for a
 * spreadsheet pivot table, R or pandas):
 * {@code article_id,article,type,student,measure,value,raters,units,tokens}. "All articles"
 * and "all types" are written as {@code *}; an undefined value is an empty cell.
 */
public final class AgreementCsv {
    public static final String HEADER = "article_id,article,type,student,measure,value,raters,units,tokens";
    private static final String ALL = "*";

    private AgreementCsv() {
    }

    /** Writes the CSV to {@code file}, which appears only when complete ({@link AtomicFileWriter}). */
    public static void write(AgreementReport report, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(report, writer);
            writer.flush();
            return null;
        });
    }

    public static void write(AgreementReport report, Writer out) throws IOException {
        out.write(HEADER + "\r\n");
        for (AgreementReport.Row r : report.rows()) {
            String article = r.articleId() == null ? ALL : Long.toString(r.articleId());
            String title = r.article() == null ? ALL : r.article();
            String type = r.typeKey() == null ? ALL : r.typeKey();
            line(out, article, title, type, "", "alpha_u", number(r.alphaU()), Integer.toString(r.raters()),
                    Integer.toString(r.units()), Integer.toString(r.tokens()));
            if (r.kappaMeasure() != null) {
                line(out, article, title, type, "", r.kappaMeasure() + "_kappa", number(r.kappa()),
                        Integer.toString(r.raters()), Integer.toString(r.units()), Integer.toString(r.tokens()));
            }
        }
        for (AgreementReport.StudentScore s : report.scores()) {
            String type = s.typeKey() == null ? ALL : s.typeKey();
            line(out, ALL, ALL, type, s.student(), "precision", number(s.precision()), "",
                    Integer.toString(s.studentMarks()), "");
            line(out, ALL, ALL, type, s.student(), "recall", number(s.recall()), "",
                    Integer.toString(s.referenceMarks()), "");
        }
        out.flush();
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }

    private static void line(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells[i]));
        }
        out.write("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String quote(String cell) {
        String s = cell;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
