package org.coplan.ui.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A written report's pages as pictures, for the preview and for printing: the PDF itself is rendered, so what
 * the screen and the printer show is exactly what Save as PDF writes. One document at a time; rendering is
 * serialised because PDFBox's renderer is not thread-safe.
 */
final class ReportPreview implements AutoCloseable {

    private final byte[] pdf;
    private final PDDocument document;
    private final PDFRenderer renderer;

    ReportPreview(byte[] pdf) {
        this.pdf = pdf.clone();
        try {
            this.document = Loader.loadPDF(this.pdf);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        this.renderer = new PDFRenderer(document);
    }

    byte[] pdf() {
        return pdf.clone();
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code dpi} dots per inch; 72 is one pixel per point. */
    synchronized BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
