package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import backprop.view.Charts;

/** Every pixel written by {@link Png} is read back by the JDK's own PNG reader, whatever the image's type. */
class PngTest {

    @Test
    void aChartReadsBackPixelForPixel() throws IOException {
        BufferedImage chart = Charts.image(Charts.lines("loss per epoch", "epoch", "loss",
                java.util.Map.of("run", new double[] {0.3, 0.2, 0.15, 0.12, 0.11}), true), 2);

        BufferedImage decoded = read(Png.bytes(chart));

        assertSamePixels(chart, decoded);
    }

    @Test
    void translucentPixelsKeepTheirAlpha() throws IOException {
        BufferedImage image = new BufferedImage(31, 17, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }

        BufferedImage decoded = read(Png.bytes(image));

        assertTrue(decoded.getColorModel().hasAlpha());
        assertSamePixels(image, decoded);
    }

    @Test
    void otherImageTypesGoThroughTheirColourModel() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY,
                BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_USHORT_565_RGB}) {
            BufferedImage image = drawing(type);

            BufferedImage decoded = read(Png.bytes(image));

            assertSamePixels(image, decoded);
        }
    }

    @Test
    void theFileIsSignatureThenHeaderDataEndEachWithItsChecksum() {
        BufferedImage image = drawing(BufferedImage.TYPE_INT_RGB);

        ByteBuffer png = ByteBuffer.wrap(Png.bytes(image));

        byte[] signature = new byte[8];
        png.get(signature);
        assertArrayEquals(new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}, signature);
        List<String> names = new ArrayList<>();
        while (png.hasRemaining()) {
            byte[] data = new byte[png.getInt()];
            byte[] name = new byte[4];
            png.get(name);
            png.get(data);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            assertEquals((int) crc.getValue(), png.getInt(), "checksum of " + new String(name, StandardCharsets.US_ASCII));
            names.add(new String(name, StandardCharsets.US_ASCII));
            if (names.size() == 1) {
                ByteBuffer header = ByteBuffer.wrap(data);
                assertEquals(image.getWidth(), header.getInt());
                assertEquals(image.getHeight(), header.getInt());
                assertEquals(8, header.get(), "bit depth");
                assertEquals(2, header.get(), "colour type: RGB");
            }
        }
        assertEquals(List.of("IHDR", "IDAT", "IEND"), names);
    }

    @Test
    void base64IsTheFileAsJupyterHoldsIt() {
        BufferedImage image = drawing(BufferedImage.TYPE_INT_RGB);

        assertArrayEquals(Png.bytes(image), Base64.getDecoder().decode(Png.base64(image)));
    }

    private static BufferedImage drawing(int type) {
        BufferedImage image = new BufferedImage(45, 23, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 45, 23);
        g.setColor(new Color(0xD55E00));
        g.draw(new Line2D.Double(0, 22, 44, 3));
        g.setColor(new Color(0x0072B2));
        g.drawString("loss", 4, 14);
        g.dispose();
        return image;
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        boolean alpha = expected.getColorModel().hasAlpha();
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y);
                assertEquals(alpha ? want : want | 0xFF000000, actual.getRGB(x, y), "pixel at " + x + ", " + y);
            }
        }
    }
}
