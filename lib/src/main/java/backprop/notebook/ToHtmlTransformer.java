package backprop.notebook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.rapaio.jupyter.kernel.display.DisplayTransformer;

import backprop.view.Html;

/**
 * Lets types that cannot (or need not) import {@link Html} still render as HTML: any object with a
 * public no-argument {@code String toHtml()} becomes an {@link HtmlFragment}, which
 * {@link HtmlRenderer} shows.
 */
final class ToHtmlTransformer implements DisplayTransformer {

    @Override
    public boolean canTransform(Object o) {
        return o != null && !(o instanceof Html) && toHtmlMethod(o.getClass()) != null;
    }

    @Override
    public Class<?> transformedClass() {
        return HtmlFragment.class;
    }

    @Override
    public Object transform(Object o) {
        Method method = toHtmlMethod(o.getClass());
        try {
            // Classes declared in a notebook cell are not public, so their public methods are not
            // reachable through plain reflection.
            method.trySetAccessible();
            return new HtmlFragment((String) method.invoke(o), HtmlRenderer.textOf(o));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("toHtml() of " + o.getClass().getName() + " is not accessible", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("toHtml() of " + o.getClass().getName() + " failed: " + e.getCause(), e.getCause());
        }
    }

    static Method toHtmlMethod(Class<?> type) {
        try {
            Method method = type.getMethod("toHtml");
            boolean usable = method.getReturnType() == String.class && !Modifier.isStatic(method.getModifiers());
            return usable ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
