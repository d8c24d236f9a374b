package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.dflib.jjava.jupyter.Extension;
import org.junit.jupiter.api.Test;

/** How the kernel finds the adapter, and that nothing else in the library needs the kernel. */
class ExtensionServiceTest {

    @Test
    void theServiceFileNamesOurExtension() {
        List<String> extensions = ServiceLoader.load(Extension.class).stream()
                .map(provider -> provider.type().getName()).toList();
        assertEquals(List.of(NotebookDisplay.class.getName()), extensions);
    }

    /** Only this package may use the kernel: elsewhere the library must work without it. */
    @Test
    void noOtherPackageOfTheLibraryUsesTheKernel() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !classes.relativize(f).startsWith(Path.of("backprop", "notebook")))
                    .filter(ExtensionServiceTest::mentionsKernel)
                    .map(f -> classes.relativize(f).toString()).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean mentionsKernel(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/dflib/jjava");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
