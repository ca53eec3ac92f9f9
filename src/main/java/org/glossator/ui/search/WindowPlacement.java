package org.glossator.ui.search;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;

/**
 * Where the search window goes so that the reader a hit opens in stays in sight: beside
 * the main window when the screen has room, otherwise over the side of the main window
 * away from the active reader (the other reader, the lists), never over the active one
 * unless the screen is too narrow to avoid it.
 */
final class WindowPlacement {
    /** Narrower than this, the hits' titles and snippets wrap into a column nobody can read. */
    static final double MIN_WIDTH = 380;

    private WindowPlacement() {
    }

    /**
     * @param screen       the visual bounds of the main window's screen
     * @param main         the main window's bounds on screen
     * @param activeReader the active reader's bounds on screen
     * @param width        the width the window would like
     * @param height       the height the window would like
     */
    static Bounds place(Rectangle2D screen, Bounds main, Bounds activeReader, double width, double height) {
        double h = Math.min(height, screen.getHeight());
        double y = Math.max(screen.getMinY(), Math.min(main.getMinY() + 80, screen.getMaxY() - h));
        double roomRightOfMain = screen.getMaxX() - main.getMaxX();
        double roomLeftOfMain = main.getMinX() - screen.getMinX();
        if (roomRightOfMain >= MIN_WIDTH || roomLeftOfMain >= MIN_WIDTH) {
            boolean right = roomRightOfMain >= roomLeftOfMain;
            double w = Math.min(width, Math.max(roomRightOfMain, roomLeftOfMain));
            return new BoundingBox(right ? main.getMaxX() : main.getMinX() - w, y, w, h);
        }
        double roomRight = screen.getMaxX() - activeReader.getMaxX();
        double roomLeft = activeReader.getMinX() - screen.getMinX();
        boolean right = roomRight >= roomLeft;
        double room = Math.max(roomRight, roomLeft);
        double w = room >= MIN_WIDTH ? Math.min(width, room) : Math.min(width, Math.max(MIN_WIDTH, room));
        // Whole pixels, rounded away from the reader: windows sit on the pixel grid.
        double x = right ? Math.min(Math.ceil(activeReader.getMaxX()), screen.getMaxX() - w)
                : Math.max(screen.getMinX(), Math.floor(activeReader.getMinX() - w));
        return new BoundingBox(x, y, w, h);
    }
}
