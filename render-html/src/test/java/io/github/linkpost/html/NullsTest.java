package io.github.linkpost.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.linkpost.LinkPost;
import io.github.linkpost.LinkPostException;
import io.github.linkpost.PostStyle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every public method of the renderer and its builder, given null, refuses it by name. */
class NullsTest {
  @Test
  void everyPublicMethodRefusesNullInTheLibrarysWords() throws Exception {
    Map<Class<?>, Supplier<Object>> receivers = Map.of(
        HtmlRenderer.class, HtmlRenderer::jekyll, HtmlRenderer.Builder.class, HtmlRenderer::builder);
    List<String> tried = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Class<?>, Supplier<Object>> type : receivers.entrySet()) {
      for (Method m : type.getKey().getMethods()) {
        Parameter[] parameters = m.getParameters();
        for (int i = 0; i < parameters.length && m.getDeclaringClass() != Object.class; i++) {
          if (parameters[i].getType().isPrimitive()
              || parameters[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            continue;
          }
          String what = type.getKey().getSimpleName() + "." + m.getName() + " given null for "
              + parameters[i].getName();
          tried.add(what);
          Object[] args = new Object[parameters.length];
          for (int j = 0; j < parameters.length; j++) {
            args[j] = j == i ? null : sample(parameters[j].getType());
          }
          try {
            m.invoke(Modifier.isStatic(m.getModifiers()) ? null : type.getValue().get(), args);
            wrong.add(what + ": accepted");
          } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof LinkPostException)
                || !e.getCause().getMessage().endsWith(" must not be null")) {
              wrong.add(what + ": " + e.getCause());
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(tried).hasSizeGreaterThanOrEqualTo(6);
  }

  private static Object sample(Class<?> type) {
    if (type == LinkPost.class) {
      return LinkPost.builder().title("T").build();
    }
    if (type == Appendable.class) {
      return new StringBuilder();
    }
    if (type == PostStyle.class) {
      return PostStyle.reference();
    }
    if (type == String.class) {
      return "application/atom+xml";
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == URI.class) {
      return URI.create("https://example.org/s.css");
    }
    throw new AssertionError("no sample of " + type);
  }
}
