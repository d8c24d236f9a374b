package backprop.notebook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import backprop.view.Charts;

/**
 * One chart of a notebook as the PNG its output holds: ImageIO's writer against {@link Png}'s. The
 * chart is two 100-epoch loss curves on a log axis, drawn at twice its 720 x 400 size, as the
 * display draws every chart. Run under the kernel's JIT ({@code kernel}: the quick compiler only,
 * environment/kernel/jvm-options.txt) and the JVM's default; bytes per image are printed once per fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class PngBenchmark {

    @Param({"imageio", "png"})
    public String writer;

    private BufferedImage chart;

    @Setup
    public void drawTheChart() throws IOException {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("hand-written", IntStream.range(0, 100).mapToDouble(epoch -> 0.3 * Math.exp(-epoch / 30.0)).toArray());
        curves.put("autograd", IntStream.range(0, 100).mapToDouble(epoch -> 0.3 * Math.exp(-epoch / 20.0)).toArray());
        chart = Charts.image(Charts.lines("Loss per epoch", "epoch", "loss", curves, true), NotebookDisplay.CHART_SCALE);
        System.out.printf("%n%s: %d bytes%n", writer, write().length);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true"})
    public byte[] kernel() throws IOException {
        return write();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
    public byte[] defaultJit() throws IOException {
        return write();
    }

    private byte[] write() throws IOException {
        if (writer.equals("png")) {
            return Png.bytes(chart);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(chart, "png", png);
        return png.toByteArray();
    }
}
