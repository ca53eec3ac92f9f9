package org.glossator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.TextExt;
import org.glossator.domain.DefaultScheme;
import org.glossator.domain.AnnotationType;
import org.glossator.ui.model.Side;
import org.junit.jupiter.api.Test;

/**
 * Text stays readable over every highlight in every theme: the colours are read from the
 * text the reader draws (its fill, the highlight behind it, the paper under that), and
 * the contrast is computed as WCAG does, at least 4.5:1.
 */
class HighlightContrastTest extends GuiTestBase {
    private static final double READABLE = 4.5;

    /** Fires View › Theme › label (choosing it by pointer is ReaderLayoutTest's job). */
    private void theme(String label) {
        interact(() -> window().stage().getScene().getRoot().lookupAll("#menu-bar").stream()
                .map(n -> (MenuBar) n).flatMap(b -> b.getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> "theme-menu".equals(i.getId()))
                .flatMap(i -> ((Menu) i).getItems().stream())
                .filter(i -> label.equals(i.getText())).findFirst().orElseThrow().fire());
    }

    private Color paper() {
        return (Color) fx(() -> ((Region) left().textArea()).getBackground().getFills().get(0).getFill());
    }

    /** The drawn runs that carry a style class, after a layout pass. */
    private List<TextExt> runs(String styleClass) {
        return fx(() -> {
            left().textArea().applyCss();
            left().textArea().layout();
            List<TextExt> found = new ArrayList<>();
            for (Node n : left().textArea().lookupAll(".text")) {
                if (n instanceof TextExt t && t.getStyleClass().contains(styleClass) && t.isVisible()) {
                    found.add(t);
                }
            }
            return found;
        });
    }

    private static double contrastOver(TextExt run, Color paper) {
        Color behind = run.getBackgroundColor() instanceof Color c ? Contrast.over(c, paper) : paper;
        return Contrast.ratio((Color) run.getFill(), behind);
    }

    @Test
    void textOverEveryHighlightKeepsFourAndAHalfToOneInEveryTheme() throws Exception {
        launch();
        openIn(left(), fx(() -> corpusTable().getItems().get(0).id()));
        waitUntil(() -> left().article().isPresent());
        int p = fx(() -> left().textArea().firstVisibleParToAllParIndex()) + 1;
        int start = fx(() -> left().textArea().getAbsolutePosition(p, 0));
        List<AnnotationType> types = DefaultScheme.types();
        for (int i = 0; i < types.size(); i++) {
            selectAndPress(left(), start + i * 12, start + i * 12 + 10, KeyCode.getKeyCode(Integer.toString(i + 1)));
        }
        int plain = fx(() -> left().textArea().getAbsolutePosition(p + 1, 0));

        for (String theme : List.of("Light", "Sepia", "Dark")) {
            theme(theme);
            Color paper = paper();
            Color ink = null;
            double alpha = 0;
            for (AnnotationType type : types) {
                List<TextExt> marked = runs("hl-bg-" + type.key());
                assertThat(marked).as("%s runs in %s", type.key(), theme).isNotEmpty();
                for (TextExt run : marked) {
                    assertThat(contrastOver(run, paper)).as("text over %s in %s", type.label(), theme)
                            .isGreaterThanOrEqualTo(READABLE);
                    ink = (Color) run.getFill();
                    alpha = ((Color) run.getBackgroundColor()).getOpacity();
                }
            }
            // Users choose their own colours: the darkest and the lightest at the same
            // opacity bound every colour's highlight, so any choice stays readable.
            for (Color extreme : List.of(Color.color(0, 0, 0, alpha), Color.color(1, 1, 1, alpha))) {
                assertThat(Contrast.ratio(ink, Contrast.over(extreme, paper)))
                        .as("text over a %s highlight in %s", extreme, theme).isGreaterThanOrEqualTo(READABLE);
            }

            interact(() -> left().setFindHits(List.of(new int[] {plain, plain + 8})));
            for (TextExt run : runs("find-hit")) {
                assertThat(contrastOver(run, paper)).as("text over a find hit in %s", theme)
                        .isGreaterThanOrEqualTo(READABLE);
            }
            interact(() -> left().setFindHits(List.of()));

            // A revealed annotation flashes bright yellow for a moment; read it in the same pulse.
            String claim = fx(() -> app.session().pane(Side.LEFT).orElseThrow().annotations().get(0).id());
            double flash = fx(() -> {
                left().reveal(claim);
                left().textArea().applyCss();
                left().textArea().layout();
                return left().textArea().lookupAll(".text").stream()
                        .filter(n -> n instanceof TextExt t && t.getStyleClass().contains("hl-flash"))
                        .mapToDouble(n -> contrastOver((TextExt) n, paper)).min().orElse(0);
            });
            assertThat(flash).as("text over the reveal flash in %s", theme).isGreaterThanOrEqualTo(READABLE);

            interact(() -> {
                left().hoverTooltip().setText("Dubious claim — unsupported\nA note");
                left().hoverTooltip().show(window().stage(), 100, 100);
            });
            waitUntil(() -> left().hoverTooltip().getSkin() != null);
            Label label = (Label) fx(() -> left().hoverTooltip().getSkin().getNode());
            waitUntil(() -> fx(label::getBackground) != null);
            Color text = (Color) fx(label::getTextFill);
            Color card = (Color) fx(() -> label.getBackground().getFills().get(0).getFill());
            assertThat(Contrast.ratio(text, card)).as("tooltip in %s", theme).isGreaterThan(7.0);
            interact(() -> left().hoverTooltip().hide());
        }
    }
}
