package org.glossator.ui;

/** The keyboard reference shown by Help > Keyboard shortcuts (F1). */
final class Shortcuts {
    static final String TEXT = """
            Reading
              Ctrl+=  /  Ctrl+-  /  Ctrl+0     zoom in / out / actual size
              Ctrl+Tab                          switch the active pane
              Ctrl+F                            filter the corpus list
              Ctrl+O                            import articles
              Ctrl+Shift+E  /  Ctrl+Shift+I     export / import annotations (W3C JSON-LD, CSV, Hypothesis)
              Ctrl+E                            edit the active article's text (annotations re-anchor)

            Annotating (in a reader or the annotation list)
              1, 2, 3 …                         mark the selected text as the 1st, 2nd, 3rd … type;
                                                with no text selected, change the selected annotation's type
              N  /  P                           next / previous annotation
              Enter                             edit the selected annotation (Esc returns to the reader)
              Delete                            delete the selected annotation (undo brings it back)
              Shift+L                           start a link at the selected annotation
              L                                 link the start (or the other pane's selection) to this one
              R                                 re-attach the selected (orphaned) annotation to the selected text
              Ctrl+Z  /  Ctrl+Shift+Z           undo / redo (create, edit, delete, link, text edits)
            """;

    private Shortcuts() {
    }
}
