package org.glossator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.glossator.classroom.ClassroomService;
import org.glossator.classroom.CollectReport;
import org.glossator.classroom.CollectService;
import org.glossator.classroom.analysis.AgreementCsv;
import org.glossator.classroom.analysis.AgreementReport;
import org.glossator.classroom.pack.ReadingPack;
import org.glossator.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Agreement of a folder of hand-ins, computed in a scratch database (deleted afterwards), so
 * the teacher's own database is neither needed nor changed.
 */
@Command(name = "agreement", description = "Agreement of a class's hand-ins: Krippendorff's alpha-u and Cohen's/"
        + "Fleiss' kappa per article and type, each student's precision and recall against the reference.")
final class AgreementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HandInsArguments handIns;

    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;

    @Option(names = "--csv", paramLabel = "OUT", description = "Also write the values as CSV (one value per row).")
    Path csv;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scratch = Files.createTempDirectory("glossator-agreement");
        try {
            AgreementReport report;
            CollectReport collected;
            ReadingPack pack;
            try (SqliteStore store = SqliteStore.open(scratch.resolve("scratch.db"))) {
                Optional<ReadingPack> read = handIns.readPack(store, err, "");
                if (read.isEmpty()) {
                    return Cli.SOME_REFUSED;
                }
                pack = read.get();
                collected = new CollectService(store).collect(pack, handIns.folder);
                report = new ClassroomService(store).agreement(pack.packId());
            }
            for (CollectReport.Refused r : collected.refused()) {
                err.println("Refused: " + r.message());
            }
            if (csv != null) {
                AgreementCsv.write(report, csv);
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("packId", pack.packId());
                doc.put("title", pack.title());
                doc.put("reference", pack.referenceAnnotator());
                doc.put("agreement", report);
                List<String> refused = new ArrayList<>();
                collected.refused().forEach(r -> refused.add(r.message()));
                doc.put("refused", refused);
                o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } else {
                printTable(pack, report, o);
                if (csv != null) {
                    o.println("Wrote " + csv);
                }
            }
            o.flush();
            err.flush();
            return collected.refused().isEmpty() ? Cli.OK : Cli.SOME_REFUSED;
        } finally {
            deleteTree(scratch);
        }
    }

    private static void printTable(ReadingPack pack, AgreementReport report, PrintWriter o) {
        o.println("Agreement on \"" + pack.title() + "\": " + report.students().size()
                + (report.students().size() == 1 ? " student" : " students")
                + (pack.referenceAnnotator() == null ? "" : ", reference: " + pack.referenceAnnotator()));
        o.printf("%-36s %-12s %8s %8s %-7s %6s%n", "ARTICLE", "TYPE", "ALPHA_U", "KAPPA", "", "UNITS");
        for (AgreementReport.Row r : report.rows()) {
            o.printf("%-36s %-12s %8s %8s %-7s %6d%n", cut(r.article() == null ? "(all articles)" : r.article(), 36),
                    r.typeKey() == null ? "(all)" : r.typeKey(), number(r.alphaU()), number(r.kappa()),
                    r.kappaMeasure() == null ? "" : r.kappaMeasure(), r.units());
        }
        if (!report.scores().isEmpty()) {
            o.println();
            o.printf("Against the reference (a mark matches when it has the same type and overlaps >= %.2f):%n",
                    report.matchThreshold());
            o.printf("%-28s %-12s %9s %8s %8s%n", "STUDENT", "TYPE", "PRECISION", "RECALL", "MATCHED");
            for (AgreementReport.StudentScore s : report.scores()) {
                o.printf("%-28s %-12s %9s %8s %8d%n", cut(s.student(), 28), s.typeKey() == null ? "(all)" : s.typeKey(),
                        number(s.precision()), number(s.recall()), s.matched());
            }
        }
    }

    private static String number(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
