package org.glossator.ui.classroom;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.glossator.classroom.analysis.AgreementCsv;
import org.glossator.classroom.analysis.AgreementReport;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.FileChoosers;
import org.glossator.workspace.PackInfo;

/**
 * Agreement of the class on a pack: αu and kappa per article and type, each student's
 * precision and recall against the reference, as tables and bar charts; exportable as CSV.
 * Without a pack, the agreement of everyone who annotated the active article (a group on a
 * shared store), with no reference to score against.
 */
final class AgreementWindow {
    private final ClassroomHost host;
    private final PackInfo pack;
    private final Long articleId;
    private final TableView<AgreementReport.Row> rows = new TableView<>();
    private final TableView<AgreementReport.StudentScore> scores = new TableView<>();
    private final BarChart<String, Number> perStudent = chart("Precision and recall against the reference");
    private final BarChart<String, Number> perType = chart("Agreement per type (all articles)");
    private final Label status = new Label("Computing agreement…");
    private AgreementReport report;

    /** {@code pack} null: the agreement of everyone who annotated {@code articleId}. */
    AgreementWindow(ClassroomHost host, PackInfo pack, Long articleId) {
        this.host = host;
        this.pack = pack;
        this.articleId = articleId;
    }

    private static BarChart<String, Number> chart(String title) {
        NumberAxis y = new NumberAxis(-0.2, 1.0, 0.2);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        chart.setTitle(title);
        chart.setAnimated(false);
        return chart;
    }

    void show() {
        rows.setId("agreement-table");
        scores.setId("agreement-students");
        perStudent.setId("agreement-chart-students");
        perType.setId("agreement-chart-types");
        status.setId("agreement-status");
        if (pack == null) {
            perType.setTitle("Agreement per type");
        }
        rows.getColumns().setAll(List.of(
                column("Article", r -> r.article() == null ? "All articles" : r.article()),
                column("Type", r -> r.typeKey() == null ? "All types" : ClassroomText.typeLabel(host.session(),
                        r.typeKey())),
                column(pack == null ? "Annotators" : "Students", r -> Integer.toString(r.raters())),
                column("Units", r -> Integer.toString(r.units())),
                column("αu", r -> number(r.alphaU())),
                column("Kappa", r -> r.kappaMeasure() == null || r.kappa() == null ? "—"
                        : number(r.kappa()) + " (" + ("cohen".equals(r.kappaMeasure()) ? "Cohen" : "Fleiss") + ")")));
        scores.getColumns().setAll(List.of(
                column("Student", AgreementReport.StudentScore::student),
                column("Type", s -> s.typeKey() == null ? "All types" : ClassroomText.typeLabel(host.session(),
                        s.typeKey())),
                column("Reference marks", s -> Integer.toString(s.referenceMarks())),
                column("Their marks", s -> Integer.toString(s.studentMarks())),
                column("Matched", s -> Integer.toString(s.matched())),
                column("Precision", s -> number(s.precision())),
                column("Recall", s -> number(s.recall()))));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scores.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scores.setPlaceholder(new Label(pack == null
                ? "Without a reading pack there is no reference to score annotators against."
                : "The pack has no reference annotations, so there is nothing to score students against."));
        TabPane tabs = new TabPane(new Tab("Per article and type", rows), new Tab("Per student", scores),
                new Tab("Chart per student", perStudent), new Tab("Chart per type", perType));
        tabs.setId("agreement-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button export = new Button("Export CSV…");
        export.setId("agreement-export");
        export.setOnAction(e -> exportCsv());
        String who = pack == null ? "annotators" : "students";
        Label help = new Label("αu: Krippendorff's unitizing alpha over the marked spans; kappa over word tokens"
                + " (Cohen for two " + who + ", Fleiss for more). 1 = full agreement, 0 = chance.");
        help.setWrapText(true);
        BorderPane root = new BorderPane(tabs);
        HBox bottom = new HBox(10, export, status);
        bottom.setPadding(new Insets(8));
        root.setTop(help);
        BorderPane.setMargin(help, new Insets(8));
        root.setBottom(bottom);
        root.setId("agreement-window");
        Views.window(host, pack == null ? "Agreement — everyone who annotated" : "Agreement — " + pack.title(), root,
                1000, 700).show();
        var views = host.workspace().classroom().views();
        host.tasks().run(() -> pack == null ? views.agreementOn(articleId) : views.agreement(pack.packId()), this::fill);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    private void fill(AgreementReport computed) {
        report = computed;
        rows.getItems().setAll(computed.rows());
        scores.getItems().setAll(computed.scores());
        XYChart.Series<String, Number> precision = new XYChart.Series<>();
        precision.setName("Precision");
        XYChart.Series<String, Number> recall = new XYChart.Series<>();
        recall.setName("Recall");
        for (String student : computed.students()) {
            AgreementReport.StudentScore s = computed.score(student, null);
            if (s != null) {
                precision.getData().add(new XYChart.Data<>(student, value(s.precision())));
                recall.getData().add(new XYChart.Data<>(student, value(s.recall())));
            }
        }
        perStudent.getData().setAll(List.of(precision, recall));
        Views.fitBars(perStudent.getXAxis(), perStudent.categoryGapProperty(), perStudent.getBarGap(),
                precision.getData().size(), 2);
        XYChart.Series<String, Number> alpha = new XYChart.Series<>();
        alpha.setName("αu");
        XYChart.Series<String, Number> kappa = new XYChart.Series<>();
        kappa.setName("Kappa");
        for (String type : computed.types()) {
            AgreementReport.Row r = computed.overall(type);
            if (r != null) {
                String label = ClassroomText.typeLabel(host.session(), type);
                alpha.getData().add(new XYChart.Data<>(label, value(r.alphaU())));
                kappa.getData().add(new XYChart.Data<>(label, value(r.kappa())));
            }
        }
        perType.getData().setAll(List.of(alpha, kappa));
        Views.fitBars(perType.getXAxis(), perType.categoryGapProperty(), perType.getBarGap(), alpha.getData().size(), 2);
        AgreementReport.Row all = computed.overall(null);
        status.setText(ClassroomText.people(pack, computed.students().size())
                + (all == null ? "" : " · αu over everything " + number(all.alphaU())
                + (all.kappaMeasure() == null ? "" : " · kappa " + number(all.kappa()))));
    }

    /** An undefined value is drawn as 0 (the table says "—"). */
    private static double value(Double v) {
        return v == null ? 0 : v;
    }

    private void exportCsv() {
        if (report == null) {
            return;
        }
        host.files().chooseFileToSave(host.stage(), "Export agreement as CSV",
                ClassroomUi.slug(pack.title()) + "-agreement.csv",
                List.of(new FileChoosers.Filter("CSV (*.csv)", "*.csv"))).ifPresent(out -> {
            AgreementReport written = report;
            host.tasks().run(() -> {
                try {
                    AgreementCsv.write(written, out);
                    return out;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
                }
            }, file -> Dialogs.summary(host.stage(), "Agreement exported", "One value per row, in " + file + "."));
        });
    }
}
