package backprop.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PyTorch reference values, {@code /torch-reference.json} on the test classpath, written by
 * {@code src/test/python/torch_reference.py} (schema and conventions: {@code src/test/python/README.md}).
 *
 * <p>The library computes in double precision, so its tests read the {@code float64} sections; the
 * {@code float32} sections are read only where a float32 computation exists to reproduce a printout
 * ({@code Float32CrossEntropyConformanceTest}).
 */
public final class TorchReference {

    /** The whole file, read once. */
    static final JsonNode ROOT = load();

    private TorchReference() {
    }

    private static JsonNode load() {
        try (InputStream in = TorchReference.class.getResourceAsStream("/torch-reference.json")) {
            if (in == null) {
                throw new IllegalStateException("/torch-reference.json is not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at a path of object keys, e.g. {@code at("runs", "exercise", "float64")}; fails if absent. */
    /** The numbers of the array at {@code path}, e.g. {@code doubles("activations", "z")}. */
    public static double[] doubles(String... path) {
        return numbers(at(path));
    }

    public static JsonNode at(String... path) {
        JsonNode node = ROOT;
        for (String key : path) {
            node = node.get(key);
            if (node == null) {
                throw new IllegalStateException("torch-reference.json has no " + String.join(".", path));
            }
        }
        return node;
    }

    /** The keys of an object, in the file's order. */
    public static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            keys.add(it.next().getKey());
        }
        return keys;
    }

    /** A number; the strings "NaN", "Infinity" and "-Infinity" stand for the non-finite values. */
    public static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return Double.parseDouble(node.textValue());
        }
        throw new IllegalStateException("not a number: " + node);
    }

    public static double[] numbers(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(array.get(i));
        }
        return v;
    }

    public static double[][] matrix(JsonNode array) {
        double[][] m = new double[array.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = numbers(array.get(i));
        }
        return m;
    }

    /**
     * Whether actual is within {@code relative * |expected| + absolute} of expected; NaN matches only NaN,
     * an infinity only itself. The sign of a zero is not compared.
     */
    public static boolean close(double expected, double actual, double relative, double absolute) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (expected == actual) {
            return true;
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return false;
        }
        return Math.abs(actual - expected) <= relative * Math.abs(expected) + absolute;
    }

    public static void assertClose(double expected, double actual, double relative, double absolute, String what) {
        if (!close(expected, actual, relative, absolute)) {
            fail(what + ": torch " + expected + ", library " + actual + " (difference " + (actual - expected)
                    + ", allowed " + relative + " relative + " + absolute + " absolute)");
        }
    }

    public static void assertClose(double[] expected, double[] actual, double relative, double absolute, String what) {
        if (expected.length != actual.length) {
            fail(what + ": torch has " + expected.length + " values, library " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], relative, absolute, what + "[" + i + "]");
        }
    }
}
