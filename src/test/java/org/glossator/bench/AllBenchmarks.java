package org.glossator.bench;

/** Runs every benchmark and prints Markdown tables (mvn -B -Pbench verify -DskipTests). */
public final class AllBenchmarks {
    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("# Glossator benchmarks");
        System.out.println();
        System.out.printf("Java %s, %d cores, %s%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        CreateAnnotationBenchmark.main(args);
        CorpusListBenchmark.run();
        HighlightBenchmark.main(args);
        ReanchorBenchmark.main(args);
        ExportBenchmark.main(args);
        ImportBenchmark.main(args.length > 0 ? new String[] {args[0]} : args);
        StartupBenchmark.main(new String[0]);
        CrashBenchmark.main(new String[0]);
        FuzzBenchmark.main(new String[0]);
        ClassAgreementBenchmark.main(args);
        CorpusBenchmark.main(args);
        SharedStoreBenchmark.main(args);
        System.exit(0);
    }
}
