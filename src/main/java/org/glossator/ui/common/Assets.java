package org.glossator.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javafx.scene.text.Font;

/** Stylesheets and fonts shipped from assets/ (copied onto the classpath by the build). */
public final class Assets {
    private static final String[] FONTS = {
        "NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf", "NotoSerif-Bold.ttf", "NotoSerif-BoldItalic.ttf"};

    private Assets() {
    }

    public static String stylesheet() {
        return resource("/assets/css/glossator.css").toExternalForm();
    }

    /** Another stylesheet of assets/css (the themes' colours), by file name. */
    public static String stylesheet(String fileName) {
        return resource("/assets/css/" + fileName).toExternalForm();
    }

    /** Registers the reading face with JavaFX so CSS can name it "Noto Serif". */
    public static void loadFonts() {
        for (String name : FONTS) {
            try (InputStream in = Assets.class.getResourceAsStream("/assets/fonts/" + name)) {
                if (in != null) {
                    Font.loadFont(in, 16);
                }
            } catch (IOException e) {
                // A missing face falls back to the system serif; the app still works.
            }
        }
    }

    private static URL resource(String path) {
        URL url = Assets.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing resource " + path + " (is assets/ on the classpath?)");
        }
        return url;
    }
}
