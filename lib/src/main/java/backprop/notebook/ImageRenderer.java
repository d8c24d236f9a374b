package backprop.notebook;

import java.awt.image.BufferedImage;

import org.rapaio.jupyter.kernel.display.MimeType;

/** A BufferedImage as a PNG image (the kernel's own image renderer sends no text fallback). */
final class ImageRenderer extends Renderer<BufferedImage> {

    ImageRenderer() {
        super(BufferedImage.class, MimeType.PNG);
    }

    @Override
    String richForm(BufferedImage image) {
        return Png.base64(image);
    }

    @Override
    String textForm(BufferedImage image) {
        return "Image " + image.getWidth() + " x " + image.getHeight();
    }
}
