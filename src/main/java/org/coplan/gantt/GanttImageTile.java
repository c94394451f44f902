package org.coplan.gantt;

import javafx.scene.image.WritableImage;

/**
 * One tile of a rendered chart picture: its image, and where its top-left corner lies in the whole picture.
 * Tiles abut exactly: the next tile to the right starts at {@code x + width()}.
 */
public record GanttImageTile(int x, int y, WritableImage image) {

    public int width() {
        return (int) image.getWidth();
    }

    public int height() {
        return (int) image.getHeight();
    }
}
