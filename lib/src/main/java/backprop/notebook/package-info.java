/**
 * Rich display of the library's results in the Java kernel (rapaio-jupyter-kernel).
 *
 * <p>This is the only package that depends on the kernel: the kernel jar is a {@code provided}
 * dependency, present in a notebook and absent everywhere else, so the rest of the library stays
 * usable from plain Java. The kernel finds {@link backprop.notebook.NotebookDisplay} through
 * {@code META-INF/services/org.rapaio.jupyter.kernel.display.spi.DisplayProvider} when a notebook
 * loads the jar with {@code %jars}; from then on a cell that ends in
 * <ul>
 *   <li>a Tablesaw {@code Table} shows an HTML table,</li>
 *   <li>an XChart chart or a {@code BufferedImage} shows a PNG image,</li>
 *   <li>a {@link backprop.view.Html}, or any object with a public {@code String toHtml()}, shows its HTML,</li>
 * </ul>
 * each with a plain-text fallback for front ends that cannot show the rich form.
 */
package backprop.notebook;
