/**
 * Rich display of the library's results in the JJava kernel.
 *
 * <p>This is the only package that depends on the kernel: JJava's API jar is a {@code provided}
 * dependency, present in a notebook and absent everywhere else, so the rest of the library stays
 * usable from plain Java. The kernel finds {@link backprop.notebook.NotebookDisplay} through
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when a notebook adds the jar with
 * {@code %classpath}; from then on a cell that ends in
 * <ul>
 *   <li>a Tablesaw {@code Table} shows an HTML table, a {@code Table[]} (e.g. {@code Tables.split}) its tables one under another,</li>
 *   <li>an XChart chart shows a PNG drawn at twice its size and shown at its size (sharp on high-density screens), a {@code BufferedImage} a PNG,</li>
 *   <li>a {@link backprop.view.Html}, or any object with a public {@code String toHtml()}, shows its HTML,</li>
 *   <li>a {@code String} shows as text in the page's font, line breaks kept,</li>
 * </ul>
 * each with a plain-text fallback for front ends that cannot show the rich form.
 */
package backprop.notebook;
