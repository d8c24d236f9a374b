package backprop.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reads the committed PyTorch reference (test resource /torch-reference.json) for tests in any package. */
public final class TorchReferenceJson {

    private static Object root;

    private TorchReferenceJson() {
    }

    /** The value at a path of object keys, e.g. {@code at("runs", "exercise", "float32", "loss")}. */
    public static synchronized Object at(String... path) {
        if (root == null) {
            try (InputStream in = TorchReferenceJson.class.getResourceAsStream("/torch-reference.json")) {
                root = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        Object node = root;
        for (String key : path) {
            node = ((Map<?, ?>) node).get(key);
            if (node == null) {
                throw new IllegalArgumentException("no " + key + " in " + String.join(".", path));
            }
        }
        return node;
    }

    /** A number array at the path; the strings "NaN", "Infinity", "-Infinity" become those doubles. */
    public static double[] doubles(String... path) {
        List<?> list = (List<?>) at(path);
        double[] result = new double[list.size()];
        for (int i = 0; i < result.length; i++) {
            Object v = list.get(i);
            result[i] = v instanceof Number n ? n.doubleValue() : Double.parseDouble((String) v);
        }
        return result;
    }
}
