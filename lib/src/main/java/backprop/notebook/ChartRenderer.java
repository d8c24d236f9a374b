package backprop.notebook;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.rapaio.jupyter.kernel.display.MimeType;

/** Any XChart chart (XYChart, CategoryChart, HeatMapChart...) as a PNG image. */
@SuppressWarnings("rawtypes")
final class ChartRenderer extends Renderer<Chart> {

    ChartRenderer() {
        super(Chart.class, MimeType.PNG);
    }

    @Override
    String richForm(Chart chart) {
        return Png.base64(BitmapEncoder.getBufferedImage(chart));
    }

    @Override
    String textForm(Chart chart) {
        String title = chart.getTitle();
        return chart.getClass().getSimpleName() + (title == null || title.isBlank() ? "" : ": " + title);
    }
}
