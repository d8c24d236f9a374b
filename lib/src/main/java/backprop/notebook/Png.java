package backprop.notebook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Images as the base64 PNG text that Jupyter's image/png output holds.
 *
 * <p>This is the display's speed trick, and its only one. ImageIO's PNG writer tries all five
 * row filters on every row, in Java, to keep the one that compresses best; in the kernel, which
 * runs only the quick JIT, that took about twice as long as writing every row unfiltered, for a
 * slightly larger file. A chart is long runs of one colour, which deflate packs as well without a
 * filter. {@code PngBenchmark} (bench/) measures both writers; {@code PngTest} reads every pixel
 * back.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte BIT_DEPTH = 8;
    private static final byte TRUECOLOUR = 2;
    private static final byte TRUECOLOUR_ALPHA = 6;
    private static final byte FILTER_NONE = 0;

    private Png() {
    }

    static String base64(BufferedImage image) {
        return Base64.getEncoder().encodeToString(bytes(image));
    }

    /** The PNG file: 8 bits per channel, RGB, or RGBA when the image has an alpha channel. */
    static byte[] bytes(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put(BIT_DEPTH).put(alpha ? TRUECOLOUR_ALPHA : TRUECOLOUR)
                .put((byte) 0).put((byte) 0).put((byte) 0)   // deflate, adaptive filtering, no interlace
                .array());
        chunk(png, "IDAT", compressedRows(image, alpha ? 4 : 3));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Each row as its filter byte (none) and its pixels' channels, deflated as one zlib stream. */
    private static byte[] compressedRows(BufferedImage image, int channels) {
        int width = image.getWidth();
        int[] argb = new int[width];
        byte[] row = new byte[1 + width * channels];
        row[0] = FILTER_NONE;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            for (int y = 0; y < image.getHeight(); y++) {
                pixels(image, y, argb);
                int at = 1;
                for (int pixel : argb) {
                    row[at++] = (byte) (pixel >>> 16);
                    row[at++] = (byte) (pixel >>> 8);
                    row[at++] = (byte) pixel;
                    if (channels == 4) {
                        row[at++] = (byte) (pixel >>> 24);
                    }
                }
                zlib.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    /**
     * Row {@code y} as non-premultiplied ARGB. The two packed-int types our charts and most images
     * use hold exactly that already and are copied as they are; any other type goes through its
     * colour model, pixel by pixel.
     */
    private static void pixels(BufferedImage image, int y, int[] argb) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB) {
            image.getRaster().getDataElements(0, y, argb.length, 1, argb);
        } else {
            image.getRGB(0, y, argb.length, 1, argb, 0, argb.length);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
